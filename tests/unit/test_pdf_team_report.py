"""The team PDF: hostile shared text stays literal, the thresholds hold on paper, fonts embedded,
the file is written atomically, and `collate --out` writes it."""

from __future__ import annotations

import random
import shutil
import subprocess
from datetime import datetime

import pytest
from pypdf import PdfReader
from team_helpers import sealed_samples

from hype_desktop.collation.collate import CollationOutcome
from hype_desktop.collation.intake import CollationRun
from hype_desktop.domain.aggregate import Submission, aggregate
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.disclosure import disclose
from hype_desktop.formats.share_reading import SharedRound
from hype_desktop.reports.pdf_blocks import PdfProblem
from hype_desktop.reports.pdf_team_report import write_team_pdf

PAYLOAD = '<img src="/etc/passwd"/> <a href="javascript:alert(1)">x</a> AT&T R&D <b> $x^2$ </para>'
ROUND = SharedRound(id="0123456789abcdef0123456789abcdef", phase="team_workshop", label="spring", date="2025-03-05")


def _people(n: int, *, with_text: bool = True, alpha_two_people: int | None = None) -> list[Submission]:
    """n people answering module alpha; alpha.two only by the first ``alpha_two_people``."""
    subs = []
    for p in range(n):
        answers: dict[str, int | None] = {f"alpha.one.{i}": 1 + (p + i) % 5 for i in range(1, 5)}
        if alpha_two_people is None or p < alpha_two_people:
            answers.update({f"alpha.two.{i}": 1 + (2 * p + i) % 5 for i in range(1, 4)})
        subs.append(Submission(
            pseudonym=f"{p:032x}", round_id=ROUND.id, completed_at=datetime(2025, 3, 5, 12, p),
            checksum=f"sha256:{p:064x}", modules=("alpha",), answers=answers,
            notes=(("alpha.one.1", f"{PAYLOAD} #{p}"),) if with_text else (),
            next_steps=((f"step {PAYLOAD} #{p}", "alpha.one", "team"),) if with_text else ()))
    return subs


def _outcome(instrument, subs, thresholds=None) -> CollationOutcome:
    agg = disclose(aggregate(instrument, subs, thresholds or Thresholds(), random.Random(1)))
    return CollationOutcome(CollationRun(round=ROUND, team_code="TEAM-7"), aggregate=agg, summary={})


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_hostile_shared_text_appears_literally(mini_instrument, tmp_path):
    out = tmp_path / "team.pdf"
    pages = write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(5)), "en")
    assert pages >= 2
    text = " ".join(_text(out).split())
    assert '<img src="/etc/passwd"/>' in text and "AT&T R&D <b> $x^2$ </para>" in text
    assert 'step <img src="/etc/passwd"/>' in text
    raw = out.read_bytes()
    assert b"/URI" not in raw and b"/JavaScript" not in raw and b"/Annots" not in raw
    assert "5 people shared their reflection" in text and "TEAM-7" in text
    assert "At a glance" in text and "How many people gave each answer" in text  # a Likert chart


def test_below_k_scores_a_factor_shows_fewer_than_k_answers(mini_instrument, tmp_path):
    out = tmp_path / "team.pdf"
    # alpha.two answered by 2 people only: its mean must not appear, only "fewer than 3 answers"
    write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(4, alpha_two_people=2)), "en")
    text = " ".join(_text(out).split())
    assert "Factor alpha.two – fewer than 3 answers" in text  # not even how many answered
    assert "Factor alpha.one 4 " in text  # shown with its numbers
    # 4 people < k_detail 5: no shared text, no distribution
    assert "passwd" not in text and "#0" not in text
    assert "How many people gave each answer" not in text


def test_at_k_scores_the_factor_shows_numbers(mini_instrument, tmp_path):
    out = tmp_path / "team.pdf"
    write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(5, alpha_two_people=3)), "fi")
    text = " ".join(_text(out).split())
    assert "Factor alpha.two (fi) 3 2,8 – –" in text and "alle 3 vastausta" not in text  # a mean; a spread from 5
    assert "5 henkilöä jakoi pohdintansa" in text


def test_fonts_embedded_and_write_is_atomic(mini_instrument, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = tmp_path / "team.pdf"
    write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(6)), "sv")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), listing
    assert [p.name for p in tmp_path.iterdir()] == ["team.pdf"]
    with pytest.raises(PdfProblem) as info:
        write_team_pdf(tmp_path / "missing" / "t.pdf", mini_instrument, _outcome(mini_instrument, _people(6)))
    assert info.value.key == "pdf.folder_missing"


def test_collate_out_writes_the_team_pdf(tmp_path, capsys):
    from hype_desktop.cli import main
    shares = tmp_path / "shares"
    sealed_samples(main, 6, shares)
    out = tmp_path / "team.pdf"
    assert main(["collate", str(shares), "--out", str(out), "--lang", "fi"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Tiimimme pohdinta työpajaan" in _text(out)
    assert main(["collate", str(shares), "--out", str(tmp_path / "nope" / "t.pdf"), "--lang", "en"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_identical_texts_are_printed_once_with_a_count(mini_instrument, tmp_path):
    subs = [Submission(pseudonym=f"{p:032x}", round_id=ROUND.id, completed_at=datetime(2025, 3, 5, 12, p),
                       checksum=f"sha256:{p:064x}", modules=("alpha",),
                       answers={f"alpha.one.{i}": 1 + (p + i) % 5 for i in range(1, 5)},
                       notes=(("alpha.one.1", "Same words" if p < 4 else f"Own words {p}"),)) for p in range(6)]
    out = tmp_path / "team.pdf"
    write_team_pdf(out, mini_instrument, _outcome(mini_instrument, subs), "en")
    text = " ".join(_text(out).split())
    assert text.count("Same words") == 1 and "Same words (4 people wrote this)" in text
    assert "Own words 4" in text and "Own words 5" in text and "(1 people" not in text


def test_too_few_people_get_one_page_saying_why(mini_instrument, tmp_path):
    out = tmp_path / "team.pdf"
    assert write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(2)), "fi") == 1
    text = " ".join(_text(out).split())
    assert "Miksi tässä raportissa ei ole tuloksia" in text and "2 henkilöä" in text
    assert "Factor alpha.one" not in text and "passwd" not in text


def test_change_agrees_with_the_rounded_scores_beside_it():
    from hype_desktop.reports.pdf_team_report import shown_change
    for before, after in ((3.15, 3.6), (3.24, 3.26), (3.16, 3.61), (2.05, 2.0)):
        printed = float(f"{after:.1f}") - float(f"{before:.1f}")  # the two numbers printed beside it
        assert shown_change(before, after) == pytest.approx(printed)
    assert shown_change(3.24, 3.26) == pytest.approx(0.1)  # 3.2 -> 3.3, though the means differ by 0.02


def test_table_headers_are_never_narrower_than_their_longest_word(mini_instrument):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from hype_desktop.reports.pdf_team_report import _Builder
    b = _Builder(mini_instrument, _outcome(mini_instrument, _people(5)).aggregate, ROUND.as_dict(), "T", [],
                 None, False, "fi", "a4", lambda _p: None)
    headers = ["Osa-alue", "Vastaajia", "Keskiarvo", "Mediaani", "Hajonta"]
    widths = b.widths(headers, 0.68)
    assert sum(widths) == pytest.approx(b.width)
    style = b.st["cell_bold"]
    for header, width in zip(headers[1:], widths[1:]):
        assert width >= stringWidth(header, style.fontName, style.fontSize) + 12


def test_no_heading_is_left_alone_at_a_page_foot(mini_instrument, tmp_path):
    """Every page's last line of text is not a heading of the report."""
    out = tmp_path / "team.pdf"
    write_team_pdf(out, mini_instrument, _outcome(mini_instrument, _people(40)), "fi")
    from hype_desktop.reports.report_texts import text
    headings = {text(k, "fi") for k in ("team.agreement", "team.steps", "team.words", "team.results",
                                        "team.most_agreed", "team.most_disputed")}
    for page in PdfReader(out).pages:
        lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip()]
        body = [ln for ln in lines if "HyPe Desktop" not in ln]  # the footer
        assert body and body[-1] not in headings, body[-3:]
