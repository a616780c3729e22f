"""Photos at the end of a report: numbered, captioned, scaled to fit, two to a row.

A phone photo is often 4000×3000 pixels and several megabytes, with its orientation in EXIF: embedding
it as is would make a report slow to print and sideways. Large or rotated photos are decoded at a
reduced size (JPEG draft mode, fast), turned upright and re-encoded; small upright JPEGs go in as they
are. A photo whose file is gone leaves a captioned gap saying so, never a silent hole.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Table, TableStyle

from needsassess.reports.sections import Photo
from needsassess.reports.text import RULE, TextKit
from needsassess.reports.wording import word

# A printed photo is at most 9 cm wide: 1,200 pixels is over 300 dpi.
MAX_PIXELS = 1200
PASS_THROUGH_BYTES = 1_500_000
PHOTO_HEIGHT = 72 * mm
_EXIF_ORIENTATION = 0x0112


def _prepared(path: Path) -> tuple[Any, int, int]:
    """(source for ReportLab, width px, height px), downscaled and upright when needed."""
    with PILImage.open(path) as img:
        orientation = img.getexif().get(_EXIF_ORIENTATION, 1)
        small = max(img.size) <= MAX_PIXELS or path.stat().st_size <= PASS_THROUGH_BYTES
        if img.format == "JPEG" and orientation == 1 and small:
            return str(path), img.size[0], img.size[1]
        img.draft("RGB", (MAX_PIXELS // 2, MAX_PIXELS // 2))  # decode at 1/2, 1/4 or 1/8 size: fast
        upright = ImageOps.exif_transpose(img).convert("RGB")
        upright.thumbnail((MAX_PIXELS, MAX_PIXELS))
        buffer = io.BytesIO()
        upright.save(buffer, "JPEG", quality=85)
        buffer.seek(0)
        return buffer, upright.size[0], upright.size[1]


def _image(path: Path | None, width: float) -> Flowable | None:
    if path is None or not path.is_file():
        return None
    try:
        source, px_w, px_h = _prepared(path)
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    scale = min(width / px_w, PHOTO_HEIGHT / px_h)
    return Image(source, width=px_w * scale, height=px_h * scale)


def photo_grid(
    kit: TextKit, photos: list[Photo], photo_path: Callable[[str], Path | None], lang: str, width: float
) -> list[Flowable]:
    """A heading and the photos two per row, each with its number and question as caption."""
    if not photos:
        return []
    cell_width = width / 2 - 8
    cells: list[list[Flowable]] = []
    for photo in photos:
        caption = f"{word('photo_n', lang, n=photo.number)}: {photo.caption}"
        image = _image(photo_path(photo.sha256), cell_width)
        if image is None:
            cells.append(
                [
                    kit.para(word("photo_missing", lang) + f" ({photo.sha256[:12]})", "missing"),
                    kit.para(caption, "caption"),
                ]
            )
        else:
            cells.append([image, kit.para(caption, "caption")])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append([])
    # One table per row, the first kept with the heading, so a heading never ends a page alone.
    tables = [_row_table(row, width) for row in rows]
    return [KeepTogether([kit.para(word("photos", lang), "h1"), tables[0]]), *tables[1:]]


def _row_table(row: list[list[Flowable]], width: float) -> Table:
    table = Table([row], colWidths=[width / 2] * 2)
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table
