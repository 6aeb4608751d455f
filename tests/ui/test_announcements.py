"""Status a sighted user sees in passing is spoken too (WCAG 4.1.3): the first save of a
reflection, a status-bar message, and no "Saved" after every save."""

from __future__ import annotations

import sys

from hype_desktop.ui import a11y


def _spoken(monkeypatch) -> list[str]:
    said: list[str] = []
    real = a11y.announce
    monkeypatch.setattr(sys, "platform", "linux")

    def record(widget, text, *, assertive=False):
        said.append(text)
        real(widget, text, assertive=assertive)

    for module in ("hype_desktop.ui.wizard.wizard_view", "hype_desktop.ui.a11y"):
        monkeypatch.setattr(f"{module}.announce", record)
    return said


def test_saved_is_said_once_not_after_every_save(qtbot, window, monkeypatch):
    said = _spoken(monkeypatch)
    window.show_start()
    window.view.start_button.click()
    wizard = window.view
    for n, text in enumerate(("first note", "second note", "third note")):
        qtbot.keyClicks(wizard.page.rows[n].note, text)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saved", timeout=5000)
        window.statusBar().clearMessage()
    assert [s for s in said if s.startswith("Saved")] == ["Saved. Each answer is stored as soon as you give it."]
    assert a11y.last_announcement(wizard).startswith("Saved.")


def test_a_status_bar_message_is_spoken(qtbot, window, monkeypatch):
    said = _spoken(monkeypatch)
    window.open_report_for_latest()  # nothing finished yet: the status bar says why
    text = "Finish a reflection first; then it can be exported as a PDF."
    assert window.statusBar().currentMessage() == text and said[-1] == text
    assert a11y.last_announcement(window) == text


def test_a_collation_of_too_few_people_says_so(qtbot, core_window, tmp_path, monkeypatch):
    from team_helpers import sealed_samples
    from test_results_in_words import _drop

    from hype_desktop.cli import main as cli
    said = _spoken(monkeypatch)
    monkeypatch.setattr("hype_desktop.ui.team_view.announce", lambda w, t, **k: said.append(t))
    folder = tmp_path / "in"
    sealed_samples(cli, 2, folder, seed=4)
    core_window.show_team()
    view = core_window.view
    _drop(view, [folder])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=20_000)
    assert said[-2] == "Collation finished."
    assert said[-1].startswith("Fewer than 3 people counted, so no scores are shown.")
