"""Qt's own file dialog speaks the UI language: Qt's catalogue first, ours for its gaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel


def _labels(dialog: QFileDialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}


@pytest.mark.parametrize(("lang", "look_in", "file_type", "folder"), [
    ("fi", "&Sijainti:", "&Tiedostotyyppi:", "Kansio"),
    ("sv", "&Titta i:", "Filer av &typ:", "Mapp"),
    ("en", "&Look in:", "Files of &type:", "Folder"),
])
def test_the_file_dialog_labels_are_in_the_ui_language(make_ctx, qtbot, lang, look_in, file_type, folder):
    make_ctx(lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = _labels(dialog)
    assert labels["lookInLabel"] == look_in
    assert labels["fileTypeLabel"] == file_type
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == folder


def test_qt_answers_first_where_it_has_a_translation(make_ctx):
    make_ctx("fi")
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Tiedosto&nimi:"  # from qtbase_fi
