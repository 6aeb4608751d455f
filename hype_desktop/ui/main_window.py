"""The main window: a stack of views (home, reflection, summary) and the app's actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from hype_desktop import APP_NAME, __version__
from hype_desktop.domain.reflection import Round
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.home_view import HomeView
from hype_desktop.ui.settings_dialog import SettingsDialog
from hype_desktop.ui.summary_view import SummaryView
from hype_desktop.ui.wizard.start_page import StartPage
from hype_desktop.ui.wizard.wizard_view import WizardView


class MainWindow(QMainWindow):
    home_shown = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.resize(980, 720)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.view: QWidget | None = None
        self._make_actions()
        ctx.language.changed.connect(self._language_changed)
        self.retranslate()
        self.show_home()

    # --- actions ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Ctrl+H"))
        self.home_action.triggered.connect(self.go_home)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.show_start)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.triggered.connect(self.show_history)
        self.trends_action = QAction(self)
        self.trends_action.setShortcut(QKeySequence("Ctrl+T"))
        self.trends_action.triggered.connect(self.show_trends)
        for a in (self.home_action, self.new_action, self.history_action, self.trends_action,
                  self.settings_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.about_action)

    # --- views --------------------------------------------------------------------------
    def _set_view(self, view: QWidget) -> None:
        old = self.view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.view = view
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _leave_current(self) -> bool:
        """Let a reflection in progress commit typed text before the view changes."""
        if isinstance(self.view, WizardView) and self.view.page is not None:
            return self.view.page.flush()
        return True

    def go_home(self) -> None:
        if self._leave_current():
            self.show_home()

    def show_home(self) -> None:
        home = HomeView(self.ctx)
        home.start_requested.connect(self.show_start)
        home.continue_requested.connect(self.continue_reflection)
        home.summary_requested.connect(self.show_summary)
        home.history_requested.connect(self.show_history)
        home.trends_requested.connect(self.show_trends)
        self._set_view(home)
        home.start_button.setFocus()
        self.home_shown.emit()

    def show_start(self) -> None:
        if not self._leave_current():
            return
        page = StartPage(self.ctx)
        page.start_requested.connect(self.start_reflection)
        page.cancelled.connect(self.show_home)
        self._set_view(page)
        page.phase.setFocus()

    def start_reflection(self, round_: Round, modules: tuple[str, ...], factors: tuple[str, ...]) -> None:
        inst = self.ctx.instrument
        scope = inst.scope_for_modules(modules, factors)
        reflection = self.ctx.store.start(self.ctx.profile_id, round_, inst, modules, scope)
        self._open_wizard(reflection.id)

    def continue_reflection(self, reflection_id: int) -> None:
        self._open_wizard(reflection_id)

    def _open_wizard(self, reflection_id: int, correcting: bool = False) -> None:
        reflection = self.ctx.store.get(reflection_id)
        if correcting:
            reflection.position = ""  # a correction walks from the first page
        wizard = WizardView(self.ctx, reflection)
        wizard.finished.connect(self.show_summary)
        if correcting:  # closing mid-correction still recomputes the stored scores
            wizard.closed.connect(lambda: self._end_correction(reflection_id))
        else:
            wizard.closed.connect(self.show_home)
        wizard.saved.connect(self._show_saved)
        self._set_view(wizard)
        if wizard.page is not None and wizard.page.first_focus() is not None:
            wizard.page.first_focus().setFocus()

    def correct_reflection(self, reflection_id: int) -> None:
        """Reopen a finished reflection; finish() keeps its time and recomputes its scores."""
        self._open_wizard(reflection_id, correcting=True)

    def _end_correction(self, reflection_id: int) -> None:
        self.ctx.store.finish(reflection_id, self.ctx.instrument)
        self.show_history()

    def show_history(self) -> None:
        if not self._leave_current():
            return
        from hype_desktop.ui.history_view import HistoryView
        view = HistoryView(self.ctx)
        view.open_requested.connect(self.show_summary)
        view.correct_requested.connect(self.correct_reflection)
        view.continue_requested.connect(self.continue_reflection)
        view.trends_requested.connect(self.show_trends)
        view.home_requested.connect(self.show_home)
        self._set_view(view)
        view.table.setFocus()

    def show_trends(self) -> None:
        """The trend view; importing it imports matplotlib, so only on first use."""
        if not self._leave_current():
            return
        from hype_desktop.ui.trends_view import TrendsView
        view = TrendsView(self.ctx)
        view.home_requested.connect(self.show_home)
        view.history_requested.connect(self.show_history)
        self._set_view(view)
        view.factor_list.setFocus()

    def _show_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 2500)

    def show_summary(self, reflection_id: int) -> None:
        view = SummaryView(self.ctx, self.ctx.store.get(reflection_id))
        view.home_requested.connect(self.show_home)
        self._set_view(view)
        view.home_button.setFocus()

    def open_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        box.setText(self.tr(
            "%1 %2\n\nA reflection aid for pedagogical well-being, from the Finnish HyPe project. "
            "Not a validated test and not a diagnosis; it never ranks people.\n\n"
            "Your data is kept in: %3").replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", str(self.ctx.paths.root)))
        box.exec()

    # --- language -----------------------------------------------------------------------
    def _language_changed(self, _lang: str) -> None:
        if isinstance(self.view, WizardView):
            self.view.rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.home_action.setText(self.tr("&Home"))
        self.new_action.setText(self.tr("&New reflection"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About HyPe Desktop"))
        self.history_action.setText(self.tr("My &reflections"))
        self.trends_action.setText(self.tr("Change over &time"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._leave_current():
            answer = QMessageBox.question(self, APP_NAME, self.tr(
                "Some text could not be saved. Quit anyway and lose it?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()
