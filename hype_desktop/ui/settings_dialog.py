"""Settings: language, theme and text size, each applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from hype_desktop.domain.instrument import LANGUAGES
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.language import language_name
from hype_desktop.ui.themes import THEME_CHOICES, ZOOM_STEPS
from hype_desktop.ui.widgets import Retranslating, heading, plain_label
from hype_desktop.ui.wizard.answering import auto_advance_on, set_auto_advance


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.title = heading(size=1.2)  # the dialog's name, where a screen reader's H key finds it
        layout.addWidget(self.title)
        form = QFormLayout()
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(LANGUAGES.index(ctx.lang))
        self.language_caption = plain_label(wrap=False)
        self.language_caption.setBuddy(self.language)
        form.addRow(self.language_caption, self.language)
        self.theme = QComboBox()
        self.theme_caption = plain_label(wrap=False)
        self.theme_caption.setBuddy(self.theme)
        self.zoom = QComboBox()
        self.zoom_caption = plain_label(wrap=False)
        self.zoom_caption.setBuddy(self.zoom)
        if ctx.appearance is not None:
            form.addRow(self.theme_caption, self.theme)
            form.addRow(self.zoom_caption, self.zoom)
        self.auto_advance = QCheckBox()
        self.auto_advance.setChecked(auto_advance_on(ctx.settings))
        self.auto_advance.toggled.connect(lambda on: set_auto_advance(self.ctx.settings, on))
        form.addRow(self.auto_advance)
        from hype_desktop.ui.data_dialogs import DataActions  # backups, export, erase
        self.data_actions = DataActions(ctx)  # parented by the layout, after the fields
        self.data_caption = plain_label(wrap=False)
        form.addRow(self.data_caption, self.data_actions)
        if parent is not None and hasattr(parent, "show_home"):
            self.data_actions.restored.connect(parent.show_home)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.language.setFocus()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        self.ctx.settings.update(language=lang)
        self.ctx.language.apply(lang)

    def _theme_chosen(self) -> None:
        if self.ctx.appearance is not None and self.theme.currentData():
            self.ctx.appearance.set_theme(self.theme.currentData())

    def _zoom_chosen(self) -> None:
        if self.ctx.appearance is not None and self.zoom.currentData():
            self.ctx.appearance.set_zoom(self.zoom.currentData())


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.title.setText(self.windowTitle())
        self.language_caption.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.theme_caption.setText(self.tr("&Theme:"))
        self.theme.setAccessibleName(self.tr("Colour theme"))
        self.zoom_caption.setText(self.tr("Text &size:"))
        self.zoom.setAccessibleName(self.tr("Text size"))
        names = {"system": self.tr("Follow the system (light or dark)"), "light": self.tr("Light"),
                 "dark": self.tr("Dark"), "high_contrast": self.tr("High contrast")}
        appearance = self.ctx.appearance
        for combo, items, current in (
                (self.theme, [(names[t], t) for t in THEME_CHOICES], appearance.theme if appearance else ""),
                (self.zoom, [(f"{z} %", z) for z in ZOOM_STEPS], appearance.zoom if appearance else 100)):
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.auto_advance.setText(self.tr("&After answering with a key, move on to the next statement"))
        self.auto_advance.setAccessibleName(self.auto_advance.text().replace("&", ""))
        self.data_caption.setText(self.tr("Your data:"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close settings"))
