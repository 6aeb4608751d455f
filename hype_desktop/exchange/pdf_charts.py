"""The charts of a PDF report: drawn in this process, or by a helper process meanwhile.

Importing matplotlib and drawing a personal report's four figures is about half of what
`hype-desktop report` spends, and laying out the pages needs only the charts' sizes. So the
command line forks a helper process first thing (``ChartHelper.start``): it imports matplotlib
while this process reads the database, imports reportlab and builds
the story; then it is sent the charts as plain data (``ProfileChart``), draws them with the
chart module (exchange.charts) and hands back the compressed pixels through a pipe, while this
process lays out and writes the pages. The pixels are taken only as the image objects are
written, at the very end. They are the same either way: same figures, same drawing code, same
compression. If the helper fails for any reason, the figures are drawn here instead, so a helper
problem never costs a report.

Only where fork() is safe and useful: a single-threaded process without Qt on a computer with
more than one core (the command line on Linux or macOS). The GUI's export runs in a worker
thread of a Qt process, where forking is not safe: it draws the charts in-process, as before.

No reportlab here (the helper never needs it); pdf_blocks.RasterImage places the pixels.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import zlib
from dataclasses import asdict, dataclass

# Charts are flat colours on white: Flate level 3 packs them within a quarter of level 6's size
# (about 70 kB a chart instead of 55 kB) in well under half the time.
IMAGE_ZLIB_LEVEL = 3

_HEADER = struct.Struct("<III")  # width, height, length of the compressed stream
# A helper that has not answered by then is stopped and the charts are drawn here (it draws a
# report's charts in a second or two; this only guards against a helper that hangs).
HELPER_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Pixels:
    """An image as it goes into the PDF: ``size`` (width, height) pixels of 8-bit RGB, Flate-compressed."""

    size: tuple[int, int]
    stream: bytes

    @classmethod
    def from_rgb(cls, rgb: bytes, size: tuple[int, int]) -> Pixels:
        if len(rgb) != size[0] * size[1] * 3:
            raise ValueError("RGB data does not match the pixel size")
        return cls(size, zlib.compress(rgb, IMAGE_ZLIB_LEVEL))


def figure_pixels(fig, dpi: int = 200) -> Pixels:  # noqa: ANN001 - a matplotlib Figure
    """A matplotlib figure drawn at ``dpi`` with the Agg canvas (no pyplot, no PNG round trip)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image as PILImage

    fig.set_dpi(dpi)
    fig.patch.set_facecolor("white")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    w, h = canvas.get_width_height()
    rgb = PILImage.frombuffer("RGBA", (w, h), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB").tobytes()
    return Pixels.from_rgb(rgb, (w, h))


def pixel_size(size: tuple[float, float], dpi: int) -> tuple[int, int]:
    """The pixel size the Agg canvas gives a figure of ``size`` inches (it truncates inches x dpi)."""
    return int(size[0] * dpi), int(size[1] * dpi)


@dataclass(frozen=True)
class ProfileChart:
    """One charts.profile_figure as plain data (it crosses to the helper process as JSON)."""

    labels: list[str]
    current: list[float | None]
    earlier: list[float | None] | None
    current_label: str
    earlier_label: str
    title: str
    size: tuple[float, float]  # inches
    missing_text: str
    lang: str  # numbers at the bars get this language's decimal mark
    dpi: int

    def pixels(self) -> Pixels:
        from hype_desktop.exchange import charts
        from hype_desktop.exchange.report_texts import fmt_number

        fig = charts.profile_figure(
            list(self.labels), list(self.current), None if self.earlier is None else list(self.earlier),
            current_label=self.current_label, earlier_label=self.earlier_label, title=self.title,
            size=tuple(self.size), missing_text=self.missing_text,
            value_text=lambda v: fmt_number(v, self.lang))
        return figure_pixels(fig, self.dpi)


def _warm_up() -> None:
    """Import matplotlib's figure and Agg canvas (the chart module's way, see charts._new_figure)."""
    from hype_desktop.exchange import charts

    charts.profile_figure(["-"], [3.0])
    import matplotlib.backends.backend_agg  # noqa: F401


class ChartHelper:
    """A forked process that imports matplotlib at once and draws the charts it is sent."""

    def __init__(self, pid: int, jobs_fd: int, results_fd: int) -> None:
        self.pid: int | None = pid
        self._jobs_fd: int | None = jobs_fd
        self._results_fd: int | None = results_fd

    @classmethod
    def start(cls) -> ChartHelper | None:
        """The helper, or None where forking is not safe or brings nothing."""
        import threading

        if (not hasattr(os, "fork") or (os.cpu_count() or 1) < 2 or threading.active_count() > 1
                or any(m.split(".")[0] == "PySide6" for m in sys.modules)):
            return None
        jobs_r, jobs_w = os.pipe()
        results_r, results_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the helper: leaves with os._exit, never running the parent's exit code
            status = 1
            try:
                os.close(jobs_w)
                os.close(results_r)
                _warm_up()
                with os.fdopen(jobs_r, "rb") as jobs_in:
                    jobs = [ProfileChart(**job) for job in json.loads(jobs_in.read())]
                parts = []
                for job in jobs:
                    pixels = job.pixels()
                    parts.append(_HEADER.pack(*pixels.size, len(pixels.stream)) + pixels.stream)
                with os.fdopen(results_w, "wb") as out:
                    out.write(b"".join(parts))
                status = 0
            finally:
                os._exit(status)
        os.close(jobs_r)
        os.close(results_w)
        return cls(pid, jobs_w, results_r)

    def send(self, jobs: list[ProfileChart]) -> None:
        """Hand over the charts to draw (once)."""
        if self._jobs_fd is None:
            return
        fd, self._jobs_fd = self._jobs_fd, None
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(json.dumps([asdict(job) for job in jobs]).encode())
        except OSError:
            pass  # the helper is gone: the charts are drawn here

    def results(self, count: int, timeout: float = HELPER_TIMEOUT_S) -> list[Pixels] | None:
        """The ``count`` charts sent, once the helper is done; None when it failed or took too long."""
        import select
        import time

        if self.pid is None or self._results_fd is None:
            return None
        self.send([])  # nothing was sent: let the helper finish
        fd = self._results_fd
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                self.close()  # stuck: stop it, the charts are drawn here
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(fd)
        self._results_fd = None
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0:
            return None
        data = b"".join(chunks)
        out, at = [], 0
        for _ in range(count):
            if at + _HEADER.size > len(data):
                return None
            w, h, length = _HEADER.unpack_from(data, at)
            at += _HEADER.size
            out.append(Pixels((w, h), data[at:at + length]))
            at += length
        return out if at == len(data) else None

    def close(self) -> None:
        """Stop the helper if it is still there (its charts were not needed); never leave a zombie."""
        for name in ("_jobs_fd", "_results_fd"):
            fd = getattr(self, name)
            if fd is not None:
                os.close(fd)
                setattr(self, name, None)
        if self.pid is not None:
            import signal

            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.pid = None


class ChartImages:
    """The images of one report: drawn at once, or by the helper (``send`` after the story is built)."""

    def __init__(self, helper: ChartHelper | None = None) -> None:
        self.helper = helper
        self._jobs: list[ProfileChart] = []
        self._ready: list[Pixels] | None = None

    def image(self, chart: ProfileChart, width: float):  # noqa: ANN201 - a pdf_blocks.RasterImage
        """``chart`` as an image ``width`` points wide (as tall as its figure's proportions)."""
        from hype_desktop.exchange.pdf_blocks import RasterImage

        w, h = pixel_size(chart.size, chart.dpi)
        if self.helper is None:
            return RasterImage(chart.pixels(), width, width * h / w)
        index = len(self._jobs)
        self._jobs.append(chart)
        key = json.dumps(asdict(chart), sort_keys=True).encode()  # the same chart: the same pixels
        return RasterImage(lambda: self._pixels(index), width, width * h / w, key=key)

    def send(self) -> None:
        if self.helper is not None:
            self.helper.send(self._jobs)

    def _pixels(self, index: int) -> Pixels:
        if self._ready is None:
            ready = self.helper.results(len(self._jobs)) if self.helper is not None else None
            self._ready = ready or [None] * len(self._jobs)  # type: ignore[list-item]
        if self._ready[index] is None:  # the helper failed: draw it here
            self._ready[index] = self._jobs[index].pixels()
        return self._ready[index]
