"""Building blocks of every PDF the app writes (personal report, team report).

What they promise:
- Text we did not write never becomes markup: ``safe_paragraphs`` strips control
  characters, escapes with ``xml.sax.saxutils.escape`` and splits long text into small
  paragraphs with a cap, so layout time stays bounded (reportlab's is about quadratic in
  a paragraph's length) and nothing like ``<img src=…>`` or ``<a href=…>`` is interpreted.
- A Unicode TTF (DejaVu Sans) is registered and embedded (as a subset) in every file.
- Every page carries the footer "app version · a reflection aid … · page n/N".
- Title, author, subject, creator and the document language are set.
- Writing is atomic: a temporary file in the target folder, then ``os.replace``; a failure
  leaves no half-written PDF and raises ``PdfProblem`` saying why.

reportlab is imported here, so import this module lazily (never on the GUI start-up path).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from hype_desktop.charts.raster import figure_rgb
from hype_desktop.reports.report_texts import text as report_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image as PILImage

# Binary (Flate only) streams instead of ASCII85 on top: reportlab 5 encodes ASCII85 in pure
# Python, which cost about a third of a second per report with charts; every PDF reader reads both.
rl_config.useA85 = 0

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 20 * mm
FOOTER_Y = 11 * mm

# A paragraph of at most CHUNK_CHARS lays out in milliseconds; one user text is capped
# at MAX_TEXT_CHARS (a note in the app is at most 2,000; imports may bring more).
CHUNK_CHARS = 1500
MAX_TEXT_CHARS = 20_000
CHUNK_LINES = 30       # lines in one paragraph (one paragraph must fit on a page)
MAX_TEXT_LINES = 300   # lines of one text in a report; the rest joins the last line
MAX_SHORT_LINES = 6    # lines of a short text (a table cell, a title)

FONT = "HypeSans"
FONT_BOLD = "HypeSans-Bold"
# Two faces only: parsing each TTF costs about 0.1 s of the report's time budget; hints are set
# in a smaller grey regular face instead of an oblique one.
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# C0 controls except tab and newline, DEL, and C1 controls; lone surrogates separately.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n[ \n]*\n")


class PdfProblem(Exception):
    """The PDF could not be written; ``render(lang)`` gives a sentence fit to show a user."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.render("en"))

    def render(self, lang: str = "en") -> str:
        return report_text(self.key, lang, **self.params)


# --- fonts ----------------------------------------------------------------------------------
def font_dirs() -> list[Path]:
    """Where DejaVu Sans is looked for: the system's fonts-dejavu-core, then matplotlib's copy."""
    dirs = [Path("/usr/share/fonts/truetype/dejavu")]
    spec = find_spec("matplotlib")  # locates the package without importing it
    if spec is not None and spec.origin:
        dirs.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return dirs


def _font_path(filename: str) -> Path:
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise RuntimeError(f"the font {filename} was not found in {', '.join(map(str, font_dirs()))}")


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once per process; embedded as subsets."""
    from reportlab.lib.fonts import addMapping

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(_font_path(filename))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)


# --- text -------------------------------------------------------------------------------------
def clean_text(value: str) -> str:
    """Plain text fit for a PDF: unified newlines, tabs as spaces, no control characters, at
    most one empty line in a row (a text of 1,000 line breaks must not become 1,000 pages)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", value)
    value = _BLANK_LINES.sub("\n\n", value)
    return _SURROGATE.sub("\ufffd", value)


def _cap_lines(value: str, limit: int) -> str:
    """At most ``limit`` lines: the lines beyond are joined into the last one with spaces."""
    lines = value.split("\n")
    if len(lines) <= limit:
        return value
    return "\n".join(lines[: limit - 1] + [" ".join(line for line in lines[limit - 1:] if line.strip())])


def _markup(chunk: str) -> str:
    # escape() turns &, < and > into entities; quotes need no care outside attributes.
    return escape(chunk).replace("\n", "<br/>")


def _chunks(value: str, size: int) -> Iterable[str]:
    """Pieces of at most ``size`` characters, broken at a paragraph, line or space when possible."""
    while value:
        nth = -1
        for _ in range(CHUNK_LINES):  # a paragraph cannot break across pages: bound its height too
            nth = value.find("\n", nth + 1)
            if nth < 0:
                break
        if len(value) <= size and nth < 0:
            yield value
            return
        if 0 < nth < size:
            yield value[:nth]
            value = value[nth:].lstrip("\n ")
            continue
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = value.rfind(sep, size // 2, size)
            if cut > 0:
                break
        if cut <= 0:
            cut = size
        yield value[:cut]
        value = value[cut:].lstrip("\n ")


def safe_paragraphs(value: str, style: ParagraphStyle, *, lang: str = "en",
                    limit: int = MAX_TEXT_CHARS) -> list[Paragraph]:
    """User text as literal paragraphs: cleaned, escaped, split and capped at ``limit`` chars."""
    value = _cap_lines(clean_text(value).strip(), MAX_TEXT_LINES)
    rest = max(0, len(value) - limit)
    value = value[:limit]
    out = [Paragraph(_markup(c), style) for c in _chunks(value, CHUNK_CHARS)]
    if rest:
        out.append(Paragraph(_markup(report_text("report.shortened", lang, count=rest)), style))
    return out


def safe_paragraph(value: str, style: ParagraphStyle, *, limit: int = CHUNK_CHARS) -> Paragraph:
    """A short text (a name, a title, a table cell) as one literal paragraph, cut at ``limit``
    characters and MAX_SHORT_LINES lines (a cell cannot break across pages)."""
    value = _cap_lines(clean_text(value).strip(), MAX_SHORT_LINES)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return Paragraph(_markup(value), style)


# --- styles -----------------------------------------------------------------------------------
def make_styles() -> dict[str, ParagraphStyle]:
    """Type sizes that print well: 10 pt body, 8.5 pt tables, headings in bold; black and greys only."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT,
                          spaceAfter=4, textColor=colors.black, splitLongWords=1,
                          bulletFontName=FONT)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=28,
                                spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=20,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                             spaceBefore=2, spaceAfter=3, keepWithNext=1),
        "hint": ParagraphStyle("hint", parent=base, fontSize=9, leading=12,
                               textColor=colors.HexColor("#404040")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11, spaceAfter=0),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=10, fontSize=9.5, leading=13),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=2),
        "meta": ParagraphStyle("meta", parent=base, fontSize=11.5, leading=16),
    }


def table(rows: list[list[object]], widths: list[float], *, header: bool = True, tight: bool = False) -> Table:
    """A greyscale-safe table: thin grey rules, a light grey header row, cells aligned top.

    ``tight``: narrower side padding, for tables of many short columns (e.g. dates).
    """
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if tight:
        commands += [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    t.setStyle(TableStyle(commands))
    return t


class FigureImage(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A chart's pixels placed ``width`` x ``height`` points, through reportlab's drawImage."""

    def __init__(self, image: PILImage, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.width, self.height = width, height
        self.hAlign = "LEFT"

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.lib.utils import ImageReader

        self.canv.drawImage(ImageReader(self.image), 0, 0, self.width, self.height)


def figure_image(fig: Figure, width: float, *, dpi: int = 200) -> FigureImage:
    """A matplotlib figure as a raster image ``width`` points wide, drawn at ``dpi``.

    Make the figure as wide as it is placed (``width / 72`` inches) so its type sizes are true
    sizes on paper.
    """
    image = figure_rgb(fig, dpi)
    w, h = image.size
    return FigureImage(image, width, width * h / w)


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    creator: str
    lang: str  # BCP 47, e.g. "fi"


def frame_width(page_size: str) -> float:
    return float(PAGE_SIZES[page_size][0] - 2 * MARGIN)


def _numbered_canvas(footer: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can say 'page n/N'."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#333333"))
                # drawCentredString takes plain text: no markup is parsed here.
                self.drawCentredString(self._pagesize[0] / 2, FOOTER_Y,
                                       clean_text(footer(self._pageNumber, total)))
                super().showPage()
            self.total_pages = total
            super().save()

    return NumberedCanvas


def _problem_for(error: OSError, target: Path) -> PdfProblem:
    folder = str(target.parent)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PdfProblem("pdf.not_writable", folder=folder)
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return PdfProblem("pdf.disk_full", folder=folder)
    return PdfProblem("pdf.write_failed", path=str(target), reason=error.strerror or str(error))


def write_pdf(target: Path | str, story: list[Any], *, meta: PdfMeta, page_size: str,
              footer: Callable[[int, int], str],
              on_page: Callable[[int], None] | None = None) -> int:
    """Lay out ``story`` into ``target`` atomically; returns the number of pages.

    The file appears complete or not at all: reportlab writes to a temporary file in the
    same folder, which is flushed, synced and then renamed over ``target``.
    """
    target = Path(target)
    if target.is_dir():
        raise PdfProblem("pdf.is_folder", path=str(target))
    if not target.parent.is_dir():
        raise PdfProblem("pdf.folder_missing", folder=str(target.parent))
    register_fonts()
    try:
        handle = tempfile.NamedTemporaryFile(dir=target.parent, prefix=".hype-report-",
                                             suffix=".part", delete=False)
    except OSError as error:
        raise _problem_for(error, target) from error
    tmp = Path(handle.name)
    canvas_class = _numbered_canvas(footer)
    made: list[Canvas] = []

    def maker(*args: Any, **kwargs: Any) -> Canvas:
        made.append(canvas_class(*args, **kwargs))
        return made[-1]

    def page_done(canv: Canvas, _doc: object) -> None:
        if on_page is not None:
            on_page(canv.getPageNumber())

    try:
        with handle:
            doc = SimpleDocTemplate(
                handle, pagesize=PAGE_SIZES[page_size], leftMargin=MARGIN, rightMargin=MARGIN,
                topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=meta.title, author=meta.author,
                subject=meta.subject, creator=meta.creator, lang=meta.lang,
                initialFontName=FONT, initialFontSize=10)
            doc.build(story, onFirstPage=page_done, onLaterPages=page_done, canvasmaker=maker)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise _problem_for(error, target) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return getattr(made[-1], "total_pages", 0) if made else 0
