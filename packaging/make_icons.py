"""Render the app icon (resources/icons/hype-desktop.svg, drawn for this project) into
PNGs in the usual sizes, a Windows .ico and a macOS .icns. Rerun after editing the SVG:

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt alive
    renderer = QSvgRenderer(str(ICONS / "hype-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG icon does not parse")
    out = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"hype-desktop-{size}.png"
        image.save(str(path))
        out.append(path)
    return out


def write_ico_icns() -> None:
    from PIL import Image
    big = Image.open(ICONS / "hype-desktop-512.png")
    big.save(ICONS / "hype-desktop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "hype-desktop.icns")


if __name__ == "__main__":
    for p in render_pngs():
        print(f"wrote {p}")
    write_ico_icns()
    print("wrote hype-desktop.ico, hype-desktop.icns")
