"""Settings → Your data: backups (list, back up now, restore, how many to keep),
"Export all my data" and "Erase all my data". Slow work runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hype_desktop import APP_NAME
from hype_desktop.logs import logger
from hype_desktop.store import backup as b
from hype_desktop.ui.background import Background
from hype_desktop.ui.context import AppContext
from hype_desktop.ui.saved_files import ask_save_path, confirm_saved, default_name
from hype_desktop.ui.widgets import plain_label


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} kB"


def _ask(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _tell(parent: QWidget, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, APP_NAME, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


class BackupsDialog(QDialog):
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.intro = plain_label()
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(1, 60)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 104)
        kept = ctx.settings.load()
        self.keep_daily.setValue(kept.keep_daily)
        self.keep_weekly.setValue(kept.keep_weekly)
        self.keep_daily_caption = plain_label(wrap=False)
        self.keep_daily_caption.setBuddy(self.keep_daily)
        self.keep_weekly_caption = plain_label(wrap=False)
        self.keep_weekly_caption.setBuddy(self.keep_weekly)
        form.addRow(self.keep_daily_caption, self.keep_daily)
        form.addRow(self.keep_weekly_caption, self.keep_weekly)
        layout.addLayout(form)
        self.keep_daily.valueChanged.connect(lambda v: self.ctx.settings.update(keep_daily=v))
        self.keep_weekly.valueChanged.connect(lambda v: self.ctx.settings.update(keep_weekly=v))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = plain_label()
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.backups: list[b.BackupInfo] = []
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.backups = self.ctx.services.backups.list()
        self.table.setRowCount(len(self.backups))
        for n, info in enumerate(self.backups):
            when = f"{self.ctx.fmt_date(info.created)} {info.created:%H:%M}"
            for col, text in enumerate((when, self._kind(info.kind), _size(info.size))):
                item = QTableWidgetItem(text)
                self.table.setItem(n, col, item)
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _kind(self, kind: str) -> str:
        return {b.KIND_AUTO: self.tr("automatic"), b.KIND_MANUAL: self.tr("made by you"),
                b.KIND_PRE_RESTORE: self.tr("before a restore"),
                b.KIND_PRE_MIGRATION: self.tr("before an update")}.get(kind, kind)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and bool(self.backups))
        self.status.setText(text)

    def back_up_now(self) -> None:
        self._busy(True, self.tr("Making a backup…"))
        backups = self.ctx.services.backups
        self.background.run(lambda _progress: backups.make(), self._backed_up, failure=self._failed)

    def _backed_up(self, info: b.BackupInfo) -> None:
        logger.info("backup by hand %s (%d bytes)", info.path.name, info.size)
        self.refresh()
        self._busy(False, self.tr("Backup made: %1").replace("%1", info.path.name))

    def _failed(self, exc: BaseException) -> None:
        self.refresh()
        self._busy(False, "")
        _tell(self, self.tr("It did not succeed: %1").replace("%1", self.background.describe(exc)),
              QMessageBox.Icon.Warning)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.backups[rows[0].row()]
        if not _ask(self, self.tr("Restore a backup"), self.tr(
                "Restore the backup from %1?\n\nYour data now is replaced by the backup's. "
                "The current state is backed up first, so this can be undone.")
                .replace("%1", info.created.strftime("%Y-%m-%d %H:%M"))):
            return
        parent = self.parent()
        while parent is not None and not hasattr(parent, "go_home"):
            parent = parent.parent()
        if parent is not None:
            parent.go_home()  # let an open reflection commit its typed text first
        self._busy(True, self.tr("Restoring…"))
        backups = self.ctx.services.backups
        self.background.run(lambda _progress: backups.restore(info.path), self._restored, failure=self._failed)

    def _restored(self, result: tuple[b.BackupInfo | None, float]) -> None:
        before, seconds = result
        logger.info("restored a backup in %.2f s", seconds)
        self.refresh()
        self._busy(False, self.tr("Restored. The state before is kept as a backup."))
        self.restored.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr(
            "A backup is made automatically once a day when your data has changed, and before "
            "every update of the app. Backups stay on this computer, in %1."
        ).replace("%1", str(self.ctx.paths.backups)))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button.setText(self.tr("&Restore selected…"))
        self.restore_button.setAccessibleDescription(self.tr("Restore the selected backup"))
        self.keep_daily_caption.setText(self.tr("Keep &daily backups:"))
        self.keep_daily.setAccessibleDescription(self.tr("Number of daily backups to keep"))
        self.keep_weekly_caption.setText(self.tr("Keep &weekly backups:"))
        self.keep_weekly.setAccessibleDescription(self.tr("Number of weekly backups to keep"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close backups"))
        self.refresh()


class DataActions(QWidget):
    """The "Your data" row in settings: Backups…, Export all my data…, Erase all my data…"""

    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.backups_button = QPushButton()
        self.backups_button.clicked.connect(self.open_backups)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_all)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_all)
        for w in (self.backups_button, self.export_button, self.erase_button):
            row.addWidget(w)
        self.retranslate()

    def open_backups(self) -> None:
        dialog = BackupsDialog(self.ctx, self)
        dialog.restored.connect(self.restored)
        dialog.exec()

    def export_all(self) -> None:
        json_path = ask_save_path(self, self.tr("Export all my data"), default_name("my_data", ".json"),
                                  self.tr("JSON files (*.json)"), (".json",))
        if json_path is None:
            return
        csv_path = json_path.with_suffix(".csv")
        store = self.ctx.store
        self.export_button.setEnabled(False)

        keys = bool(self.ctx.services.round_keys().keys())

        def work(_progress: object) -> int:
            from hype_desktop.formats.personal_export import export_all
            count: int = export_all(store, json_path, csv_path)
            return count

        def done(count: int) -> None:
            from hype_desktop.messages import message
            self.export_button.setEnabled(True)
            logger.info("exported all data: %d reflections", count)
            warning = " " + message("export.keys_warning", self.ctx.lang) if keys else ""
            confirm_saved(self, json_path, self.tr(
                "%1 reflections; as a table also in “%2”. These files contain your answers and "
                "notes: keep them safe.").replace("%1", str(count)).replace("%2", csv_path.name) + warning)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            _tell(self, self.tr("The export did not succeed: %1").replace("%1", self.background.describe(exc)),
                  QMessageBox.Icon.Warning)

        self.background.run(work, done, failure=failed)

    def erase_all(self) -> None:
        from hype_desktop.ui.erase import erase_all, stored_items
        items = stored_items(self.ctx.paths)
        listing = "\n".join(f"• {p}" for p in items) or "—"
        rounds = self.ctx.services.team_rounds().keyed_names()
        keys = self.tr("The shares of the team rounds you created here can then be opened by nobody:\n%1\n\n") \
            .replace("%1", "\n".join(f"• {r}" for r in rounds)) if rounds else ""
        if not _ask(self, self.tr("Erase all my data"), keys + self.tr(
                "This deletes, for good, everything HyPe Desktop stored on this computer:\n\n%1\n\n"
                "That is every reflection, answer, note and next step, all backups, the logs and "
                "the settings. Files you exported or shared yourself are not touched. The app "
                "closes afterwards.\n\nErase everything?").replace("%1", listing)):
            return
        window = self.window().parent() if self.window() is not None else None
        while window is not None and not hasattr(window, "go_home"):
            window = window.parent()
        if window is not None:
            window.go_home()
        self.ctx.services.close()
        left = erase_all(self.ctx.paths)
        if left:
            _tell(self, self.tr("These could not be deleted (close programs using them and delete them "
                                "by hand):\n%1").replace("%1", "\n".join(str(p) for p in left)),
                  QMessageBox.Icon.Warning)
        else:
            _tell(self, self.tr("All your data was erased. HyPe Desktop closes now."))
        QApplication.exit(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.backups_button.setText(self.tr("&Backups…"))
        self.backups_button.setAccessibleName(self.tr("Backups"))
        self.export_button.setText(self.tr("E&xport all my data…"))
        self.export_button.setAccessibleName(self.tr("Export all my data"))
        self.erase_button.setText(self.tr("&Erase all my data…"))
        self.erase_button.setAccessibleName(self.tr("Erase all my data"))
