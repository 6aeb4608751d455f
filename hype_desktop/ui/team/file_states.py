"""The per-file report of a collation as a list with clear states: each file's line starts
with an icon and a word for whether it was used, and a first line counts them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle

if TYPE_CHECKING:
    from hype_desktop.collation.intake import FileReport


def add_reports(target: QListWidget, reports: Sequence[FileReport], lang: str) -> None:
    """Add a count line, then one line per file report, used files first."""
    from hype_desktop.collation.intake import USED
    used = [r for r in reports if r.status in USED]
    unused = [r for r in reports if r.status not in USED]
    style = target.style()
    ok_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    off_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    target.addItem(QCoreApplication.translate("FileStates", "%1 files used, %2 not used")
                   .replace("%1", str(len(used))).replace("%2", str(len(unused))))
    for report in used:
        item = QListWidgetItem(ok_icon, QCoreApplication.translate("FileStates", "Used: %1")
                               .replace("%1", report.render(lang)))
        target.addItem(item)
    for report in unused:
        item = QListWidgetItem(off_icon, QCoreApplication.translate("FileStates", "Not used: %1")
                               .replace("%1", report.render(lang)))
        target.addItem(item)
