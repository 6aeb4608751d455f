"""'Share with my team': a preview of exactly what the .hype file will hold, before it is written.

Modules are ticked by default except sensitive ones (the load check); each note, prompt answer
and next step goes in only when ticked (none by default). The file is sealed to the key of the
round's invitation (asked for when none was opened for this reflection's round, which also lets
a kept reflection be shared to a new round) and written atomically: straight into the Documents
folder under the app's name for a share (a second button asks where), then a confirmation names
the file and offers "Show in folder".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain.reflection import Reflection
from hype_desktop.ui.a11y import untab_scroll_areas
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import owner_name, phase_name
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.widgets import Retranslating, heading, plain_label

if TYPE_CHECKING:
    from hype_desktop.domain.instrument import Instrument
    from hype_desktop.formats.team_exchange import ShareChoice


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ShareDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, reflection: Reflection, parent: QWidget | None = None) -> None:
        from hype_desktop.formats.team_exchange import ShareChoice
        super().__init__(parent)
        self.ctx = ctx
        self.reflection = reflection
        self.written: Path | None = None
        self.invitation = ctx.services.team_rounds().member_invitation(reflection.round.round_uid) \
            if reflection.round.round_uid else None
        inst = ctx.instrument
        self.choice = ShareChoice.default(inst, reflection)
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.title = heading()
        self.who = plain_label(role="warning")
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        row.addWidget(scroll, 1)
        col = QVBoxLayout(body)
        self.modules_box = QGroupBox()
        mlay = QVBoxLayout(self.modules_box)
        self.module_checks: dict[str, QCheckBox] = {}
        for mid in reflection.modules:
            check = QCheckBox(inst.module(mid).title.get(ctx.lang) if _known(inst, mid) else mid)
            check.setChecked(mid in self.choice.modules)
            check.setAccessibleName(check.text())
            check.toggled.connect(self._changed)
            self.module_checks[mid] = check
            mlay.addWidget(check)
        col.addWidget(self.modules_box)
        self.text_box = QGroupBox()
        tlay = QVBoxLayout(self.text_box)
        self.note_checks: dict[str, QCheckBox] = {}
        self.prompt_checks: dict[str, QCheckBox] = {}
        self.step_checks: dict[int, QCheckBox] = {}
        for iid, a in reflection.answers.items():
            if a.note.strip():
                self.note_checks[iid] = self._text_check(tlay, a.note)
        for pid, text in reflection.prompt_answers.items():
            if text.strip():
                self.prompt_checks[pid] = self._text_check(tlay, text)
        for pos, step in enumerate(reflection.next_steps):
            if step.text.strip():
                self.step_checks[pos] = self._text_check(tlay, step.text)
        self.no_text = plain_label()
        tlay.addWidget(self.no_text)
        self.no_text.setVisible(not (self.note_checks or self.prompt_checks or self.step_checks))
        col.addWidget(self.text_box)
        col.addStretch(1)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview_caption = plain_label()  # the preview's visible label, its name for a screen reader
        self.preview_caption.setBuddy(self.preview)
        shown = QVBoxLayout()
        shown.addWidget(self.preview_caption)
        shown.addWidget(self.preview, 1)
        row.addLayout(shown, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.elsewhere = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.elsewhere.clicked.disconnect()  # an action role button would close the dialog
        self.elsewhere.clicked.connect(self.save_elsewhere)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Tab follows the buttons as they are drawn: save, save elsewhere, cancel.
        save, cancel = (self.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Save,
                                                         QDialogButtonBox.StandardButton.Cancel))
        QWidget.setTabOrder(save, self.elsewhere)
        QWidget.setTabOrder(self.elsewhere, cancel)
        untab_scroll_areas(self)  # Tab goes from choice to choice, never to the silent scroll area
        self.retranslate()

    def _text_check(self, layout: QVBoxLayout, text: str) -> QCheckBox:
        check = QCheckBox(_short(text))  # QCheckBox text is never rich text
        check.setChecked(False)
        check.setAccessibleName(_short(text))
        check.toggled.connect(self._changed)
        layout.addWidget(check)
        return check

    def current_choice(self) -> ShareChoice:
        from hype_desktop.formats.team_exchange import ShareChoice
        return ShareChoice(
            modules={m for m, c in self.module_checks.items() if c.isChecked()},
            notes={i for i, c in self.note_checks.items() if c.isChecked()},
            prompts={p for p, c in self.prompt_checks.items() if c.isChecked()},
            steps={s for s, c in self.step_checks.items() if c.isChecked()})

    def build(self, path: str = "share.hype") -> dict[str, Any]:
        """The sealed file's content, to be written to ``path`` (needs the round's invitation)."""
        from hype_desktop.ui.team.round_actions import sealed_share
        if self.invitation is None:
            raise ValueError("no invitation")
        return sealed_share(self.ctx, self.reflection, self.current_choice(), self.invitation, path)

    def _changed(self, _on: bool = False) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            any(c.isChecked() for c in self.module_checks.values()))
        self.preview.setPlainText(self.describe())

    def describe(self) -> str:
        """The file's content in plain words (what the preview shows)."""
        inst, lang = self.ctx.instrument, self.ctx.lang
        from hype_desktop.formats.team_exchange import share_content
        try:
            c = share_content(inst, self.reflection, self.current_choice())
        except ValueError:
            return self.tr("Nothing is chosen: tick at least one module.")
        r = self.reflection.round
        lines = [self.tr("The file will contain:"),
                 self.tr("• Team %1, round: %2 %3").replace("%1", r.team_code)
                 .replace("%2", phase_name(r.phase)).replace("%3", self.ctx.fmt_date(r.date)),
                 self.tr("• A code instead of your name (it changes from round to round)"),
                 self.tr("• When you finished the reflection")]
        for mid in c["modules"]:
            title = inst.module(mid).title.get(lang) if _known(inst, mid) else mid
            n = sum(1 for i in c["answers"] if i.startswith(mid + "."))
            lines.append(self.tr("• Your answers to %1 statements of “%2”").replace("%1", str(n)).replace("%2", title))
        for note in c["notes"]:
            lines.append(self.tr("• Your note: “%1”").replace("%1", note["text"]))
        for p in c["prompt_answers"]:
            lines.append(self.tr("• Your answer: “%1”").replace("%1", p["text"]))
        for s in c["next_steps"]:
            from hype_desktop.domain.reflection import Owner
            lines.append(self.tr("• Your next step (%1): “%2”").replace("%1", owner_name(Owner(s["owner"])))
                         .replace("%2", s["text"]))
        if not (c["notes"] or c["prompt_answers"] or c["next_steps"]):
            lines.append(self.tr("No notes or other text of yours."))
        left_out = [m for m in self.reflection.modules if m not in c["modules"]]
        if left_out:
            lines.append("")
            lines.append(self.tr("Not in the file: %1").replace("%1", ", ".join(
                inst.module(m).title.get(lang) if _known(inst, m) else m for m in left_out)))
        return "\n".join(lines)

    def ask_invitation(self) -> bool:
        """No invitation kept for this round: let the member open the round's invitation file."""
        from PySide6.QtWidgets import QFileDialog

        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.ui.saved_files import documents_dir
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open the round's invitation"), str(documents_dir()),
                                              self.tr("HyPe round invitation (*.hype-round)"))
        if not path:
            return False
        try:
            self.invitation = self.ctx.services.team_rounds().remember_invitation(path)
        except FileProblem as problem:
            QMessageBox.warning(self, self.windowTitle(), problem.render(self.ctx.lang))
            return False
        return True

    def save(self, folder: Path | None = None) -> bool:
        """Write the share into ``folder`` (Documents unless given) under a free name, then confirm."""
        from hype_desktop.ui.saved_files import documents_dir
        from hype_desktop.ui.team.round_actions import free_path
        if self.invitation is None and not self.ask_invitation():
            return False
        r = self.reflection.round
        name = Path(default_name("share", ".hype", when=r.date, team=r.team_code))
        return self.save_to(str(free_path(folder or documents_dir(), name.stem, ".hype")))

    def save_elsewhere(self) -> None:
        if self.invitation is None and not self.ask_invitation():
            return
        r = self.reflection.round
        path = ask_save_path(self, self.tr("Save the share file"),
                             default_name("share", ".hype", when=r.date, team=r.team_code),
                             self.tr("HyPe share (*.hype)"), (".hype",))
        if path is not None:
            self.save_to(str(path))

    def save_to(self, path: str) -> bool:
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.team_formats import write_share_file
        from hype_desktop.ui.background import describe
        try:
            self.written = write_share_file(path, self.build(path))
        except FileProblem as problem:  # the collator's app would refuse it: said before writing
            QMessageBox.warning(self, self.windowTitle(), problem.render(self.ctx.lang))
            return False
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.windowTitle(), describe(exc, self.ctx.lang) if isinstance(exc, OSError)
                                else str(exc))
            return False
        self.accept()
        confirm_saved(self.parentWidget() or self, Path(path))
        return True


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Share with my team"))
        self.title.setText(self.tr("Share with my team"))
        self.who.setText(self.tr(
            "You decide what goes in the file. It is sealed to the round's key: only the round's collator "
            "can open it, in the app that created the round, and the app shows them group results only, "
            "never one person's answers. Anyone else it passes through sees no answers."))
        self.modules_box.setTitle(self.tr("Answers to share, per module"))
        self.modules_box.setAccessibleName(self.tr("Answers to share, per module"))
        self.text_box.setTitle(self.tr("Your own words (only what you tick)"))
        self.text_box.setAccessibleName(self.tr("Your own words (only what you tick)"))
        self.no_text.setText(self.tr("You wrote no notes, answers or next steps in this reflection."))
        self.preview_caption.setText(self.tr("What the file will contain:"))
        self.preview.setAccessibleName(self.tr("What the file will contain"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save to Documents"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save the share file in the Documents folder"))
        self.elsewhere.setText(self.tr("Save &elsewhere…"))
        self.elsewhere.setAccessibleName(self.tr("Save the share file in a folder you choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self._changed()


def _known(inst: Instrument, mid: str) -> bool:
    try:
        inst.module(mid)
        return True
    except KeyError:
        return False
