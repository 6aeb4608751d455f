"""History: one's reflections, newest first; open, correct, continue or delete one.

The same view lists a team's own reflections (workshop mode, a profile of kind "team"): a
picker chooses whose reflections are shown, never a mix of the team's and one's own.
"""

from __future__ import annotations

import weakref
from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.reflection import Reflection
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name
from hype_desktop.ui.widgets import Retranslating, centred_page, heading, plain_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from hype_desktop.store.team import TeamRound
    from hype_desktop.ui.link_round_dialog import LinkRoundDialog


@runtime_checkable
class ProfileShowing(Protocol):
    """A view that shows one profile's reflections at a time (one's own or a team's)."""

    def show_profile(self, profile_id: int) -> None: ...


class HistoryView(Retranslating, QWidget):
    """Emits what the user wants done; the main window switches views."""

    open_requested = Signal(int)      # read a finished reflection (its summary)
    correct_requested = Signal(int)   # reopen a finished reflection to correct answers
    continue_requested = Signal(int)  # continue an unfinished one
    trends_requested = Signal()
    home_requested = Signal()
    workshop_requested = Signal(str)  # team name: continue an unfinished team reflection there

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, profile_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile_id = ctx.profile_id if profile_id is None else profile_id
        self.reflections: list[Reflection] = []
        self.teams: list[tuple[int, str]] = []  # (profile id, name) of the team profiles
        self.team_rounds: list[TeamRound] = []  # collated rounds, newest first, while a team is shown
        self.link_dialog: LinkRoundDialog | None = None
        layout = centred_page(self, 1.25)
        self.title = heading()
        layout.addWidget(self.title)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        self.whose_label, self.whose = whose_picker(self, layout)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = plain_label()
        layout.addWidget(self.empty)
        bar = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        # a team's finished workshop linked to a collated round afterwards (for its team PDF)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link_selected)
        self.trends_button = QPushButton()
        self.trends_button.clicked.connect(self.trends_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested)
        for b in (self.open_button, self.correct_button, self.link_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.trends_button)
        bar.addWidget(self.home_button)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        self.teams = self.ctx.store.team_profiles()
        self.reflections = self.ctx.services.history().history(self.profile_id)
        if self.team_name() is not None:
            from hype_desktop.ui.link_round_dialog import collated_rounds
            self.team_rounds = collated_rounds(self.ctx)
        else:
            self.team_rounds = []  # one's own reflections are never linked
        self.retranslate()
        if self.reflections:
            self.table.selectRow(0)

    def team_name(self) -> str | None:
        """The name of the team whose reflections are shown, or None for one's own."""
        return dict(self.teams).get(self.profile_id) if self.profile_id != self.ctx.profile_id else None

    def show_profile(self, profile_id: int) -> None:
        """Show one's own reflections or a team's (never both in one list)."""
        if profile_id is not None and profile_id != self.profile_id:
            self.profile_id = profile_id
            self.reload()

    def selected(self) -> Reflection | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reflections[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        team = self.team_name()
        if team is not None and not r.finished:
            self.workshop_requested.emit(team)  # a team goes on together, in workshop mode
            return
        (self.open_requested if r.finished else self.continue_requested).emit(r.id)

    def correct_selected(self) -> None:
        r = self.selected()
        if r is not None and r.finished and self.team_name() is None:
            self.correct_requested.emit(r.id)

    def link_selected(self) -> None:
        """Link the selected finished team reflection to a collated round, relink or unlink it."""
        r = self.selected()
        if r is None or not r.finished or self.team_name() is None or not self.team_rounds:
            return
        from hype_desktop.ui.link_round_dialog import LinkRoundDialog
        self.link_dialog = dialog = LinkRoundDialog(self.ctx, r, self.team_rounds, self)
        dialog.linked.connect(self._linked)
        dialog.open()

    def _linked(self, reflection: Reflection) -> None:
        ids = [r.id for r in self.reflections]
        self.reload()
        if reflection.id in ids:
            self.table.selectRow(ids.index(reflection.id))
        self.link_button.setFocus()

    def delete_selected(self, *, confirm: bool = True) -> bool:
        """Delete the selected reflection for real, after the user confirms."""
        r = self.selected()
        if r is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete reflection"), "",
                              QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(self.tr(
                "Delete the reflection “%1” of %2? Its answers, notes and next steps are removed "
                "from this computer for good. This cannot be undone.")
                .replace("%1", self._occasion(r)).replace("%2", self.ctx.fmt_date(self._when(r))))
            delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not delete:
                return False
        row = self.reflections.index(r)
        self.ctx.store.delete(r.id)
        self.reload()
        if self.reflections:
            self.table.selectRow(min(row, len(self.reflections) - 1))
        return True

    def _update_buttons(self) -> None:
        r = self.selected()
        self.open_button.setEnabled(r is not None)
        self.correct_button.setEnabled(r is not None and r.finished)
        # the team's answers were agreed together: they are not corrected alone afterwards
        self.correct_button.setVisible(self.team_name() is None)
        self.delete_button.setEnabled(r is not None)
        self.link_button.setVisible(self.team_name() is not None and bool(self.team_rounds))
        self.link_button.setEnabled(r is not None and r.finished)
        if r is not None and not r.finished:
            self.open_button.setText(self.tr("&Continue"))
        else:
            self.open_button.setText(self.tr("&Open"))

    @staticmethod
    def _when(r: Reflection) -> date:
        return r.round.date

    @staticmethod
    def _occasion(r: Reflection) -> str:
        return occasion_name(r.round.phase, r.round.label)


    def retranslate(self) -> None:
        ctx, inst, lang = self.ctx, self.ctx.instrument, self.ctx.lang
        team = self.team_name()
        fill_whose_picker(self.whose_label, self.whose, ctx.profile_id, self.teams, self.profile_id)
        if team is None:
            self.title.setText(self.tr("My reflections"))
            self.intro.setText(self.tr(
                "Newest first. Open one to read it; correct a finished one if an answer was not what "
                "you meant (the correction time is kept)."))
            self.table.setAccessibleName(self.tr("My reflections, newest first"))
        else:
            self.title.setText(self.tr("Reflections of the team %1").replace("%1", team))
            self.intro.setText(self.tr(
                "What the team agreed together in workshop mode, newest first, kept apart from your own "
                "reflections. Open one to read it; an unfinished one continues in workshop mode."))
            self.table.setAccessibleName(self.tr("The team's reflections, newest first"))
        self.title.setAccessibleName(self.title.text())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Occasion"), self.tr("Modules"), self.tr("State")])
        self.table.setRowCount(len(self.reflections))
        titles = {m.id: m.title.get(lang) for m in inst.modules}
        for row, r in enumerate(self.reflections):
            if not r.finished:
                state = self.tr("Unfinished")
            elif r.corrected_at:
                state = self.tr("Finished %1, corrected %2").replace(
                    "%1", ctx.fmt_date(r.finished_at)).replace("%2", ctx.fmt_date(r.corrected_at))
            else:
                state = self.tr("Finished %1").replace("%1", ctx.fmt_date(r.finished_at))
            if team is not None and r.round.round_uid:
                state = self.tr("%1; linked to the collated round of team %2").replace(
                    "%1", state).replace("%2", r.round.team_code)
            cells = [ctx.fmt_date(self._when(r)), self._occasion(r),
                     ", ".join(titles.get(m, m) for m in r.modules), state]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the modules may be elided
                self.table.setItem(row, col, item)
        # Date, occasion and state fit their text; the module list takes the rest (elided, with
        # a tooltip) so the state column is never pushed off the screen.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col, mode in enumerate([QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents]):
            header.setSectionResizeMode(col, mode)
        self.table.setVisible(bool(self.reflections))
        self.empty.setVisible(not self.reflections)
        if team is None:
            self.empty.setText(self.tr(
                "No reflections yet. When you have made one, it is listed here, and you can come back "
                "to read or correct it."))
        else:
            self.empty.setText(self.tr(
                "The team has no reflections yet. Reflect together in workshop mode (File › Workshop "
                "mode) with the team name “%1”; the result is listed here.").replace("%1", team))
        self.open_button.setAccessibleName(self.tr("Open the selected reflection"))
        self.correct_button.setText(self.tr("Co&rrect answers"))  # Alt+O is Open
        self.correct_button.setAccessibleName(self.tr("Reopen the selected finished reflection to correct answers"))
        self.link_button.setText(self.tr("&Link to a collated round…"))
        self.link_button.setAccessibleName(self.tr(
            "Link the selected team reflection to a collated round, or change or remove the link"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected reflection"))
        self.trends_button.setText(self.tr("Change over &time"))
        self.trends_button.setAccessibleName(self.tr("Show change over time"))
        self.home_button.setText(self.tr("&Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self._update_buttons()


def whose_picker(view: QWidget, layout: QVBoxLayout) -> tuple[QLabel, QComboBox]:
    """A label and a combo box choosing whose reflections ``view`` shows: one's own or a team's;
    added to ``layout`` as one row, a choice calls ``view.show_profile(profile id)``.

    Hidden while there are no team reflections (workshop mode makes the first team)."""
    label = plain_label(wrap=False)
    combo = QComboBox(view)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    label.setBuddy(combo)
    # A weak reference: PySide keeps a connected lambda (and what it holds) after the view is
    # deleted, so a lambda holding the view would keep it and all its data for good.
    shown = weakref.ref(view)
    combo.activated.connect(lambda _i: isinstance(v := shown(), ProfileShowing)
                            and v.show_profile(combo.currentData()))
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo)
    row.addStretch(1)
    layout.addLayout(row)
    return label, combo


def fill_whose_picker(label: QLabel, combo: QComboBox, own_id: int, teams: list[tuple[int, str]],
                      shown_id: int) -> None:
    """Mine first, then each team by name; the shown profile selected. Team names are plain
    text (a combo box item is never markup)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("WhosePicker", "My own reflections"), own_id)
    for pid, name in teams:
        combo.addItem(QCoreApplication.translate("WhosePicker", "Team: %1").replace("%1", name), pid)
    combo.setCurrentIndex(max(0, combo.findData(shown_id)))
    combo.blockSignals(False)
    label.setText(QCoreApplication.translate("WhosePicker", "&Whose reflections:"))
    combo.setAccessibleName(QCoreApplication.translate("WhosePicker", "Whose reflections to show: my own or a team's"))
    visible = bool(teams) or shown_id != own_id
    label.setVisible(visible)
    combo.setVisible(visible)
