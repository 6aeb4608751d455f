"""A matplotlib figure as pixels, drawn with the Agg canvas (no pyplot, no PNG round trip).

The PDFs place charts as raster images at the size they are printed; this is the one place
that turns a figure into an RGB image for them.
"""

from __future__ import annotations

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
    canvas.draw()
    w, h = canvas.get_width_height()
    return PILImage.frombuffer("RGBA", (w, h), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")


def pixel_size(size: tuple[float, float], dpi: int) -> tuple[int, int]:
    """The pixel size the Agg canvas gives a figure of ``size`` inches (it truncates inches x dpi)."""
    return int(size[0] * dpi), int(size[1] * dpi)
