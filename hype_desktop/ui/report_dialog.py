"""The export dialog of the workshop PDF.

Before anything is written it lists the sections and the exact free text that is ticked
(none by default). The PDF is written in the background (ui/background.py), so the window
stays responsive; reportlab is imported there, on first use.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hype_desktop.domain import limits
from hype_desktop.reports.report_data import (
    FreeText,
    ReportData,
    ReportOptions,
    free_texts,
    included_free_texts,
    load_report_data,
    section_titles,
)
from hype_desktop.ui.background import Background, Progress
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.labels import phase_name
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.widgets import Retranslating, plain_label


class ReportSignals(QObject):
    """What became of writing the PDF (for whoever opened the dialog, and its tests)."""

    progress = Signal(int)
    done = Signal(str, int)  # path, pages
    failed = Signal(str)  # a sentence for the user


def write_pdf(target: Path, data: ReportData, options: ReportOptions, progress: Progress) -> int:
    """Write the personal PDF (in the background); its number of pages."""
    from hype_desktop.reports.pdf_personal_report import write_personal_report
    pages: int = write_personal_report(target, data, options, progress)
    return pages


class ReportDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, reflection_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = load_report_data(ctx.store, ctx.instrument, reflection_id)
        self.earlier_choices = [b for b in self.data.history[:-1]][::-1]  # newest first
        self.background = Background(self)
        self.signals = ReportSignals(self)
        self.signals.progress.connect(self._progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.writing = False
        self.last_written: Path | None = None
        self._build()
        self.retranslate()
        self._fill_free_text()
        self.update_preview()
        self.resize(900, 640)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        form_box = QVBoxLayout(left)
        form = QFormLayout()
        self.lang_combo = QComboBox()
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(self.ctx.lang)))
        self.size_combo = QComboBox()
        self.size_combo.addItem("A4", "a4")
        self.size_combo.addItem("Letter", "letter")
        self.name_edit = QLineEdit(self.ctx.settings.load().report_display_name)
        self.name_edit.setMaxLength(limits.NAME_MAX)
        self.compare_combo = QComboBox()
        self.lang_label, self.size_label = plain_label(), plain_label()
        self.name_label, self.compare_label = plain_label(), plain_label()
        form.addRow(self.lang_label, self.lang_combo)
        form.addRow(self.size_label, self.size_combo)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.compare_label, self.compare_combo)
        for label, field in ((self.lang_label, self.lang_combo), (self.size_label, self.size_combo),
                             (self.name_label, self.name_edit), (self.compare_label, self.compare_combo)):
            label.setBuddy(field)
        form_box.addLayout(form)

        self.sections_box = QGroupBox()
        sections = QVBoxLayout(self.sections_box)
        self.module_checks: dict[str, QCheckBox] = {}
        defaults = self.data.default_modules()
        for mid in self.data.modules():
            box = QCheckBox()
            box.setChecked(mid in defaults)
            self.module_checks[mid] = box
            sections.addWidget(box)
        self.steps_check = QCheckBox()
        self.steps_check.setChecked(True)
        self.questions_check = QCheckBox()
        self.questions_check.setChecked(True)
        sections.addWidget(self.steps_check)
        sections.addWidget(self.questions_check)
        form_box.addWidget(self.sections_box)

        self.free_box = QGroupBox()
        free = QVBoxLayout(self.free_box)
        self.free_hint = plain_label(role="hint")
        self.free_list = QListWidget()
        self.free_list.setWordWrap(True)
        self.free_list.setAlternatingRowColors(True)
        row = QHBoxLayout()
        self.tick_all = QPushButton()
        self.untick_all = QPushButton()
        row.addWidget(self.tick_all)
        row.addWidget(self.untick_all)
        row.addStretch(1)
        free.addWidget(self.free_hint)
        free.addWidget(self.free_list, 1)
        free.addLayout(row)
        form_box.addWidget(self.free_box, 1)
        split.addWidget(left)

        right = QWidget()
        preview_box = QVBoxLayout(right)
        self.preview_label = plain_label()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        preview_box.addWidget(self.preview_label)
        preview_box.addWidget(self.preview, 1)
        split.addWidget(right)
        outer.addWidget(split, 1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = plain_label()
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        for combo in (self.lang_combo, self.size_combo, self.compare_combo):
            combo.currentIndexChanged.connect(self.update_preview)
        self.lang_combo.currentIndexChanged.connect(self._fill_free_text)
        self.name_edit.textChanged.connect(self.update_preview)
        for box in (*self.module_checks.values(), self.steps_check, self.questions_check):
            box.toggled.connect(self.update_preview)
        self.free_list.itemChanged.connect(self.update_preview)
        self.tick_all.clicked.connect(lambda: self._tick_all(True))
        self.untick_all.clicked.connect(lambda: self._tick_all(False))
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)


    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setWindowTitle(self.tr("Export a PDF for the workshop"))
        self.lang_label.setText(self.tr("Language of the PDF"))
        self.lang_combo.setAccessibleName(self.tr("Language of the PDF"))
        self.size_label.setText(self.tr("Page size"))
        self.size_combo.setAccessibleName(self.tr("Page size"))
        self.name_label.setText(self.tr("Name on the cover (optional)"))
        self.name_edit.setPlaceholderText(self.tr("No name"))
        self.compare_label.setText(self.tr("Compare with"))
        self.compare_combo.setAccessibleName(self.tr("Earlier reflection to compare with"))
        current = self.compare_combo.currentIndex()
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("No comparison"), None)
        for r in self.earlier_choices:
            self.compare_combo.addItem(f"{self.ctx.fmt_date(r.round.date)} – {phase_name(r.round.phase)}", r.id)
        self.compare_combo.setCurrentIndex(current if current >= 0 else (1 if self.earlier_choices else 0))
        self.compare_combo.blockSignals(False)
        self.sections_box.setTitle(self.tr("Sections"))
        for mid, box in self.module_checks.items():
            module = self.ctx.instrument.module(mid)
            box.setText(module.title.get(lang))
            box.setAccessibleName(self.tr("Include %1").replace("%1", module.title.get(lang)))
        self.steps_check.setText(self.tr("Next steps and how earlier steps went"))
        self.steps_check.setAccessibleDescription(self.tr("Include next steps"))
        self.questions_check.setText(self.tr("Questions for the discussion"))
        self.questions_check.setAccessibleName(self.tr("Include questions for the discussion"))
        self.free_box.setTitle(self.tr("My notes and answers"))
        self.free_hint.setText(self.tr(
            "Nothing you wrote is included unless you tick it. Whoever gets the PDF can read what you tick."))
        self.free_list.setAccessibleName(self.tr("Notes and answers to include"))
        self.tick_all.setText(self.tr("Tick &all"))
        self.tick_all.setAccessibleName(self.tr("Tick all notes and answers"))
        self.untick_all.setText(self.tr("&Untick all"))
        self.untick_all.setAccessibleName(self.tr("Untick all notes and answers"))
        self.preview_label.setText(self.tr("What the file will contain"))
        self.preview.setAccessibleName(self.tr("What the file will contain"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.save_button.setAccessibleDescription(self.tr("Choose where to save the PDF and write it"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close this dialog"))
        self.progress.setAccessibleName(self.tr("Progress of writing the PDF"))

    # --- free text ------------------------------------------------------------------------
    def _fill_free_text(self) -> None:
        ticked = self.ticked()
        self.free_list.blockSignals(True)
        self.free_list.clear()
        for ft in free_texts(self.data, self.options_lang()):
            kind = {"note": self.tr("Note on: %1"), "prompt": self.tr("Answer to: %1"),
                    "learned": self.tr("What I learned, step: %1")}[ft.kind].replace("%1", ft.label)
            # QListWidgetItem text is plain text: user text is never interpreted as markup.
            item = QListWidgetItem(f"{kind}\n{ft.text}")
            item.setData(Qt.ItemDataRole.UserRole, (ft.kind, ft.key))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (ft.kind, ft.key) in ticked else Qt.CheckState.Unchecked)
            self.free_list.addItem(item)
        self.free_list.blockSignals(False)
        self.update_preview()

    def _tick_all(self, on: bool) -> None:
        self.free_list.blockSignals(True)
        for n in range(self.free_list.count()):
            self.free_list.item(n).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.free_list.blockSignals(False)
        self.update_preview()

    def ticked(self) -> frozenset[tuple[str, str]]:
        out = set()
        for n in range(self.free_list.count()):
            item = self.free_list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(tuple(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(out)

    # --- options and preview ------------------------------------------------------------
    def options_lang(self) -> str:
        return self.lang_combo.currentData() or self.ctx.lang

    def options(self) -> ReportOptions:
        return ReportOptions(
            lang=self.options_lang(), page_size=self.size_combo.currentData() or "a4",
            display_name=self.name_edit.text().strip(),
            organisation=self.ctx.preset.organisation if self.ctx.preset else "",
            logo=self.ctx.preset.logo if self.ctx.preset else None,
            modules=frozenset(m for m, box in self.module_checks.items() if box.isChecked()),
            include_steps=self.steps_check.isChecked(), include_questions=self.questions_check.isChecked(),
            free_text=self.ticked())

    def _data_for_export(self) -> ReportData:
        chosen = self.compare_combo.currentData()
        earlier = next((r for r in self.earlier_choices if r.id == chosen), None)
        return replace(self.data, earlier=earlier)

    def update_preview(self) -> None:
        options = self.options()
        data = self._data_for_export()
        lines = [self.tr("Sections:")] + [f"  • {t}" for t in section_titles(data, options)]
        chosen: list[FreeText] = included_free_texts(data, options)
        lines.append("")
        if chosen:
            lines.append(self.tr("Your own text that will be in the file, exactly as written:"))
            for ft in chosen:
                lines += ["", f"— {ft.label}", ft.text]
        else:
            lines.append(self.tr("None of your own notes or answers will be in the file."))
        self.preview.setPlainText("\n".join(lines))

    # --- writing --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_save_path(self, self.tr("Save the PDF"), default_name("reflection", ".pdf"),
                             self.tr("PDF files (*.pdf)"), (".pdf",))
        if path is not None:
            self.save_to(path)

    def save_to(self, target: Path) -> None:
        """Start writing ``target`` in the background; progress and the outcome come as signals."""
        if self.writing:
            return
        self.writing = True
        self.ctx.settings.update(report_display_name=self.name_edit.text().strip())
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing the PDF…"))
        data, options = self._data_for_export(), self.options()
        self.background.run(lambda progress: write_pdf(target, data, options, progress),
                            lambda pages: self.signals.done.emit(str(target), pages),
                            failure=lambda exc: self.signals.failed.emit(self.background.describe(exc)),
                            progress=self.signals.progress.emit)

    def _progress(self, value: int) -> None:
        self.progress.setValue(value)

    def _done(self, path: str, pages: int) -> None:
        self.writing = False
        self.last_written = Path(path)
        self.save_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(self.tr("Saved to %1 (%2 pages).").replace("%1", path).replace("%2", str(pages)))
        confirm_saved(self, Path(path))

    def _failed(self, reason: str) -> None:
        self.writing = False
        self.save_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(reason)

    def reject(self) -> None:
        if self.writing:  # the file would still appear; let the worker finish first
            self.background.wait(30)
        super().reject()
