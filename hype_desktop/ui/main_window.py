"""The main window: a stack of views (home, reflection, summary) and the app's actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from hype_desktop import APP_NAME, __version__
from hype_desktop.domain.reflection import ReflectionForm, Round
from hype_desktop.ui.a11y import announce, screen_title, set_window_title, show_status, untab_scroll_areas
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.home_view import HomeView
from hype_desktop.ui.settings_dialog import SettingsDialog
from hype_desktop.ui.widgets import Retranslatable, Retranslating
from hype_desktop.ui.wizard.start_page import StartPage
from hype_desktop.ui.wizard.wizard_view import WizardView


class MainWindow(Retranslating, QMainWindow):
    home_shown = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.resize(980, 720)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.statusBar()  # made now: created lazily on the first message it would cover the buttons
        self.view: QWidget | None = None
        self._make_actions()
        ctx.language.changed.connect(self._language_changed)
        self.retranslate()
        self.show_home()

    # --- actions ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.zoom_in_action = QAction(self)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        appearance = self.ctx.appearance
        if appearance is not None:
            self.zoom_in_action.triggered.connect(appearance.zoom_in)
            self.zoom_out_action.triggered.connect(appearance.zoom_out)
            self.zoom_reset_action.triggered.connect(appearance.zoom_reset)
            appearance.changed.connect(self.refresh_view)
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(a)
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Ctrl+H"))
        self.home_action.triggered.connect(self.go_home)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.show_start)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.report_action = QAction(self)
        self.report_action.setShortcut(QKeySequence("Ctrl+E"))
        self.report_action.triggered.connect(self.open_report_for_latest)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.accessibility_action = QAction(self)
        self.accessibility_action.triggered.connect(self.show_accessibility)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.preset_action = QAction(self)
        self.preset_action.triggered.connect(self.open_preset_editor)
        self.open_team_action = QAction(self)
        self.open_team_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_team_action.triggered.connect(self.open_team_file)
        self.share_action = QAction(self)
        self.share_action.triggered.connect(self.share_with_team)
        self.team_action = QAction(self)
        self.team_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.team_action.triggered.connect(self.show_team)
        self.workshop_action = QAction(self)
        self.workshop_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.workshop_action.triggered.connect(self.show_workshop)
        self.new_round_action = QAction(self)
        self.new_round_action.triggered.connect(self.new_team_round)
        self.rounds_action = QAction(self)
        self.rounds_action.triggered.connect(self.show_rounds)
        self._invitation: Round | None = None
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.triggered.connect(self.show_history)
        self.trends_action = QAction(self)
        self.trends_action.setShortcut(QKeySequence("Ctrl+T"))
        self.trends_action.triggered.connect(self.show_trends)
        groups = ((self.home_action, self.new_action, self.history_action, self.trends_action, self.report_action),
                  (self.open_team_action, self.share_action, self.new_round_action, self.rounds_action,
                   self.team_action, self.workshop_action),
                  (self.settings_action, self.preset_action))
        for group in groups:
            for a in group:
                self.file_menu.addAction(a)
            self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.accessibility_action)
        self.help_menu.addAction(self.about_action)

    # --- views --------------------------------------------------------------------------
    def _set_view(self, view: QWidget) -> None:
        old = self.view
        untab_scroll_areas(view)
        set_window_title(self, screen_title(view))
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
        home = HomeView(self.ctx, invitation=self._invitation)
        home.start_requested.connect(self.show_start)
        home.continue_requested.connect(self.continue_reflection)
        home.summary_requested.connect(self.show_summary)
        home.history_requested.connect(self.show_history)
        home.trends_requested.connect(self.show_trends)
        home.share_requested.connect(self.share_reflection)
        self._set_view(home)
        home.start_button.setFocus()
        self.home_shown.emit()

    def show_start(self) -> None:
        if not self._leave_current():
            return
        page = StartPage(self.ctx)
        page.start_requested.connect(self.start_reflection)
        page.cancelled.connect(self.show_home)
        self._apply_preset(page)
        self._set_view(page)
        page.phase.setFocus()

    def _apply_preset(self, page: StartPage) -> None:
        """A trainer's preset: only the offered modules, and the programme's round whose date has
        come pre-filled (the most recent; never a future one)."""
        preset = self.ctx.preset
        if preset is None:
            return
        if preset.offered_modules:
            for module in self.ctx.instrument.current_modules:
                if module.id not in preset.offered_modules:
                    page.module_checks[module.id].setChecked(False)
                    page.module_checks[module.id].setVisible(False)
                    for factor in module.factors:
                        if factor.id in page.factor_checks:
                            page.factor_checks[factor.id].setChecked(False)
                            page.factor_checks[factor.id].setVisible(False)
        from datetime import date

        from hype_desktop.domain.preset import current_round
        chosen = current_round(preset.rounds, date.today())
        if chosen is not None:
            page.preset_round(Round(phase=chosen.phase, date=chosen.date, label=chosen.label,
                                    team_code=chosen.team_code), chosen.modules)

    def start_reflection(self, round_: Round, modules: tuple[str, ...], factors: tuple[str, ...],
                         form: ReflectionForm = ReflectionForm.FULL) -> None:
        if self._invitation is not None:  # a round from a lead's invitation keeps its team and id
            from dataclasses import replace
            round_ = replace(round_, team_code=self._invitation.team_code, round_uid=self._invitation.round_uid)
            self._invitation = None
        inst = self.ctx.instrument
        scope = inst.scope_for_modules(modules, factors)
        reflection = self.ctx.store.start(self.ctx.profile_id, round_, inst, modules, scope, form=form)
        self._open_wizard(reflection.id)

    def continue_reflection(self, reflection_id: int) -> None:
        self._open_wizard(reflection_id)

    def _open_wizard(self, reflection_id: int, correcting: bool = False) -> None:
        reflection = self.ctx.store.get(reflection_id)
        if correcting:
            reflection.position = ""  # a correction walks from the first page
        wizard = WizardView(self.ctx, reflection)
        wizard.finished.connect(self._reflection_finished)
        if correcting:  # closing mid-correction still recomputes the stored scores
            wizard.closed.connect(lambda: self._end_correction(reflection_id))
        else:
            wizard.closed.connect(self.show_home)
        wizard.saved.connect(self._show_saved)
        self._set_view(wizard)
        first = wizard.page.first_focus() if wizard.page is not None else None
        if first is not None:
            first.setFocus()

    def correct_reflection(self, reflection_id: int) -> None:
        """Reopen a finished reflection; finish() keeps its time and recomputes its scores."""
        self._open_wizard(reflection_id, correcting=True)

    def _end_correction(self, reflection_id: int) -> None:
        self.ctx.store.finish(reflection_id, self.ctx.instrument)
        self.show_history()

    def show_history(self, *, profile_id: int | None = None) -> None:
        """One's own reflections, or a team's (workshop mode) with ``profile_id``."""
        if not self._leave_current():
            return
        from hype_desktop.ui.history_view import HistoryView
        view = HistoryView(self.ctx, profile_id=profile_id)
        view.open_requested.connect(self.show_summary)
        view.correct_requested.connect(self.correct_reflection)
        view.continue_requested.connect(self.continue_reflection)
        view.workshop_requested.connect(lambda team: self.show_workshop(team=team))
        view.trends_requested.connect(lambda: self.show_trends(profile_id=view.profile_id))
        view.home_requested.connect(self.show_home)
        self._set_view(view)
        view.table.setFocus()

    def show_trends(self, *, profile_id: int | None = None) -> None:
        """The trend view (one's own, or a team's with ``profile_id``); importing it imports
        matplotlib, so only on first use."""
        if not self._leave_current():
            return
        from hype_desktop.ui.trends_view import TrendsView
        view = TrendsView(self.ctx, profile_id=profile_id)
        view.home_requested.connect(self.show_home)
        view.history_requested.connect(lambda: self.show_history(profile_id=view.profile_id))
        view.open_requested.connect(self.show_summary)
        self._set_view(view)
        view.factor_list.setFocus()

    def _show_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 2500)

    def show_summary(self, reflection_id: int) -> None:
        from hype_desktop.ui.summary_view import SummaryView  # lazy: its report data is not start-up work
        view = SummaryView(self.ctx, self.ctx.store.get(reflection_id))
        view.home_requested.connect(self.show_home)
        view.report_requested.connect(self.open_report)
        view.share_requested.connect(self.share_reflection)
        view.compare_requested.connect(lambda _rid: self.show_trends())
        self._set_view(view)
        view.first_focus().setFocus()

    def _reflection_finished(self, reflection_id: int) -> None:
        """The summary, and a spoken word that the reflection is done and what it lacks."""
        self.show_summary(reflection_id)
        reflection = self.ctx.store.get(reflection_id)
        unscored = [f for f in reflection.scope
                    if (s := reflection.scores.get(f)) is None or s.mean is None]
        text = self.tr("Reflection finished.")
        if unscored:
            text += " " + self.tr("Too few answers for a score in %1 of %2 factors.").replace(
                "%1", str(len(unscored))).replace("%2", str(len(reflection.scope)))
        announce(self.view or self, text)

    def open_report(self, reflection_id: int) -> None:
        from hype_desktop.ui.report_dialog import ReportDialog  # lazy: not on the start-up path
        ReportDialog(self.ctx, reflection_id, self).exec()

    def open_report_for_latest(self) -> None:
        latest = self.ctx.store.latest_finished(self.ctx.profile_id)
        if latest is None:
            show_status(self, self.tr("Finish a reflection first; then it can be exported as a PDF."), 5000)
            return
        self.open_report(latest.id)

    # --- team work ----------------------------------------------------------------------------
    def open_team_file(self, path: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a team file"), "", self.tr(
                "Team files (*.hype-round *.hype-team)"))
        if not path:
            return
        if path.endswith(".hype-team"):
            from hype_desktop.ui.team_files import show_team_summary
            show_team_summary(self.ctx, Path(path), self)
            return
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.team_exchange import round_from_info
        try:
            invitation = self.ctx.services.team_rounds().remember_invitation(path)
        except FileProblem as problem:
            QMessageBox.warning(self, APP_NAME, problem.render(self.ctx.lang))
            return
        round_ = round_from_info(invitation.round, invitation.team_code)
        fingerprint = self.tr("Round fingerprint %1: it should be the same as the one your collator reads out.") \
            .replace("%1", invitation.fingerprint)
        show_status(self, fingerprint)
        from hype_desktop.ui.team import round_actions
        reusable = round_actions.reusable_reflections(self.ctx, round_, tuple(invitation.modules))
        if not reusable:
            self._start_invited(round_, tuple(invitation.modules))
            return
        from hype_desktop.ui.team.invitation_dialog import InvitationDialog
        dialog = InvitationDialog(self.ctx, round_, reusable, self, fingerprint=fingerprint)
        dialog.start_new.connect(lambda: self._start_invited(round_, tuple(invitation.modules)))
        dialog.use_requested.connect(lambda rid: self.show_summary(
            round_actions.use_for_round(self.ctx, rid, round_).id))
        dialog.open()

    def _start_invited(self, round_: Round, modules: tuple[str, ...]) -> None:
        status = self.statusBar().currentMessage()  # the fingerprint stays in view
        self.show_start()
        self.statusBar().showMessage(status)
        if isinstance(self.view, StartPage):
            self.view.preset_round(round_, modules)
            self._invitation = round_

    def share_with_team(self) -> None:
        from hype_desktop.formats.team_exchange import shareable
        reflection = getattr(self.view, "reflection", None)
        briefs = self.ctx.store.finished_briefs(self.ctx.profile_id)
        if reflection is not None and reflection.id not in {r.id for r in briefs}:
            reflection = None  # a team's workshop reflection (linked to a round) is no member's share
        if reflection is None or not shareable(reflection):
            shareable_briefs = [r for r in briefs if shareable(r)]
            reflection = self.ctx.store.get(shareable_briefs[-1].id) if shareable_briefs else None
        if reflection is None:
            QMessageBox.information(self, APP_NAME, self.tr(
                "Sharing works for a finished reflection of a team round. Open your lead's invitation "
                "(File › Open team file) and finish that reflection first."))
            return
        self.share_reflection(reflection.id)

    def share_reflection(self, reflection_id: int) -> None:
        """Share one finished reflection of a team round (Home's and the summary's button, the menu);
        window-modal, so the window stays drawn behind the preview."""
        from hype_desktop.ui.share_dialog import ShareDialog
        ShareDialog(self.ctx, self.ctx.store.get(reflection_id), self).open()

    def new_team_round(self) -> None:
        from hype_desktop.ui.team.new_round_dialog import NewRoundDialog
        dialog = NewRoundDialog(self.ctx, self)
        dialog.accepted.connect(self.show_rounds)
        dialog.open()

    def show_rounds(self) -> None:
        if not self._leave_current():
            return
        from hype_desktop.ui.team.rounds_view import RoundsView
        view = RoundsView(self.ctx)
        view.home_requested.connect(self.show_home)
        view.new_round_requested.connect(self.new_team_round)
        view.collate_requested.connect(self.show_team)
        self._set_view(view)
        view.new_button.setFocus()

    def show_team(self) -> None:
        if not self._leave_current():
            return
        from hype_desktop.ui.team_view import TeamView
        view = TeamView(self.ctx)
        view.home_requested.connect(self.show_home)
        view.new_round_requested.connect(self.new_team_round)
        view.rounds_requested.connect(self.show_rounds)
        self._set_view(view)
        view.files_button.setFocus()

    def show_workshop(self, *, team: str | None = None) -> None:
        """Workshop mode: a team reflects together on one (projected) screen; with ``team`` its
        unfinished reflection resumes at once."""
        if not self._leave_current():
            return
        from hype_desktop.ui.workshop_view import WorkshopView
        view = WorkshopView(self.ctx)
        view.home_requested.connect(self.show_home)
        view.history_requested.connect(lambda pid: self.show_history(profile_id=pid))
        view.trends_requested.connect(lambda pid: self.show_trends(profile_id=pid))
        self._set_view(view)
        view.team_name.setFocus()
        if team:
            view.team_name.setText(team)
            view.start()

    def open_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def open_preset_editor(self) -> None:
        from hype_desktop.ui.preset_editor import PresetEditor  # lazy: trainers only
        PresetEditor(self.ctx, self).exec()

    def show_accessibility(self) -> None:
        from hype_desktop.ui.accessibility_dialog import AccessibilityDialog
        AccessibilityDialog(self.ctx.lang, self).exec()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        box.setText(self.tr(
            "%1 %2\n\nA reflection aid for pedagogical well-being, from the Finnish HyPe project. "
            "Not a validated test and not a diagnosis; it never ranks people.\n\n"
            "Your data is kept in: %3").replace("%1", APP_NAME).replace("%2", __version__)
            .replace("%3", str(self.ctx.paths.root)))
        preset = self.ctx.preset
        if preset is not None:  # plain text: the organisation name is not our text
            where = {"user": self.tr("your own settings folder"), "beside_app": self.tr("beside the app"),
                     "machine": self.tr("the computer's shared settings folder")}.get(
                preset.origin, self.tr("given when the app was started"))
            box.setText(box.text() + "\n\n" + self.tr("Set up for you by: %1").replace("%1", preset.organisation)
                        + "\n" + self.tr("Set-up file: %1 (%2)").replace("%1", str(preset.source))
                        .replace("%2", where))
        box.exec()

    # --- files from outside -------------------------------------------------------------
    def open_files(self, paths: list[Path]) -> int:
        """Files given on the command line or double-clicked: invitations and team summaries
        open as from File › Open team file; members' .hype exports go to the Team view
        together. Returns how many files were taken."""
        paths = [Path(p) for p in paths]
        exports = [p for p in paths if p.suffix.lower() == ".hype"]
        handled = 0
        if exports:
            self.show_team()
            collate = getattr(self.view, "collate", None)
            if collate is not None:
                collate(exports)
                handled += len(exports)
        for path in paths:
            suffix = path.suffix.lower()
            if suffix in (".hype-round", ".hype-team"):
                self.open_team_file(str(path))
                handled += 1
            elif suffix != ".hype":
                box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "", parent=self)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setText(self.tr("This version of HyPe Desktop cannot open “%1”.").replace("%1", path.name))
                box.open()
        return handled

    # --- language -----------------------------------------------------------------------
    def refresh_view(self) -> None:
        """Lay the current view out again (after a zoom or theme change); nothing is lost."""
        view = self.view
        if isinstance(view, WizardView):
            view.rebuild()
        elif isinstance(view, HomeView):
            self.show_home()
        elif isinstance(view, Retranslatable):
            view.retranslate()

    def _retitle(self) -> None:
        view = self.stack.currentWidget()
        set_window_title(self, screen_title(view) if view is not None else "")

    def _language_changed(self, _lang: str) -> None:
        if isinstance(self.view, WizardView):
            self.view.rebuild()


    def retranslate(self) -> None:
        # The view's headings change with the language too; title after they have.
        QTimer.singleShot(0, self, self._retitle)
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("He&lp"))  # Alt+H is the views' Home button
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Actual size"))
        self.home_action.setText(self.tr("&Home"))
        self.new_action.setText(self.tr("&New reflection"))
        self.open_team_action.setText(self.tr("&Open team file…"))
        self.share_action.setText(self.tr("&Share with my team…"))
        self.team_action.setText(self.tr("&Team results…"))
        self.workshop_action.setText(self.tr("&Workshop mode (team together)…"))
        self.new_round_action.setText(self.tr("New tea&m round…"))
        self.rounds_action.setText(self.tr("Team ro&unds"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.report_action.setText(self.tr("&Export PDF for the workshop…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.accessibility_action.setText(self.tr("A&ccessibility statement"))
        self.about_action.setText(self.tr("&About HyPe Desktop"))
        self.preset_action.setText(self.tr("For trainers: set &up for a programme…"))
        self.history_action.setText(self.tr("My &reflections"))
        self.trends_action.setText(self.tr("Change over &time"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_current():
            answer = QMessageBox.question(self, APP_NAME, self.tr(
                "Some text could not be saved. Quit anyway and lose it?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        event.accept()
