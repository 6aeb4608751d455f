"""New team round…: the lead fills in the round, the app writes the invitation to Documents and
offers a short message to paste into an e-mail or Teams.

It suggests a neutral collator (a trainer, occupational health, a peer) rather than the team's
supervisor: whoever creates a round collates it, and members share more openly when their
supervisor never holds their files.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import limits
from hype_desktop.domain.anonymity import Thresholds
from hype_desktop.domain.reflection import Phase
from hype_desktop.ui.a11y import announce, untab_scroll_areas
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import occasion_name, phase_name
from hype_desktop.ui.saved_files import documents_dir, show_in_folder
from hype_desktop.ui.team import round_actions as actions
from hype_desktop.ui.widgets import Retranslating, heading, plain_label

PHASES = (Phase.KICKOFF, Phase.TEAM_WORKSHOP, Phase.CLOSING, Phase.COACHING)
CODE_PATTERN = r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}"


def suggested_code(name: str) -> str:
    """A team code from the team's name: letters and digits, upper case, at most 40."""
    code = re.sub(r"[^A-Za-z0-9]+", "-", name.upper().replace("Ä", "A").replace("Ö", "O").replace("Å", "A"))
    return code.strip("-_")[:40]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class NewRoundDialog(Retranslating, QDialog):
    """Form page -> result page (where the invitation went, the message to paste)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: actions.CreatedRound | None = None
        self.floor = actions.app_group_sizes(ctx)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self._build_form()
        self._build_result()
        untab_scroll_areas(self)  # Tab goes from field to field, never to the silent scroll area
        self.resize(720, 640)
        self.retranslate()
        self.phase.currentIndexChanged.connect(lambda _i: self._from_programme())
        self._from_programme()

    # --- the form ------------------------------------------------------------------------------
    def _build_form(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title = heading()
        layout.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        col = QVBoxLayout(body)
        self.collator_hint = plain_label(role="hint")
        col.addWidget(self.collator_hint)
        form = QFormLayout()
        self.team_name = QLineEdit()
        self.team_name.setMaxLength(limits.NAME_MAX)
        self.team_code = QLineEdit()
        self.team_code.setMaxLength(limits.TEAM_CODE_MAX)
        self.team_code.setValidator(QRegularExpressionValidator(CODE_PATTERN))
        self._code_edited = False
        self.team_code.textEdited.connect(lambda _t: setattr(self, "_code_edited", True))
        self.team_name.textChanged.connect(self._name_changed)
        self.phase = QComboBox()
        for phase in PHASES:
            self.phase.addItem("", phase)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(limits.LABEL_MAX)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.deadline_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.deadline_edit.setCalendarPopup(True)
        self.members = QSpinBox()
        self.members.setRange(0, 1000)
        self.captions = {}
        for key, field in (("name", self.team_name), ("code", self.team_code), ("phase", self.phase),
                           ("label", self.label_edit), ("date", self.date_edit),
                           ("deadline", self.deadline_edit), ("members", self.members)):
            caption = plain_label(wrap=False)
            caption.setBuddy(field)
            self.captions[key] = caption
            form.addRow(caption, field)
        col.addLayout(form)
        self.modules_box = QGroupBox()
        mods = QVBoxLayout(self.modules_box)
        self.module_checks: dict[str, QCheckBox] = {}
        self.theme_pick = QComboBox()
        self.theme_caption = plain_label(wrap=False)
        self.theme_caption.setBuddy(self.theme_pick)
        for module in self.ctx.instrument.current_modules:
            check = QCheckBox()
            check.setChecked(module.default_selected and not module.sensitive)
            check.toggled.connect(self._update_ok)
            self.module_checks[module.id] = check
            mods.addWidget(check)
            if module.choose_factors:
                row = QHBoxLayout()
                row.setContentsMargins(28, 0, 0, 0)
                row.addWidget(self.theme_caption)
                row.addWidget(self.theme_pick, 1)
                mods.addLayout(row)
                check.toggled.connect(self.theme_pick.setEnabled)
                self.theme_pick.setEnabled(check.isChecked())
        col.addWidget(self.modules_box)
        self.sizes_box = QGroupBox()
        sizes = QFormLayout(self.sizes_box)
        self.k_scores, self.k_detail = QSpinBox(), QSpinBox()
        self.k_scores.setRange(self.floor.k_scores, 1000)
        self.k_detail.setRange(self.floor.k_detail, 1000)
        self.k_scores_caption, self.k_detail_caption = plain_label(wrap=False), plain_label(wrap=False)
        self.k_scores_caption.setBuddy(self.k_scores)
        self.k_detail_caption.setBuddy(self.k_detail)
        sizes.addRow(self.k_scores_caption, self.k_scores)
        sizes.addRow(self.k_detail_caption, self.k_detail)
        self.sizes_hint = plain_label(role="hint")
        sizes.addRow(self.sizes_hint)
        col.addWidget(self.sizes_box)
        col.addStretch(1)
        layout.addWidget(scroll, 1)
        self.problem = plain_label(role="warning")
        self.problem.hide()
        layout.addWidget(self.problem)
        bar = QHBoxLayout()
        self.cancel_button, self.create_button = QPushButton(), QPushButton()
        self.create_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(lambda: self.create_invitation())
        self.team_code.textChanged.connect(self._update_ok)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        bar.addWidget(self.create_button)
        layout.addLayout(bar)
        self.pages.addWidget(page)

    def _from_programme(self) -> None:
        """A trainer's preset: its round of the chosen phase fills in the name, date and modules
        (each team that makes the round still gets one, and a key, of its own)."""
        from hype_desktop.domain.preset import Preset, round_for_phase
        preset = self.ctx.preset
        if not isinstance(preset, Preset):
            return
        if preset.default_team_code and not self.team_code.text():
            self.team_code.setText(preset.default_team_code)
        programme = round_for_phase(preset.rounds, Phase(self.phase.currentData()), date.today())
        if programme is None:
            return
        self.label_edit.setText(programme.label)
        self.date_edit.setDate(_qdate(programme.date))
        for module_id, check in self.module_checks.items():
            check.setChecked(module_id in programme.modules)

    def _name_changed(self, text: str) -> None:
        if not self._code_edited:
            self.team_code.setText(suggested_code(text))

    def _update_ok(self) -> None:
        ok = bool(re.fullmatch(CODE_PATTERN, self.team_code.text())) and any(
            c.isChecked() for c in self.module_checks.values())
        self.create_button.setEnabled(ok)

    def spec(self) -> actions.RoundSpec:
        modules = tuple(m for m, c in self.module_checks.items() if c.isChecked())
        theme = self.theme_pick.currentData() if self.theme_pick.isEnabled() else None
        return actions.RoundSpec(
            team_name=self.team_name.text().strip(), team_code=self.team_code.text().strip(),
            phase=Phase(self.phase.currentData()), label=self.label_edit.text().strip(),
            day=_pydate(self.date_edit.date()), modules=modules,
            sizes=Thresholds.of(self.k_scores.value(), self.k_detail.value()), theme=theme,
            deadline=_pydate(self.deadline_edit.date()), members=self.members.value() or None)

    def create_invitation(self, folder: Path | None = None) -> bool:
        """Write the invitation into ``folder`` (the Documents folder unless given)."""
        spec = self.spec()
        name = self.tr("HyPe invitation")
        stem = actions.safe_name(f"{name} {spec.team_code} {spec.day.isoformat()}")
        target = actions.free_path(folder or documents_dir(), stem, ".hype-round")
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.ui.background import describe
        try:
            self.created = actions.create_round(self.ctx, spec, target)
        except (ValueError, OSError, FileProblem) as exc:  # a full disk, a file its reader would refuse
            said = exc.render(self.ctx.lang) if isinstance(exc, FileProblem) else \
                describe(exc, self.ctx.lang) if isinstance(exc, OSError) else str(exc)
            self.problem.setText(self.tr("The invitation could not be written: %1").replace("%1", said[:300]))
            self.problem.show()
            announce(self, self.problem.text(), assertive=True)
            return False
        self._show_result()
        return True

    # --- the result ----------------------------------------------------------------------------
    def _build_result(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_title = heading()
        self.saved_text = plain_label()
        self.saved_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_text = heading(size=1.1, level=2)  # read aloud at the kick-off: large and selectable
        self.fingerprint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(lambda: self.created and show_in_folder(self.created.path))
        self.message_caption = plain_label(wrap=False)
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message_caption.setBuddy(self.message)
        self.copy_button, self.close_button = QPushButton(), QPushButton()
        self.copy_button.clicked.connect(self.copy_message)
        self.close_button.clicked.connect(self.accept)
        self.copied = plain_label(role="hint")
        for w in (self.done_title, self.saved_text, self.fingerprint_text):
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message_caption)
        layout.addWidget(self.message, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.copy_button)
        bar.addWidget(self.copied, 1)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.pages.addWidget(page)

    def _show_result(self) -> None:
        self.pages.setCurrentIndex(1)
        self._result_texts()
        self.copy_button.setFocus()

    def _result_texts(self) -> None:
        c = self.created
        if c is None:
            return
        self.saved_text.setText(self.tr("The invitation was saved as “%1” in the folder %2. Send it to the "
                                        "team with the message below.").replace("%1", c.path.name)
                                .replace("%2", str(c.path.parent)))
        self.fingerprint_text.setText(self.tr("Round fingerprint: %1. Read it out at the kick-off; each "
                                              "member's app shows the same digits.").replace("%1", c.fingerprint or ""))
        self.fingerprint_text.setVisible(bool(c.fingerprint))
        self.message.setPlainText(self.paste_message())

    def paste_message(self) -> str:
        """The short message for e-mail or Teams, in the app's language."""
        c = self.created
        assert c is not None
        s = c.spec
        occasion = occasion_name(s.phase, s.label)
        lines = [self.tr("Hello all,"), "",
                 self.tr("our HyPe round “%1” (%2) is open. Attached is the invitation file %3.")
                 .replace("%1", occasion).replace("%2", self.ctx.fmt_date(s.day)).replace("%3", c.path.name), "",
                 self.tr("1. Open the file in HyPe Desktop (File › Open team file…)."),
                 self.tr("2. Reflect, or use a reflection you finished recently that covers the same modules."),
                 self.tr("3. On its summary, choose “Share with my team”, look at what goes in, and send "
                         "me the file it saves in your Documents folder.")]
        if s.deadline is not None:
            lines.append(self.tr("Please send it by %1.").replace("%1", self.ctx.fmt_date(s.deadline)))
        if s.theme:
            lines.append(self.tr("Our theme: %1.").replace("%1", self.ctx.instrument.factor(s.theme).title.get(
                self.ctx.lang)))
        lines += ["", self.tr("Only group results are shown: scores from %1 people, distributions and "
                              "shared text from %2. Nobody's answers are shown one by one.")
                  .replace("%1", str(s.sizes.k_scores)).replace("%2", str(s.sizes.k_detail))]
        if c.fingerprint:
            lines += ["", self.tr("The round's fingerprint is %1; I will read it out at the kick-off.")
                      .replace("%1", c.fingerprint)]
        return "\n".join(lines)

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.copied.setText(self.tr("The message is copied: paste it into an e-mail or a Teams chat."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New team round"))
        self.title.setText(self.tr("New team round"))
        self.collator_hint.setText(self.tr(
            "Whoever creates a round collates it: the members' files come to you. Ask someone neutral to "
            "do this, such as the trainer, occupational health or a colleague, rather than the team's "
            "supervisor: members share more openly when their supervisor never holds their files."))
        texts = {"name": self.tr("Team &name:"), "code": self.tr("Team &code:"), "phase": self.tr("&Phase:"),
                 "label": self.tr("&Label (optional):"), "date": self.tr("&Date:"),
                 "deadline": self.tr("Shares &by:"), "members": self.tr("&Members in the team:")}
        for key, caption in self.captions.items():
            caption.setText(texts[key])
        self.team_code.setToolTip(self.tr("Letters, digits, - and _; it is in every file of the round."))
        self.members.setSpecialValueText(self.tr("not given"))
        current = self.phase.currentIndex()
        for i, phase in enumerate(PHASES):
            self.phase.setItemText(i, phase_name(phase))
        self.phase.setCurrentIndex(max(0, current))
        self.modules_box.setTitle(self.tr("Modules of the round"))
        lang = self.ctx.lang
        for module in self.ctx.instrument.modules:
            self.module_checks[module.id].setText(module.title.get(lang))
            if module.choose_factors:
                chosen = self.theme_pick.currentData()
                self.theme_pick.clear()
                self.theme_pick.addItem(self.tr("Each member chooses"), None)
                for f in module.factors:
                    self.theme_pick.addItem(f.title.get(lang), f.id)
                self.theme_pick.setCurrentIndex(max(0, self.theme_pick.findData(chosen)))
        self.theme_caption.setText(self.tr("The team's &theme:"))
        self.sizes_box.setTitle(self.tr("Minimum group sizes"))
        self.k_scores_caption.setText(self.tr("&Scores from:"))
        self.k_detail_caption.setText(self.tr("Distributions and &text from:"))
        self.k_scores.setSuffix(self.tr(" people"))
        self.k_detail.setSuffix(self.tr(" people"))
        self.sizes_hint.setText(self.tr("They can only be higher than the app's own (%1 and %2).")
                                .replace("%1", str(self.floor.k_scores)).replace("%2", str(self.floor.k_detail)))
        self.cancel_button.setText(self.tr("Cancel"))
        self.create_button.setText(self.tr("&Create the invitation"))
        self.done_title.setText(self.tr("The round is ready"))
        self.show_button.setText(self.tr("Show in &folder"))
        self.message_caption.setText(self.tr("&Message to paste:"))
        self.copy_button.setText(self.tr("&Copy the message"))
        self.close_button.setText(self.tr("&Done"))
        self._update_ok()
        self._result_texts()
