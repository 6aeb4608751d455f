"""Trainer › Set up for a programme…: write a valid hype-preset.json without a text editor.

Organisation, a logo picked from a file (made upright, stripped of its metadata, scaled down),
the default language and team code, the programme's rounds on a calendar, the modules offered
as check boxes, and group sizes that can only be raised. Saving checks the file exactly as the
app reads it and writes nothing while a problem remains; the problems are listed in plain words
with their places, as `hype-desktop validate-preset` prints them, and announced.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import limits
from hype_desktop.domain.preset import MIN_K_DETAIL, MIN_K_SCORES
from hype_desktop.domain.reflection import Phase
from hype_desktop.formats.preset_writing import PresetDraft, PresetRound
from hype_desktop.ui.a11y import announce, set_window_title
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, documents_dir
from hype_desktop.ui.widgets import heading, plain_label

PHASES = (Phase.KICKOFF, Phase.TEAM_WORKSHOP, Phase.CLOSING, Phase.COACHING, Phase.CHECK_IN)
LANGUAGE_CHOICES = ((None, "—"), ("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class PresetEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.logo_png: bytes | None = None
        self.pack: str | None = None
        outer = QVBoxLayout(self)
        self.title = heading()
        self.intro = plain_label()
        outer.addWidget(self.title)
        outer.addWidget(self.intro)

        form = QFormLayout()
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(limits.NAME_MAX)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation)
        form.addRow(self.organisation_label, self.organisation)
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(48)
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self.pick_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.clicked.connect(lambda: self._set_logo(None))
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        self.logo_label = QLabel()
        self.logo_label.setBuddy(self.logo_button)
        form.addRow(self.logo_label, logo_row)
        self.language = QComboBox()
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.team_code = QLineEdit()
        self.team_code.setMaxLength(limits.TEAM_CODE_MAX)
        self.team_code_label = QLabel()
        self.team_code_label.setBuddy(self.team_code)
        form.addRow(self.team_code_label, self.team_code)
        outer.addLayout(form)

        self.modules_box = QGroupBox()
        modules_layout = QVBoxLayout(self.modules_box)
        self.module_checks: dict[str, QCheckBox] = {}
        for module in ctx.instrument.current_modules:
            check = QCheckBox()
            check.setChecked(module.default_selected or module.sensitive)
            self.module_checks[module.id] = check
            modules_layout.addWidget(check)
        outer.addWidget(self.modules_box)

        self.rounds_box = QGroupBox()
        rounds_layout = QVBoxLayout(self.rounds_box)
        self.rounds_hint = plain_label()
        rounds_layout.addWidget(self.rounds_hint)
        self.rounds = QTableWidget(0, 3)
        self.rounds.verticalHeader().setVisible(False)
        self.rounds.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rounds_layout.addWidget(self.rounds)
        buttons = QHBoxLayout()
        self.add_round_button = QPushButton()
        self.add_round_button.clicked.connect(lambda: self.add_round())
        self.remove_round_button = QPushButton()
        self.remove_round_button.clicked.connect(self.remove_round)
        buttons.addWidget(self.add_round_button)
        buttons.addWidget(self.remove_round_button)
        buttons.addStretch(1)
        rounds_layout.addLayout(buttons)
        outer.addWidget(self.rounds_box)

        sizes = QFormLayout()
        self.k_scores = QSpinBox()
        self.k_scores.setRange(MIN_K_SCORES, 100)
        self.k_detail = QSpinBox()
        self.k_detail.setRange(MIN_K_DETAIL, 100)
        self.k_scores_label, self.k_detail_label = QLabel(), QLabel()
        self.k_scores_label.setBuddy(self.k_scores)
        self.k_detail_label.setBuddy(self.k_detail)
        sizes.addRow(self.k_scores_label, self.k_scores)
        sizes.addRow(self.k_detail_label, self.k_detail)
        outer.addLayout(sizes)

        self.problems = plain_label()
        self.problems.setObjectName("problems")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                              | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()  # an empty Tab stop says nothing; shown with its first message
        outer.addWidget(self.problems)
        actions = QHBoxLayout()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_existing)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_as)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)
        outer.addLayout(actions)
        self.retranslate()
        self.organisation.setFocus()

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.ctx.lang
        set_window_title(self, self.tr("Set up for a programme"))
        self.title.setText(self.tr("Set up HyPe Desktop for your programme"))
        self.intro.setText(self.tr(
            "This writes a hype-preset.json. Teachers put it beside the app or in their settings folder "
            "(see the trainer guide); the app then shows your organisation, offers your modules and dates "
            "reflections by your rounds. Nothing is sent anywhere."))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.logo_label.setText(self.tr("Logo for PDFs:"))
        self.logo_button.setText(self.tr("Choose &logo…"))
        self.logo_remove.setText(self.tr("Remove logo"))
        self.language_label.setText(self.tr("Default lan&guage:"))
        self.team_code_label.setText(self.tr("Default &team code:"))
        self.team_code.setPlaceholderText(self.tr("e.g. SCHOOL-A"))
        self.modules_box.setTitle(self.tr("Modules teachers can choose"))
        for module in self.ctx.instrument.current_modules:
            self.module_checks[module.id].setText(module.title.get(lang))
        self.rounds_box.setTitle(self.tr("The programme's rounds"))
        self.rounds_hint.setText(self.tr(
            "A reflection is dated to the most recent round whose day has come. Each round covers the "
            "modules offered, except the load check."))
        self.rounds.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Name"), self.tr("Date")])
        self.rounds.setAccessibleName(self.tr("The programme's rounds"))
        self.add_round_button.setText(self.tr("&Add a round"))
        self.remove_round_button.setText(self.tr("&Remove the selected round"))
        self.k_scores_label.setText(self.tr("Team scores shown from at least (&people):"))
        self.k_detail_label.setText(self.tr("Distributions and texts shown from at least (p&eople):"))
        self.open_button.setText(self.tr("Open a pre&set…"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.close_button.setText(self.tr("&Close"))

    # --- rounds ---------------------------------------------------------------------------
    def add_round(self, phase: Phase = Phase.KICKOFF, label: str = "", day: date | None = None) -> None:
        row = self.rounds.rowCount()
        self.rounds.insertRow(row)
        combo = QComboBox()
        for p in PHASES:
            combo.addItem(phase_name(p), p.value)
        combo.setCurrentIndex(PHASES.index(phase))
        combo.setAccessibleName(self.tr("Phase of round %1").replace("%1", str(row + 1)))
        name = QLineEdit(label)
        name.setMaxLength(limits.LABEL_MAX)
        name.setAccessibleName(self.tr("Name of round %1").replace("%1", str(row + 1)))
        when = QDateEdit()
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd")
        when.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        when.setAccessibleName(self.tr("Date of round %1").replace("%1", str(row + 1)))
        self.rounds.setCellWidget(row, 0, combo)
        self.rounds.setCellWidget(row, 1, name)
        self.rounds.setCellWidget(row, 2, when)
        self.rounds.resizeColumnToContents(0)
        self.rounds.resizeColumnToContents(2)

    def remove_round(self) -> None:
        row = self.rounds.currentRow()
        if row >= 0:
            self.rounds.removeRow(row)

    # --- logo -----------------------------------------------------------------------------
    def _set_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        if png is None:
            self.logo_preview.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.logo_preview.setPixmap(pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))

    def pick_logo(self) -> None:
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.preset_writing import logo_png_from_file

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), str(documents_dir()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if not name:
            return
        try:
            self._set_logo(logo_png_from_file(name))
        except FileProblem as problem:
            self._tell(problem.render(self.ctx.lang))

    # --- the draft ------------------------------------------------------------------------
    def draft(self) -> PresetDraft:
        offered = tuple(m for m, check in self.module_checks.items() if check.isChecked())
        sensitive = {m.id for m in self.ctx.instrument.current_modules if m.sensitive}
        round_modules = tuple(m for m in offered if m not in sensitive)
        rounds = []
        for row in range(self.rounds.rowCount()):
            combo = self.rounds.cellWidget(row, 0)
            name = self.rounds.cellWidget(row, 1)
            when = self.rounds.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(name, QLineEdit) and isinstance(when, QDateEdit)
            qdate = when.date()
            day = date(qdate.year(), qdate.month(), qdate.day())
            rounds.append(PresetRound(str(combo.currentData()), name.text(), day, round_modules))
        return PresetDraft(
            organisation=self.organisation.text(), logo_png=self.logo_png,
            default_language=self.language.currentData(), default_team_code=self.team_code.text(),
            rounds=rounds, offered_modules=offered, instrument_pack=self.pack,
            k_scores=self.k_scores.value(), k_detail=self.k_detail.value())

    def load(self, draft: PresetDraft) -> None:
        self.organisation.setText(draft.organisation)
        self._set_logo(draft.logo_png)
        self.language.setCurrentIndex(max(0, self.language.findData(draft.default_language)))
        self.team_code.setText(draft.default_team_code)
        for module_id, check in self.module_checks.items():
            check.setChecked(not draft.offered_modules or module_id in draft.offered_modules)
        self.rounds.setRowCount(0)
        for r in draft.rounds:
            self.add_round(Phase(r.phase), r.label, r.day)
        self.pack = draft.instrument_pack
        self.k_scores.setValue(draft.k_scores)
        self.k_detail.setValue(draft.k_detail)

    def open_existing(self) -> None:
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.instrument_build import load_builtin_instrument
        from hype_desktop.formats.preset_writing import draft_from_file

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a preset"), str(documents_dir()),
                                              self.tr("Presets (hype-preset.json *.json)"))
        if not name:
            return
        try:
            self.load(draft_from_file(name, load_builtin_instrument()))
        except FileProblem as problem:
            self._tell(problem.render(self.ctx.lang))
            return
        self._tell("")

    def save_to(self, target: Path) -> bool:
        """Write the preset if it is valid; else list its problems. True when written."""
        from hype_desktop.formats.instrument_build import load_builtin_instrument
        from hype_desktop.formats.preset_writing import save_preset

        try:
            problems = save_preset(self.draft(), target, load_builtin_instrument())
        except OSError as exc:
            self._tell(self.tr("The preset could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        if problems:
            lines = [self.tr("Nothing was saved; fix these first:")]
            lines += [f"• {p.render(self.ctx.lang)}" for p in problems]
            self._tell("\n".join(lines))
            return False
        self._tell(self.tr("Saved: %1").replace("%1", str(target)))
        return True

    def save_as(self) -> None:
        # The app looks for exactly this name next to itself, so it is not translated.
        path = ask_save_path(self, self.tr("Save the preset"), "hype-preset.json",
                             self.tr("Presets (hype-preset.json *.json)"), (".json",))
        if path is not None and self.save_to(path):
            confirm_saved(self, path)

    def _tell(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))
        if text:
            announce(self, text, assertive=True)

