"""The country and province outlines shipped with the program as a report's boundary source.

``ReportOptions(boundaries=shipped_boundaries)``: each map frame gets the Natural Earth outlines that
cross it (needsassess.geo.boundaries), credited in its caption. A damaged installation without them
prints the maps without outlines rather than no report.
"""

from __future__ import annotations

import logging

from needsassess.geo.boundaries import ATTRIBUTION, rings_for_frame
from needsassess.reports.subject import BoundaryRings
from needsassess.resources import ResourceMissing

log = logging.getLogger(__name__)


def shipped_boundaries(bbox: tuple[float, float, float, float]) -> BoundaryRings | None:
    """The outlines crossing the frame (west, south, east, north); None when there are none."""
    try:
        rings = rings_for_frame(bbox)
    except ResourceMissing as err:
        log.warning("maps printed without boundaries: %s", err)
        return None
    return BoundaryRings(rings, ATTRIBUTION) if rings else None
