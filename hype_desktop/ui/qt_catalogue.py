"""Strings of Qt's own dialogs that Qt's Finnish or Swedish catalogue lacks, in our catalogue.

Qt 6 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:"), but Qt's Finnish
catalogue (qtbase_fi) still holds only the old "Look in:" and "Files of type:": so a Finnish file
dialog showed those two labels in English although the catalogue was loaded. Its file types
("Folder", "%1 File") are missing in Finnish too, and Swedish lacks a few others. Listing the
strings here puts them into our own .ts files under Qt's context names. Qt's translator is
installed after ours (ui/language.py), so Qt answers first and ours fills only its gaps.
tests/ui/test_qt_dialog_language.py checks the real dialog in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_IN_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
)
