"""Saved files start in Documents, get a name in the UI language, and the app says where they went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from hype_desktop.ui import saved_files


@pytest.fixture
def documents(isolated_home) -> Path:
    folder = isolated_home / "Documents"
    folder.mkdir()
    return folder


def test_documents_dir_is_the_platforms_documents_folder_or_home(isolated_home, qapp):
    assert saved_files.documents_dir() == isolated_home  # no Documents folder yet: home, never hidden
    (isolated_home / "Documents").mkdir()
    assert saved_files.documents_dir() == isolated_home / "Documents"


@pytest.mark.parametrize(("lang", "expected"), [
    ("fi", "pohdinta-2026-12-02.pdf"), ("sv", "reflektion-2026-12-02.pdf"), ("en", "reflection-2026-12-02.pdf")])
def test_default_names_are_in_the_ui_language(make_ctx, lang, expected):
    make_ctx(lang)
    assert saved_files.default_name("reflection", ".pdf", when=date(2026, 12, 2)) == expected


def test_team_codes_cannot_make_a_path(make_ctx):
    make_ctx("fi")
    name = saved_files.default_name("team_summary", ".pdf", when=date(2026, 12, 2), team="../7B:x")
    assert name == "tiimikooste-..7Bx-2026-12-02.pdf"
    assert "/" not in name and ":" not in name
    assert saved_files.file_slug("Aloitus työpaja / kevät?") == "aloitus-työpaja-kevät"


def test_the_dialog_starts_in_documents_and_adds_the_suffix(documents, qapp, monkeypatch):
    seen = {}

    def fake(parent, title, start, filters):
        seen["start"] = start
        return str(documents / "chart"), "SVG image (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    path = saved_files.ask_save_path(None, "Save", "profile-2026-12-02.png",
                                     "PNG image (*.png);;SVG image (*.svg)", (".png", ".svg"))
    assert seen["start"] == str(documents / "profile-2026-12-02.png")
    assert path == documents / "chart.svg"


def test_cancelling_returns_nothing(qapp, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert saved_files.ask_save_path(None, "Save", "x.pdf", "PDF (*.pdf)", (".pdf",)) is None


def test_the_confirmation_names_the_file_and_shows_its_folder(documents, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(saved_files.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    target = documents / "pohdinta-2026-12-02.pdf"
    box = saved_files.confirm_saved(None, target, "Keep it safe.")
    qtbot.addWidget(box)
    assert not box.isModal()
    assert "pohdinta-2026-12-02.pdf" in box.text() and str(documents) in box.text()
    assert "Keep it safe." in box.text()
    show = next(b for b in box.findChildren(QPushButton) if "folder" in b.text())
    show.click()
    assert [u.toLocalFile() for u in opened] == [str(documents)]


def test_the_pdf_export_proposes_a_finnish_name_in_documents(make_ctx, documents, qtbot, monkeypatch):
    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.ui.report_dialog import ReportDialog
    ctx = make_ctx("fi")
    ctx.store.add_complete(ctx.profile_id, sample_reflections(ctx.instrument, 1, seed=2), ctx.instrument)
    dialog = ReportDialog(ctx, ctx.store.latest_finished(ctx.profile_id).id)
    qtbot.addWidget(dialog)
    seen = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filters: (seen.setdefault("start", start), "")))
    dialog.choose_file()
    assert seen["start"] == str(documents / f"pohdinta-{date.today().isoformat()}.pdf")


def test_no_save_dialog_starts_outside_the_shared_helper():
    """Every place that saves a file goes through ask_save_path (Documents, a named default)."""
    root = Path(saved_files.__file__).resolve().parent.parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "getSaveFileName" in p.read_text(encoding="utf-8") and p.name != "saved_files.py"]
    assert offenders == []


