"""A matplotlib figure as pixels or a file: the Agg canvas for the PDFs, PNG or SVG for saving.

The PDFs place charts as raster images at the size they are printed; this is the one place
that turns a figure into an RGB image for them (no pyplot, no PNG round trip).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image


def figure_rgb(fig: Figure, dpi: int = 200) -> Image:
    """``fig`` drawn at ``dpi`` on white, as an 8-bit RGB image."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image as PILImage

    fig.set_dpi(dpi)
    fig.patch.set_facecolor("white")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    w, h = canvas.get_width_height()
    pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    return PILImage.frombuffer("RGBA", (w, h), pixels, "raw", "RGBA", 0, 1).convert("RGB")


def pixel_size(size: tuple[float, float], dpi: int) -> tuple[int, int]:
    """The pixel size the Agg canvas gives a figure of ``size`` inches (it truncates inches x dpi)."""
    return int(size[0] * dpi), int(size[1] * dpi)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes, on its own background."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor=fig.get_facecolor())
    return buf.getvalue()


def save_figure(fig: Figure, path: str | Path) -> None:
    """Save as PNG or SVG, chosen by the file suffix, on the figure's own background."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        fig.savefig(path, format="png", dpi=150, facecolor=fig.get_facecolor())
    elif suffix == ".svg":
        fig.savefig(path, format="svg", facecolor=fig.get_facecolor(), metadata={"Date": None})
    else:
        raise ValueError(f"unsupported chart file type: {path.suffix!r} (use .png or .svg)")
