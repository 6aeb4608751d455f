"""First screen of a reflection: what it is (and is not), how long, the occasion and the modules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import limits
from hype_desktop.domain.reflection import Phase, ReflectionForm, Round
from hype_desktop.domain.time_estimate import minutes_for_scope
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.widgets import Retranslating, centred_column, heading, plain_label


class StartPage(Retranslating, QWidget):
    """Emits ``start_requested(round, module_ids, chosen_factor_ids, form)``."""

    start_requested = Signal(object, tuple, tuple, object)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the Tab stops
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        centred_column(scroll, body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)

        self.title = heading()
        self.aid_note = plain_label(role="disclaimer")
        layout.addWidget(self.title)
        layout.addWidget(self.aid_note)

        self.form_box = QGroupBox()
        form_layout = QVBoxLayout(self.form_box)
        self.quick_radio = QRadioButton()
        self.full_radio = QRadioButton()
        self.estimate = plain_label(role="hint")
        for radio in (self.quick_radio, self.full_radio):
            form_layout.addWidget(radio)
        form_layout.addWidget(self.estimate)
        has_short = ctx.instrument.has_short_form
        (self.quick_radio if has_short else self.full_radio).setChecked(True)
        self.form_box.setVisible(has_short)
        layout.addWidget(self.form_box)

        self.occasion_box = QGroupBox()
        form = QFormLayout(self.occasion_box)
        self.phase = QComboBox()
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(limits.LABEL_MAX)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.phase_caption = plain_label(wrap=False)
        self.label_caption = plain_label(wrap=False)
        self.date_caption = plain_label(wrap=False)
        form.addRow(self.phase_caption, self.phase)
        form.addRow(self.label_caption, self.label_edit)
        form.addRow(self.date_caption, self.date_edit)
        for caption, field in ((self.phase_caption, self.phase), (self.label_caption, self.label_edit),
                               (self.date_caption, self.date_edit)):
            caption.setBuddy(field)
        layout.addWidget(self.occasion_box)

        self.modules_box = QGroupBox()
        mod_layout = QVBoxLayout(self.modules_box)
        self.module_checks: dict[str, QCheckBox] = {}
        self.factor_checks: dict[str, QCheckBox] = {}
        for module in ctx.instrument.current_modules:
            check = QCheckBox()
            check.setChecked(module.default_selected)
            self.module_checks[module.id] = check
            mod_layout.addWidget(check)
            if module.choose_factors:
                sub = QWidget()
                sub_layout = QVBoxLayout(sub)
                sub_layout.setContentsMargins(28, 0, 0, 0)
                for factor in module.factors:
                    fcheck = QCheckBox()
                    self.factor_checks[factor.id] = fcheck
                    sub_layout.addWidget(fcheck)
                    fcheck.toggled.connect(self._theme_toggled)
                mod_layout.addWidget(sub)
            check.toggled.connect(self._update_start)
        for fcheck in self.factor_checks.values():
            fcheck.toggled.connect(self._update_start)
        self.quick_radio.toggled.connect(self._update_start)
        self.hint = plain_label(role="hint")
        mod_layout.addWidget(self.hint)
        layout.addWidget(self.modules_box)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        outer.addLayout(buttons)
        self.start_button.clicked.connect(self._start)
        self.cancel_button.clicked.connect(self.cancelled)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._start_if_enabled)
        self.retranslate()

    def preset_round(self, round_: Round, modules: tuple[str, ...] = ()) -> None:
        """Pre-fill from an invitation (team rounds) or a preset."""
        self.phase.setCurrentIndex(list(Phase).index(round_.phase))
        self.label_edit.setText(round_.label)
        self.date_edit.setDate(QDate(round_.date.year, round_.date.month, round_.date.day))
        if modules:
            for mid, check in self.module_checks.items():
                check.setChecked(mid in modules)

    def _theme_toggled(self, on: bool) -> None:
        """Ticking a theme ticks its module too."""
        if on:
            for module in self.ctx.instrument.current_modules:
                if module.choose_factors and any(self.factor_checks[f.id].isChecked() for f in module.factors):
                    self.module_checks[module.id].setChecked(True)

    def form(self) -> ReflectionForm:
        return ReflectionForm.SHORT if self.quick_radio.isChecked() else ReflectionForm.FULL

    def _chosen(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        modules = tuple(mid for mid, c in self.module_checks.items() if c.isChecked())
        factors = tuple(fid for fid, c in self.factor_checks.items() if c.isChecked())
        return modules, factors

    def _update_start(self) -> None:
        modules, factors = self._chosen()
        scope = self.ctx.instrument.scope_for_modules(modules, factors)
        self.start_button.setEnabled(bool(scope))
        self.hint.setVisible(not scope)
        self._show_estimates(scope)

    def _show_estimates(self, scope: tuple[str, ...]) -> None:
        """Both choices say how long they take for the modules ticked now, and the chosen one how
        many statements that is: an honest figure, not a promise from a brochure."""
        inst = self.ctx.instrument
        quick, _ = minutes_for_scope(inst, scope, True)
        full, _ = minutes_for_scope(inst, scope, False)
        self.quick_radio.setText(self.tr("&Quick check-in (about %1 min)").replace("%1", str(quick)))
        self.full_radio.setText(self.tr("F&ull reflection (about %1 min)").replace("%1", str(full)))
        for radio in (self.quick_radio, self.full_radio):
            radio.setAccessibleName(radio.text().replace("&", ""))
        minutes, statements = minutes_for_scope(inst, scope, self.form() is ReflectionForm.SHORT)
        self.estimate.setText(self.tr(
            "About %1 minutes for %2 statements. Notes and answers in your own words are optional "
            "and take longer; you can stop at any time and continue later.")
            .replace("%1", str(minutes)).replace("%2", str(statements)))

    def _start_if_enabled(self) -> None:
        if self.start_button.isEnabled():
            self._start()

    def _start(self) -> None:
        modules, factors = self._chosen()
        d = self.date_edit.date()
        round_ = Round(phase=list(Phase)[self.phase.currentIndex()], date=date(d.year(), d.month(), d.day()),
                       label=self.label_edit.text().strip())
        self.start_requested.emit(round_, modules, factors, self.form())


    def retranslate(self) -> None:
        lang = self.ctx.lang
        inst = self.ctx.instrument
        self.title.setText(self.tr("Start a reflection"))
        self.aid_note.setText(self.tr(
            "This is a reflection aid, not a test or a diagnosis. There are no right or wrong answers. "
            "Your answers stay on this computer; nothing leaves it unless you export it yourself. "
            "Every answer is saved the moment you give it, so you can stop at any time and continue later."))
        self.form_box.setTitle(self.tr("How much time do you have?"))
        self.quick_radio.setToolTip(self.tr(
            "Fewer statements per factor, chosen so the scores stay comparable with a full reflection."))
        self.occasion_box.setTitle(self.tr("Occasion"))
        self.phase_caption.setText(self.tr("&Round:"))
        self.label_caption.setText(self.tr("&Name (optional):"))
        self.date_caption.setText(self.tr("&Date:"))
        current = max(0, self.phase.currentIndex())
        self.phase.clear()
        self.phase.addItems([phase_name(p) for p in Phase])
        self.phase.setCurrentIndex(current)
        self.phase.setAccessibleName(self.tr("Round"))
        self.label_edit.setAccessibleDescription(self.tr("Name of the round (optional)"))
        self.label_edit.setPlaceholderText(self.tr("e.g. Spring kick-off"))
        self.date_edit.setAccessibleName(self.tr("Date of the round"))
        self.date_edit.setDisplayFormat(self.ctx.language.locale().dateFormat(
            self.ctx.language.locale().FormatType.ShortFormat))
        self.modules_box.setTitle(self.tr("What to reflect on"))
        for module in inst.current_modules:
            check = self.module_checks[module.id]
            text = module.title.get(lang)
            if module.sensitive:
                text += " " + self.tr("(optional; these answers are especially personal)")
            check.setText(text)
            check.setAccessibleName(text)
            check.setToolTip(module.intro.get(lang))
            check.setAccessibleDescription(module.intro.get(lang))
            for factor in module.factors if module.choose_factors else ():
                fcheck = self.factor_checks[factor.id]
                fcheck.setText(factor.title.get(lang))
                fcheck.setAccessibleName(factor.title.get(lang))
                fcheck.setToolTip(factor.description.get(lang))
        self.hint.setText(self.tr("Choose at least one module (and, for the themes, at least one theme)."))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back home"))
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start the reflection"))
        self._update_start()
