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
