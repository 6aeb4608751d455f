"""Where the team path saves files and how it says so, in the shape of ui/saved_files
(``documents_dir()``, ``confirm_saved(parent, path)``) until the app-wide module is in place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def documents_dir() -> Path:
    """The platform's Documents folder (made if missing), or the home folder without one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def show_in_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def confirm_saved(parent: QWidget, path: Path) -> QMessageBox:
    """A window-modal confirmation naming the file and its folder, with "Show in folder"
    (which leaves the confirmation open). Returned for tests; it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("SavedFiles", "Saved"), "",
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("SavedFiles", "Saved as “%1” in the folder %2.")
                .replace("%1", path.name).replace("%2", str(path.parent)))
    show = box.addButton(QCoreApplication.translate("SavedFiles", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    show.clicked.disconnect()  # an action button would close the box
    show.clicked.connect(lambda: show_in_folder(path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
