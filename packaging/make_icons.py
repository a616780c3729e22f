"""Render resources/icons/needsassess.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing the SVG: ``.venv/bin/python packaging/make_icons.py`` (needs PySide6, which the app
has, and Pillow, which the test extra brings). The outputs are committed, so a build needs neither.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs the application object
    renderer = QSvgRenderer(str(ICONS / "needsassess.svg"))
    images = {}
    for size in SIZES:
        png = render(renderer, size)
        (ICONS / f"needsassess-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png))
    biggest = images[max(SIZES)]
    biggest.save(ICONS / "needsassess.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(ICONS / "needsassess.icns")
    print("wrote", ", ".join(sorted(p.name for p in ICONS.iterdir() if p.suffix != ".svg")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
