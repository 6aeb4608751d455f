"""The personal workshop PDF: literal user text, embedded fonts, choices respected, safe writing."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import report_samples
from pypdf import PdfReader

from hype_desktop.domain.instrument import Direction
from hype_desktop.domain.reflection import NextStep, Owner, Phase
from hype_desktop.reports import pdf_blocks, pdf_personal_report
from hype_desktop.reports.pdf_blocks import PdfProblem
from hype_desktop.reports.pdf_personal_report import change_words, write_personal_report
from hype_desktop.reports.report_data import ReportOptions, with_all_free_text
from hype_desktop.reports.report_texts import questions

_recording = {"on": False, "paths": []}


def _audit(event: str, args: tuple) -> None:
    if _recording["on"] and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _recording["paths"].append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def squeeze(value: str) -> str:
    """Without any whitespace: line wrapping in the PDF must not matter."""
    return "".join(value.split())


@pytest.fixture
def no_charts(monkeypatch):
    monkeypatch.setattr(pdf_personal_report, "_charts", lambda: None)


def write(tmp_path, data, options, name="report.pdf") -> Path:
    out = tmp_path / name
    pages = write_personal_report(out, data, options)
    assert pages >= 2
    return out


# --- untrusted text ---------------------------------------------------------------------------
def test_hostile_text_comes_out_literal_and_opens_nothing(tmp_path, mini_instrument, no_charts):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    payloads = [
        f'<img src="{secret}" width="100" height="100"/>',
        '<a href="javascript:alert(1)">click me</a>',
        "<b>bold never closed",
        "AT&T R&D &amp; <i>",
        '<font name="NoSuchFont">x</font> <para>',
    ]
    notes = {"alpha.one.1": payloads[0], "alpha.one.2": payloads[1], "alpha.two.1": payloads[2]}
    prompts = {"alpha.one.p1": payloads[3] + "\x00\x07\x1b tail"}
    steps = [NextStep(payloads[4], "alpha.one", Owner.TEAM)]
    data = report_samples.data(mini_instrument, notes=notes, prompts=prompts, steps=steps,
                               label='<a href="javascript:x">Label</a>')
    options = with_all_free_text(data, ReportOptions(lang="en", display_name="<b>Name & co",
                                                     organisation='<img src="x"/> Org'))
    _recording["paths"].clear()
    _recording["on"] = True
    try:
        out = write(tmp_path, data, options)
    finally:
        _recording["on"] = False
    opened = set(_recording["paths"])
    assert str(secret) not in opened
    allowed = [str(tmp_path), sys.prefix, sys.base_prefix, str(Path(pdf_blocks.__file__).parents[2])]
    allowed += [str(d) for d in pdf_blocks.font_dirs()]
    unexpected = [p for p in opened if not any(Path(p).absolute().as_posix().startswith(a) for a in allowed)]
    assert not unexpected, unexpected

    raw = out.read_bytes()
    assert b"/URI" not in raw and b"/JavaScript" not in raw and b"/Annot" not in raw
    assert b"/Subtype /Image" not in raw and b"/XObject" not in raw
    body = squeeze(pdf_text(out))
    for payload in payloads + ['<a href="javascript:x">Label</a>', "<b>Name & co", '<img src="x"/> Org']:
        assert squeeze(payload) in body, payload
    assert squeeze("AT&T R&D &amp; <i> tail") in body  # control characters stripped, the rest kept


def test_a_one_megabyte_note_is_capped_and_says_so(tmp_path, mini_instrument, no_charts):
    huge = ("word " * 200_000)[:1_000_000]
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": huge, "alpha.one.2": "x" * 1_000_000})
    out = write(tmp_path, data, with_all_free_text(data, ReportOptions(lang="en")))
    body = pdf_text(out)
    assert "shortened: 980000 more characters are not shown" in " ".join(body.split())
    assert len(PdfReader(out).pages) < 40


# --- choices ----------------------------------------------------------------------------------
def test_no_free_text_unless_ticked(tmp_path, mini_instrument, no_charts):
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": "first private note",
                                                       "alpha.one.2": "second private note"},
                               prompts={"alpha.one.p1": "my prompt answer"})
    out = write(tmp_path, data, ReportOptions(lang="en"), "none.pdf")
    body = pdf_text(out)
    for secret in ("first private note", "second private note", "my prompt answer", "It helped to ask early"):
        assert secret not in body
    assert "In my own words" not in body

    one = ReportOptions(lang="en", free_text=frozenset({("note", "alpha.one.2")}))
    body = " ".join(pdf_text(write(tmp_path, data, one, "one.pdf")).split())
    assert "second private note" in body
    assert "first private note" not in body and "my prompt answer" not in body
    assert "In my own words" in body


def test_load_check_is_left_out_by_default_and_speaks_kindly_when_included(tmp_path, mini_instrument, no_charts):
    data = report_samples.data(mini_instrument)
    body = pdf_text(write(tmp_path, data, ReportOptions(lang="en"), "default.pdf"))
    assert "Factor alpha.one" in body and "Factor load.tech" not in body
    assert "occupational health care" not in body
    body = " ".join(pdf_text(write(tmp_path, data, ReportOptions(lang="en", modules=frozenset({"alpha", "load"})),
                                   "load.pdf")).split())
    assert "Factor load.tech" in body
    assert "(higher = more strain)" in body
    assert "occupational health care" in body


def test_results_steps_and_questions_are_there(tmp_path, mini_instrument, no_charts):
    steps = [NextStep("Try a camera-on check-in", "alpha.one", Owner.ME)]
    data = report_samples.data(mini_instrument, steps=steps, phase=Phase.CLOSING)
    body = " ".join(pdf_text(write(tmp_path, data, ReportOptions(lang="en"))).split())
    assert "Factor alpha.one" in body and "4.0" in body  # mean of 4, 4, 5, 3
    assert "2.8 → 4.0 · up 1.2" in body  # earlier 2, 3, 3, 3
    assert "Try a camera-on check-in" in body
    assert "How my earlier steps went" in body and "Ask for shared planning time" in body
    assert "It helped to ask early" not in body  # 'what I learned' is free text: only when ticked
    for q in questions("closing", "en"):
        assert q in body
    assert "Closing workshop – Spring" in body


def test_footer_metadata_and_page_size(tmp_path, mini_instrument, no_charts):
    data = report_samples.data(mini_instrument)
    out = write(tmp_path, data, ReportOptions(lang="fi", page_size="letter", display_name="Aino"))
    reader = PdfReader(out)
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"pohdinnan apuväline, ei henkilön arviointi · sivu {i}/{n}" in text
        assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]
    assert reader.metadata.title == "Oma pohdintani työpajaan"
    assert reader.metadata.author == "Aino"
    assert reader.metadata.creator.startswith("HyPe Desktop")
    assert reader.trailer["/Root"]["/Lang"] == "fi"
    a4 = PdfReader(write(tmp_path, data, ReportOptions(lang="en"), "a4.pdf"))
    assert [round(float(v)) for v in a4.pages[0].mediabox[2:]] == [595, 842]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_unicode_names_and_notes_are_extracted(tmp_path, mini_instrument, no_charts, lang):
    note = "Äänekoski, Åbo, Őrség, Şişli, Дмитрий Иванович"
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": note})
    options = with_all_free_text(data, ReportOptions(lang=lang, display_name="Åsa Öberg-Şahin"))
    body = " ".join(pdf_text(write(tmp_path, data, options)).split())
    assert note in body
    assert "Åsa Öberg-Şahin" in body


def test_every_font_is_embedded(tmp_path, mini_instrument, no_charts):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed; install it to check font embedding")
    data = report_samples.data(mini_instrument, notes={"alpha.one.1": "Дмитрий"})
    out = write(tmp_path, data, with_all_free_text(data, ReportOptions(lang="sv")))
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        cols = row.split()
        assert cols[-5] == "yes", row  # the "emb" column
        assert "DejaVu" in cols[0], row


def test_change_words_respect_direction():
    assert change_words(3.0, 3.1, Direction.HIGHER_BETTER, "en") == "about the same"
    assert change_words(3.5, 3.0, Direction.HIGHER_BETTER, "en") == "up 0.5"
    assert change_words(2.5, 3.0, Direction.PROFILE, "fi") == "laski 0,5"
    assert change_words(4.0, 3.0, Direction.HIGHER_STRAIN, "en") == "up 1.0 (more strain)"
    assert change_words(2.0, 3.0, Direction.HIGHER_STRAIN, "en") == "down 1.0 (less strain)"
    assert change_words(2.0, None, Direction.HIGHER_BETTER, "en") == "no earlier score"


# --- charts (hype_desktop.charts.profile, the real module) -----------------------------------
def _image_widths(path: Path) -> list[tuple[int, float]]:
    """(pixel width, placed width in points) of every image drawn on the pages."""
    import re

    out = []
    for page in PdfReader(path).pages:
        content = page.get_contents().get_data().decode("latin-1")
        xobjects = page["/Resources"].get("/XObject", {})
        for m in re.finditer(r"([\d.]+) 0 0 [\d.]+ [\d.-]+ [\d.-]+ cm\s+(/[\w.]+) Do", content):
            out.append((int(xobjects[m.group(2)].get_object()["/Width"]), float(m.group(1))))
    return out


def test_charts_use_the_chart_module_with_numbers_beside_them(tmp_path, mini_instrument, monkeypatch):
    """The real chart module (spied on: its attributes, so import order cannot bypass the spy)."""
    from hype_desktop.charts import profile as charts

    calls: dict[str, list] = {}
    real_profile = charts.profile_figure

    def profile_figure(labels, current, earlier=None, **kw):
        calls.setdefault("profile", []).append((labels, current, earlier, kw))
        return real_profile(labels, current, earlier, **kw)

    monkeypatch.setattr(charts, "profile_figure", profile_figure)
    data = report_samples.data(mini_instrument)
    first = data.earlier
    data.history = [replace(first, id=0), first, data.reflection]
    out = write(tmp_path, data, ReportOptions(lang="fi"))

    labels, current, earlier, kw = calls["profile"][0]
    assert labels == ["Factor alpha.one (fi)", "Factor alpha.two (fi)"]
    assert current == [4.0, 2.33] and earlier == [2.75, 2.33]
    assert kw["current_label"] == "Tämä pohdinta" and kw["earlier_label"] == "5.11.2024"
    assert kw["value_text"](3.25) == "3,2" and kw["missing_text"] == "ei pisteitä"  # decimal comma
    width_in = pdf_blocks.frame_width("a4") / 72
    assert kw["size"][0] == pytest.approx(width_in)  # drawn as wide as placed: type sizes are true
    assert len(calls["profile"]) == 1  # one figure per module: change over time is a table

    images = _image_widths(out)
    assert len(images) == 1
    for pixels, placed in images:
        assert pixels / (placed / 72) >= 190  # about 200 dpi on paper
    body = " ".join(pdf_text(out).split())
    assert body.count("Kuvio esittää alla olevan taulukon luvut.") == 1  # numbers next to the chart
    assert "2,8 → 4,0" in body
    trend = body[body.index("muutos ajan mittaan"):]
    assert "5.11.2024" in trend and "2,8 2,8 4,0" in trend  # the three reflections' scores


def test_figure_image_puts_the_exact_pixels_in_the_pdf(tmp_path):
    """FigureImage places a chart's pixels through reportlab's drawImage: they come back intact."""
    from PIL import Image

    rgb = bytes([255, 0, 0, 0, 0, 255, 10, 20, 30, 0, 128, 0, 255, 255, 255, 1, 2, 3])  # 3 x 2
    picture = Image.frombytes("RGB", (3, 2), rgb)
    image = pdf_blocks.FigureImage(picture, 90, 60)
    twice = pdf_blocks.FigureImage(picture, 45, 30)  # stored once
    out = tmp_path / "raster.pdf"
    meta = pdf_blocks.PdfMeta("t", "a", "s", "c", "en")
    pdf_blocks.write_pdf(out, [image, twice], meta=meta, page_size="a4", footer=lambda n, total: f"{n}/{total}")
    page = PdfReader(out).pages[0]
    (xobject,) = {id(x.get_object()): x.get_object() for x in page["/Resources"]["/XObject"].values()}.values()
    assert (xobject["/Width"], xobject["/Height"], xobject["/BitsPerComponent"]) == (3, 2, 8)
    assert xobject["/ColorSpace"] == "/DeviceRGB" and xobject.get_data() == rgb
    assert _image_widths(out) == [(3, 90.0), (3, 45.0)]


def test_a_profile_without_earlier_scores_has_no_empty_series(tmp_path, mini_instrument, monkeypatch):
    from hype_desktop.charts import profile as charts

    seen = []
    real = charts.profile_figure
    monkeypatch.setattr(charts, "profile_figure", lambda *a, **kw: seen.append(a) or real(*a, **kw))
    data = report_samples.data(mini_instrument)
    data.earlier = None
    out = write(tmp_path, data, ReportOptions(lang="en"))
    assert seen and seen[0][2] is None
    assert len(_image_widths(out)) == 1


# --- writing ----------------------------------------------------------------------------------
def test_missing_folder_is_a_clear_problem(tmp_path, mini_instrument, no_charts):
    data = report_samples.data(mini_instrument)
    with pytest.raises(PdfProblem) as info:
        write_personal_report(tmp_path / "nope" / "r.pdf", data, ReportOptions())
    assert "does not exist" in info.value.render("en")
    with pytest.raises(PdfProblem) as info:
        write_personal_report(tmp_path, data, ReportOptions())
    assert "is a folder" in info.value.render("en")


def test_disk_full_leaves_the_old_file_and_no_temporary(tmp_path, mini_instrument, no_charts, monkeypatch):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old report")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_blocks.os, "fsync", full)
    with pytest.raises(PdfProblem) as info:
        write_personal_report(target, report_samples.data(mini_instrument), ReportOptions(lang="fi"))
    assert "täynnä" in info.value.render("fi")
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_unwritable_folder_says_so(tmp_path, mini_instrument, no_charts, monkeypatch):
    def refuse(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pdf_blocks.tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(PdfProblem) as info:
        write_personal_report(tmp_path / "r.pdf", report_samples.data(mini_instrument), ReportOptions())
    assert "cannot be written to" in info.value.render("en")
    assert not list(tmp_path.iterdir())


def test_a_preset_logo_is_embedded_on_the_cover(tmp_path, mini_instrument, no_charts):
    import io

    from PIL import Image
    raw = io.BytesIO()
    Image.new("RGB", (300, 100), (30, 110, 120)).save(raw, format="PNG")
    data = report_samples.data(mini_instrument)
    plain = PdfReader(write(tmp_path, data, ReportOptions(lang="en", organisation="Koulutus Oy"), "plain.pdf"))
    with_logo = PdfReader(write(tmp_path, data, ReportOptions(lang="en", organisation="Koulutus Oy",
                                                               logo=raw.getvalue()), "logo.pdf"))
    assert len(plain.pages[0].images) == 0
    images = with_logo.pages[0].images
    assert len(images) == 1 and images[0].image.size == (300, 100)
    assert "Organisation: Koulutus Oy" in with_logo.pages[0].extract_text()


# --- pathological line breaks -----------------------------------------------------------------
def test_line_breaks_are_capped_as_well_as_characters(tmp_path, mini_instrument, no_charts):
    """A next step of many line breaks (reachable through an import) once raised LayoutError;
    a note of 1,000 line breaks gave over 1,800 pages."""
    steps = [NextStep("a\n" * 150 + "end", "alpha.one", Owner.ME)]
    notes = {"alpha.one.1": "x\n" * 1000, "alpha.one.2": "\n" * 1000 + "after"}
    data = report_samples.data(mini_instrument, notes=notes, steps=steps,
                               prompts={"alpha.one.p1": "line\n\n\n\n" * 500})
    out = write(tmp_path, data, with_all_free_text(data, ReportOptions(lang="en")))
    assert len(PdfReader(out).pages) < 40
    body = " ".join(pdf_text(out).split())
    assert "end" in body and "after" in body
