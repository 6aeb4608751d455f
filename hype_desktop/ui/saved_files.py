"""Where the files a user saves go, what they are called, and saying where they went.

A file saved into a hidden data folder is as good as lost, so every save starts in the
platform's Documents folder, proposes a name in the UI language ("pohdinta-2026-12-02.pdf"),
and ends with a confirmation that names the file and offers "Show in folder".
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s\-–—]+")


def documents_dir() -> Path:
    """The user's Documents folder as the platform names it; the home folder if there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def _word(kind: str) -> str:
    """The first word of a default file name, in the UI language (lower case, no spaces)."""
    words = {
        "reflection": QCoreApplication.translate("SavedFiles", "reflection"),
        "share": QCoreApplication.translate("SavedFiles", "share"),
        "team_summary": QCoreApplication.translate("SavedFiles", "team-summary"),
        "my_data": QCoreApplication.translate("SavedFiles", "my-data"),
        "trend_chart": QCoreApplication.translate("SavedFiles", "change-over-time"),
        "profile_chart": QCoreApplication.translate("SavedFiles", "profile"),
    }
    return words[kind]


def file_slug(text: str) -> str:
    """Text made safe as part of a file name on every system: no path or reserved characters,
    spaces as hyphens, letters (also ä, ö, å) kept."""
    cleaned = _UNSAFE.sub(" ", text).strip().strip(".")
    return _SPACES.sub("-", cleaned).strip("-").lower()


def default_name(kind: str, suffix: str, *, when: date | None = None, team: str = "") -> str:
    """A default file name such as ``pohdinta-2026-12-02.pdf`` or ``tiimikooste-7B-2026-12-02.pdf``."""
    parts = [file_slug(_word(kind))]
    if team:
        parts.append(_UNSAFE.sub("", team).strip() or "team")
    parts.append((when or date.today()).isoformat())
    return "-".join(parts) + suffix


def ask_save_path(parent: QWidget | None, title: str, name: str, filters: str,
                  suffixes: tuple[str, ...]) -> Path | None:
    """Ask where to save, starting in Documents with ``name``; add the first suffix the
    chosen filter names when the user typed none. None when the user cancelled."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in suffixes:
        wanted = next((s for s in suffixes if s.lstrip(".") in chosen_filter.lower()), suffixes[0])
        path = path.with_name(path.name + wanted)
    return path


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the system's file manager (a local URL only)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def confirm_saved(parent: QWidget | None, path: Path, detail: str = "") -> QMessageBox:
    """Say which file was saved where, with a "Show in folder" button.

    The box is not modal (it never blocks the window it reports on) and is deleted on close;
    it is returned so a caller or a test can look at it. ``detail`` adds a sentence (what else
    was written, what to keep in mind).
    """
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("SavedFiles", "File saved"))
    box.setText(QCoreApplication.translate("SavedFiles", "Saved “%1” in the folder %2.").replace("%1", path.name)
                .replace("%2", str(path.parent)) + (f"\n\n{detail}" if detail else ""))
    show = box.addButton(QCoreApplication.translate("SavedFiles", "Show in &folder"),
                         QMessageBox.ButtonRole.ActionRole)
    show.setAccessibleName(QCoreApplication.translate("SavedFiles", "Show the file in its folder"))
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    show.clicked.connect(lambda: show_in_folder(path))
    box.setObjectName("savedConfirmation")
    box.show()  # a message box is a dialog with the alert role: screen readers read it out
    return box
