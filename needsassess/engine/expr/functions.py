"""The function table: arity (``FUNCTIONS``, checked at parse) and implementation (``BUILDERS``)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from needsassess.engine.expr.data_functions import DATA_BUILDERS
from needsassess.engine.expr.date_functions import DATE_BUILDERS
from needsassess.engine.expr.geo_functions import GEO_BUILDERS
from needsassess.engine.expr.number_functions import NUMBER_BUILDERS
from needsassess.engine.expr.resolver import Builder
from needsassess.engine.expr.signatures import FUNCTIONS, USAGE
from needsassess.engine.expr.text_functions import TEXT_BUILDERS

BUILDERS: Mapping[str, Builder] = MappingProxyType({**TEXT_BUILDERS, **NUMBER_BUILDERS, **DATE_BUILDERS,
                                                  **DATA_BUILDERS, **GEO_BUILDERS})

__all__ = ["BUILDERS", "FUNCTIONS", "USAGE"]
