"""Settings: the language, applied at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.language import language_name
from hype_desktop.ui.widgets import plain_label


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.lang))
        self.language_caption = plain_label(wrap=False)
        self.language_caption.setBuddy(self.language)
        form.addRow(self.language_caption, self.language)
        from hype_desktop.ui.data_dialogs import DataActions  # issue 8: backups, export, erase
        self.data_actions = DataActions(ctx, self)
        self.data_caption = plain_label(wrap=False)
        form.addRow(self.data_caption, self.data_actions)
        if parent is not None and hasattr(parent, "show_home"):
            self.data_actions.restored.connect(parent.show_home)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        self.ctx.settings.set("language", lang)
        self.ctx.language.apply(lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_caption.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.data_caption.setText(self.tr("Your data:"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close settings"))
