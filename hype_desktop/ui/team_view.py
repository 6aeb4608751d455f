"""The Team view: a lead drops members' .hype files (or a folder) and sees the group's results.

Validation and aggregation run in the background (ui/background.py, on their own database connection);
the view only shows what the anonymity thresholds allow and never one person's answers.
A bad file never stops the good ones and never reaches the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hype_desktop.ui.a11y import announce
from hype_desktop.ui.background import Background, Progress
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.widgets import WIDE, Retranslating, centred_page, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.collation.collate import CollationOutcome
    from hype_desktop.collation.intake import Conflict
    from hype_desktop.collation.invitations import SplitPaths
    from hype_desktop.collation.workshop_result import WorkshopResult
    from hype_desktop.ui.team.results_panel import ChartTexts
    from hype_desktop.ui.team.share_choice import ShareChoiceDialog

    # the invitations given with the files, the outcome (None: nothing collated), the charts
    Collated = tuple[SplitPaths, CollationOutcome | None, dict[str, bytes]]


def collate_files(paths: list[Path], ctx: AppContext, progress: Progress,
                  chart_texts: ChartTexts | None = None,
                  choices: tuple[list[Path], list[str]] = ([], [])) -> Collated:
    """Read and collate ``paths`` (run off the GUI thread, on its own database connection), then
    draw the results' charts there too.

    Returns the invitations given with the files, the outcome (None when an invitation could
    not be read: the group sizes it promised are unknown, so nothing is collated) and the charts
    as PNG bytes by key. ``choices``: the files, and the people whose saved share, the collator
    chose where one person has two shares."""
    from hype_desktop.collation.collate import collate_round
    from hype_desktop.collation.invitations import split_invitations
    from hype_desktop.domain.preset import group_sizes
    split = split_invitations(paths)  # an invitation's group sizes hold for its round
    if split.problems:
        return split, None, {}
    with ctx.services.team_on_own_connection() as team_store:
        outcome = collate_round(split.shares, ctx.instrument, group_sizes(ctx.preset), None, team_store, save=True,
                                progress=lambda n, total: progress(90 * n // max(1, total)),
                                round_thresholds=split.sizes,  # a trainer's preset can only raise the sizes
                                choices=choices[0], keep_saved=choices[1])
    charts: dict[str, bytes] = {}
    if outcome.aggregate is not None and outcome.ok and chart_texts is not None:
        from hype_desktop.ui.team.results_panel import render_all
        charts = render_all(ctx.instrument, ctx.lang, outcome.aggregate, chart_texts)
        progress(100)
    return split, outcome, charts


class TeamView(Retranslating, QWidget):
    home_requested = Signal()
    new_round_requested = Signal()
    rounds_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self.outcome: CollationOutcome | None = None
        self._charts: dict[str, bytes] = {}
        self._paths: list[Path] = []
        self._choices: tuple[list[Path], list[str]] = ([], [])
        self.choice_dialog: ShareChoiceDialog | None = None
        self.setAcceptDrops(True)
        layout = centred_page(self, WIDE)
        self.title = heading()
        self.intro = plain_label()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        # the lead's round actions sit above the files: the bottom row is full at large text sizes
        rounds_row = QHBoxLayout()
        self.rounds_button, self.new_round_button = QPushButton(), QPushButton()
        self.new_round_button.clicked.connect(self.new_round_requested)
        self.rounds_button.clicked.connect(self.rounds_requested)
        rounds_row.addWidget(self.rounds_button)
        rounds_row.addWidget(self.new_round_button)
        rounds_row.addStretch(1)
        layout.addLayout(rounds_row)
        self.drop_area = QFrame()
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        drop_layout = QHBoxLayout(self.drop_area)
        self.drop_label = plain_label()
        self.files_button = QPushButton()
        self.folder_button = QPushButton()
        self.files_button.clicked.connect(self.pick_files)
        self.folder_button.clicked.connect(self.pick_folder)
        drop_layout.addWidget(self.drop_label, 1)
        drop_layout.addWidget(self.files_button)
        drop_layout.addWidget(self.folder_button)
        layout.addWidget(self.drop_area)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.report_caption = plain_label()
        self.report = QListWidget()
        self.report.setMaximumHeight(110)  # the results below need the room on a 768-pixel screen
        self.report.setIconSize(QSize(16, 16))
        layout.addWidget(self.report_caption)
        layout.addWidget(self.report)
        self.warning = plain_label(role="warning")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        from hype_desktop.ui.team.results_panel import ResultsPanel
        self.panel = ResultsPanel(ctx)
        self.results = self.panel.words  # the same results in words
        layout.addWidget(self.panel, 1)
        # The team's workshop result for this round (workshop mode, linked to the round) can go
        # into the team PDF beside the collated view.
        self.workshop: WorkshopResult | None = None  # the round's, if one is linked
        self.workshop_check = QCheckBox()
        self.workshop_check.setVisible(False)
        self.workshop_hint = plain_label(role="hint")
        self.workshop_hint.setVisible(False)
        layout.addWidget(self.workshop_check)
        layout.addWidget(self.workshop_hint)
        self.pdf_status = plain_label()
        self.pdf_status.setVisible(False)
        layout.addWidget(self.pdf_status)
        bar = QHBoxLayout()
        self.home_button = QPushButton()
        self.save_button = QPushButton()
        self.pdf_button = QPushButton()
        self.delete_button = QPushButton()
        self.save_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.delete_button.setEnabled(False)
        self.home_button.clicked.connect(self.home_requested)
        self.save_button.clicked.connect(self.save_summary)
        self.delete_button.clicked.connect(self.delete_submissions)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.retranslate()

    # --- input ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.collate(paths)

    def pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose share files"), "",
                                                self.tr("HyPe share files and round invitations (*.hype *.hype-round)"))
        if files:
            self.collate([Path(f) for f in files])

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of share files"))
        if folder:
            self.collate([Path(folder)])

    def collate(self, paths: list[Path], choices: tuple[list[Path], list[str]] = ([], [])) -> None:
        """Collate ``paths``; ``choices`` as the collator made them in the ShareChoiceDialog."""
        self._paths, self._choices = list(paths), choices
        self.report.clear()
        self.panel.clear_results()
        self.warning.setVisible(False)
        self.outcome = None  # nothing of an earlier collation is saved from here on
        for button in (self.save_button, self.pdf_button, self.delete_button):
            button.setEnabled(False)
        self._find_workshop()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        ctx, texts = self.ctx, self.panel.chart_texts()
        self.background.run(lambda progress: collate_files(paths, ctx, progress, texts, choices), self._collated,
                            failure=self._failed, progress=self._progress)

    # --- results -------------------------------------------------------------------------------
    def _progress(self, percent: int) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)

    def _collated(self, result: Collated) -> None:
        split, outcome, self._charts = result
        self._invitations(split)
        if outcome is None:
            self._blocked()
        else:
            self._done(outcome)

    def _invitations(self, split: SplitPaths) -> None:
        """Report the invitations given with the files, before the per-file report."""
        for problem in split.problems:
            self.report.addItem(problem.render(self.ctx.lang))
        for path, rid, sizes in split.invitations:
            self.report.addItem(self.tr("%1: invitation of round %2; its minimum group sizes apply (%3 for "
                                        "scores, %4 for distributions and text)")
                                .replace("%1", path.name).replace("%2", rid[:8])
                                .replace("%3", str(sizes.k_scores)).replace("%4", str(sizes.k_detail)))

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        from hype_desktop.collation.refusals import ReleaseRefused
        if isinstance(exc, ReleaseRefused) and exc.conflicts:
            self._choose(exc.conflicts)
            return
        self.warning.setText(self.tr("The collation stopped: %1").replace("%1", self.background.describe(exc)))
        self.warning.setVisible(True)
        announce(self, self.warning.text(), assertive=True)

    def _choose(self, conflicts: list[Conflict]) -> None:
        """Two shares of one person: nothing is shown until the collator chooses which counts."""
        from hype_desktop.ui.team.share_choice import ShareChoiceDialog
        self.warning.setText(self.tr("Nothing was collated: one person sent two different shares. Choose "
                                     "which one counts, or collate again without one of them."))
        self.warning.setVisible(True)
        announce(self, self.warning.text(), assertive=True)
        dialog = self.choice_dialog = ShareChoiceDialog(self.ctx, conflicts, self)
        paths, earlier = self._paths, self._choices

        def use() -> None:
            files, keep = dialog.chosen()
            self.collate(paths, (earlier[0] + files, earlier[1] + keep))
        dialog.accepted.connect(use)
        dialog.open()

    def _blocked(self) -> None:
        self._finish()
        self.warning.setText(self.tr(
            "A round invitation given with the files could not be read (see the list above), so nothing "
            "was collated: its minimum group sizes might be larger than those used otherwise. Fix or "
            "remove that file and collate again."))
        self.warning.setVisible(True)
        announce(self, self.warning.text(), assertive=True)

    def _done(self, outcome: CollationOutcome) -> None:
        announce(self, self.tr("Collation finished.") if outcome.ok
                 else self.tr("Collation finished: no valid share file remained."))
        self._finish()
        self.outcome = outcome
        from hype_desktop.ui.team.file_states import add_reports
        add_reports(self.report, outcome.run.reports, self.ctx.lang)
        self.save_button.setEnabled(outcome.ok)
        self.pdf_button.setEnabled(outcome.ok)
        self._find_workshop()
        self.delete_button.setEnabled(outcome.run.round is not None)
        agg = outcome.aggregate
        if not outcome.ok or agg is None:
            self.results.setPlainText(self.tr("No valid share file remained."))
            self.panel.setCurrentWidget(self.results)
            return
        warnings = []
        if not agg.anything_shown:
            warnings.append(self.tr(
                "Fewer than %1 people counted, so no scores are shown. For a team this small, reflecting "
                "together in workshop mode works better.").replace("%1", str(agg.thresholds.k_scores)))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        if warnings:  # said after "Collation finished.", which it stands beside on screen
            announce(self, " ".join(warnings))
        self.panel.show_outcome(outcome, self.describe(outcome), self._charts)

    def _find_workshop(self) -> None:
        """Offer the team's workshop result linked to the collated round (newest), if any."""
        self.workshop = None
        r = self.outcome.run.round if self.outcome is not None else None
        if self.outcome is not None and self.outcome.ok and r is not None:
            self.workshop = self.ctx.services.linked_workshop(self.ctx.instrument, r.id)
        self.workshop_check.setChecked(self.workshop is not None)
        self.workshop_check.setVisible(self.workshop is not None)
        self.workshop_hint.setVisible(self.outcome is not None and self.outcome.ok and self.workshop is None)
        self._workshop_texts()

    def _workshop_texts(self) -> None:
        w = self.workshop
        if w is not None:
            self.workshop_check.setText(self.tr("Add to the PDF what the team agreed together in the workshop "
                                                "(%1, %2)").replace("%1", w.team_name)
                                        .replace("%2", self.ctx.fmt_date(date.fromisoformat(w.date))))
        self.workshop_check.setAccessibleName(self.tr("Add the team's workshop result to the team PDF"))
        self.workshop_hint.setText(self.tr(
            "No workshop result is linked to this round. To put the team's agreed view into the PDF, "
            "choose this round under “Collated round” when you start workshop mode, or link a finished "
            "workshop to it afterwards (My reflections › the team › Link to a collated round)."))

    def chosen_workshop(self) -> WorkshopResult | None:
        """The workshop result to put into the team PDF: only when offered and ticked."""
        return self.workshop if self.workshop is not None and self.workshop_check.isChecked() else None

    def describe(self, outcome: CollationOutcome) -> str:
        """The group results in words, exactly as far as the thresholds allow."""
        inst, lang, agg = self.ctx.instrument, self.ctx.lang, outcome.aggregate
        r = outcome.run.round
        if agg is None or r is None:
            return self.tr("No valid share file remained.")
        from hype_desktop.domain.reflection import Phase
        k, kd = agg.thresholds.k_scores, agg.thresholds.k_detail
        lines = [self.tr("Team %1 · %2 · %3 · %4 people").replace("%1", outcome.run.team_code)
                 .replace("%2", phase_name(Phase(r.phase)))
                 .replace("%3", self.ctx.fmt_date(date.fromisoformat(r.date)))
                 .replace("%4", str(agg.contributors)),
                 self.tr("Round fingerprint: %1").replace("%1", outcome.fingerprint),
                 self.tr("Minimum group sizes: %1 people for scores, %2 for distributions and shared text.")
                 .replace("%1", str(k)).replace("%2", str(kd)), ""]
        if outcome.left_out:  # named, never counted
            lines[-1:-1] = [self.tr("Left out: members also answered content this app does not have (%1). "
                                    "The rest is collated on the factors in common.")
                            .replace("%1", ", ".join(outcome.left_out))]
        for fid, s in agg.factors.items():
            title = inst.factor(fid).title.get(lang)
            if s.mean is None:
                lines.append(self.tr("%1: fewer than %2 answers").replace("%1", title).replace("%2", str(k)))
            elif s.sd is None or s.median is None:  # a spread only from the detail size
                lines.append(self.tr("%1: mean %2 (%3 people)").replace("%1", title)
                             .replace("%2", self.ctx.fmt_score(s.mean)).replace("%3", str(s.n)))
            else:
                lines.append(self.tr("%1: mean %2, median %3, spread %4 (%5 people)").replace("%1", title)
                             .replace("%2", self.ctx.fmt_score(s.mean)).replace("%3", self.ctx.fmt_score(s.median))
                             .replace("%4", self.ctx.fmt_score(s.sd)).replace("%5", str(s.n)))
        if agg.most_disputed:
            lines += ["", self.tr("Where views differ most (the best starting points for discussion):")]
            lines += [f"  • {inst.item(i).text.get(lang)}" for i in agg.most_disputed]
        if agg.most_agreed:
            lines += ["", self.tr("Where the team agrees most:")]
            lines += [f"  • {inst.item(i).text.get(lang)}" for i in agg.most_agreed]
        if outcome.change:
            lines += ["", self.tr("Change since the previous round:")]
            for c in outcome.change:
                lines.append(f"  • {inst.factor(c.factor_id).title.get(lang)}: "
                             f"{self.ctx.fmt_score(c.before)} → {self.ctx.fmt_score(c.after)}")
        for caption, groups in ((self.tr("Shared next steps:"), agg.next_steps),
                                (self.tr("Shared notes and answers (in random order):"), agg.free_text)):
            if groups:
                lines += ["", caption]
                for group, texts in groups.items():
                    head = inst.factor(group).title.get(lang) if group else self.tr("Other")
                    lines.append(f"  {head}")
                    lines += [f"    – {t}" for t in texts]
        if not agg.free_text and not agg.next_steps:
            lines += ["", self.tr("Shared text is shown from %1 people up.").replace("%1", str(kd))]
        return "\n".join(lines)

    def save_summary(self) -> None:
        if self.outcome is None or not self.outcome.ok:
            return
        path = ask_save_path(self, self.tr("Save the team summary"), self._file_name(".hype-team"),
                             self.tr("HyPe team summary (*.hype-team)"), (".hype-team",))
        if path is not None:
            self.save_summary_to(str(path))

    def _file_name(self, suffix: str) -> str:
        """The default name of the collated round's summary or PDF: its team code and date."""
        run = self.outcome.run if self.outcome is not None else None
        when = date.fromisoformat(run.round.date) if run is not None and run.round is not None else None
        return default_name("team_summary", suffix, when=when, team=run.team_code if run is not None else "")

    def save_summary_to(self, path: str) -> None:
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.team_formats import write_team_file
        from hype_desktop.ui.background import describe
        summary = self.outcome.summary if self.outcome is not None else None
        if summary is None:
            return
        try:
            write_team_file(path, summary)
        except FileProblem as problem:
            QMessageBox.warning(self, self.tr("Team"), problem.render(self.ctx.lang))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Team"), describe(exc, self.ctx.lang))
            return
        confirm_saved(self, Path(path))

    def save_pdf(self) -> None:
        if self.outcome is None or not self.outcome.ok:
            return
        path = ask_save_path(self, self.tr("Save the team PDF"), self._file_name(".pdf"),
                             self.tr("PDF files (*.pdf)"), (".pdf",))
        if path is not None:
            self.save_pdf_to(str(path))

    def save_pdf_to(self, path: str) -> None:
        """Write the team PDF in the background; the progress bar follows it."""
        target, instrument, outcome, lang = Path(path), self.ctx.instrument, self.outcome, self.ctx.lang
        if outcome is None:
            return
        workshop = self.chosen_workshop()

        def work(progress: Progress) -> int:
            from hype_desktop.reports.pdf_team_report import write_team_pdf  # reportlab loads here
            return write_team_pdf(target, instrument, outcome, lang, progress=progress, workshop=workshop)

        self.pdf_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.background.run(work, lambda pages: self._pdf_done(path, pages), failure=self._pdf_failed,
                            progress=self.progress.setValue)

    def _pdf_done(self, path: str, pages: int) -> None:
        self.progress.setVisible(False)
        self.pdf_button.setEnabled(True)
        self.pdf_status.setText(self.tr("The team PDF was saved to %1 (%2 pages).").replace("%1", path)
                                .replace("%2", str(pages)))
        self.pdf_status.setVisible(True)
        confirm_saved(self, Path(path))

    def _pdf_failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.pdf_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Team"), self.background.describe(exc))

    def delete_submissions(self, confirm: bool = True) -> int:
        if self.outcome is None or self.outcome.run.round is None:
            return 0
        if confirm and QMessageBox.question(self, self.tr("Team"), self.tr(
                "Delete this round's collated answers? The saved group results stay.")) \
                != QMessageBox.StandardButton.Yes:
            return 0
        n = self.ctx.services.team().delete_submissions(self.outcome.run.round.id)
        self.delete_button.setEnabled(False)
        return n


    def retranslate(self) -> None:
        from hype_desktop.domain.preset import group_sizes
        sizes = group_sizes(self.ctx.preset)  # a round's invitation may raise them further
        self.title.setText(self.tr("Team"))
        self.intro.setText(self.tr(
            "Collate your team members' share files (.hype). You see group results only: scores from %1 "
            "people up, distributions and shared text from %2 people up. Nobody's answers are shown one by one.")
            .replace("%1", str(sizes.k_scores)).replace("%2", str(sizes.k_detail)))
        self.drop_label.setText(self.tr("Drop share files or a folder here, or choose them:"))
        self.files_button.setText(self.tr("Choose f&iles…"))  # Alt+F is the File menu
        self.files_button.setAccessibleDescription(self.tr("Choose share files"))
        self.folder_button.setText(self.tr("Choose a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder of share files"))
        self.progress.setAccessibleName(self.tr("Collation progress"))
        self.report_caption.setText(self.tr("Files:"))
        self.report.setAccessibleName(self.tr("Report per file"))
        self.results.setAccessibleName(self.tr("Group results"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.new_round_button.setText(self.tr("&New team round…"))
        self.new_round_button.setAccessibleName(self.tr("Create a new team round and its invitation"))
        self.rounds_button.setText(self.tr("&Rounds"))
        self.rounds_button.setAccessibleName(self.tr("The team rounds and their status"))
        self.save_button.setText(self.tr("&Save team summary…"))
        self.save_button.setAccessibleDescription(self.tr("Save the team summary to send to the team"))
        self.pdf_button.setText(self.tr("Save team &PDF…"))
        self.pdf_button.setAccessibleDescription(self.tr("Save the team PDF for the workshop"))
        self.delete_button.setText(self.tr("&Delete collated answers"))
        self.delete_button.setAccessibleDescription(
            self.tr("Delete this round's collated answers, keeping the group results"))
        self._workshop_texts()
