"""Help › Accessibility statement: what meets WCAG 2.1 AA, what does not yet, how to give feedback.

The statement is the one in docs/ (accessibility.<lang>.md), shown as read-only text that a
screen reader reads line by line and that keeps the focus inside the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from hype_desktop.paths import resources_dir


def statement_path(lang: str) -> Path:
    """docs/accessibility.<lang>.md next to resources/ (in a checkout and in the bundle)."""
    lang = lang if lang in ("fi", "sv", "en") else "en"
    return resources_dir().parent / "docs" / f"accessibility.{lang}.md"


class AccessibilityDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accessibility statement"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # offline: nothing is fetched or opened from here
        self.text.setAccessibleName(self.tr("Accessibility statement"))
        path = statement_path(lang)
        try:
            self.text.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.text.setPlainText(self.tr("The accessibility statement is missing from this "
                                           "installation (%1).").replace("%1", str(path)))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()
