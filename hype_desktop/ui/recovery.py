"""Opening the data folder at start-up, with a way out of every problem.

A damaged database: the user is told in plain words, the file is renamed aside (never
deleted), and the newest good backup is offered. A missing, locked, read-only or full data
folder: the user can try again, pick another folder, or quit. Texts come from messages.py
(fi/sv/en) because Qt's translators are installed only once the store is open.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop import APP_NAME
from hype_desktop.logs import log_exception, logger
from hype_desktop.messages import message
from hype_desktop.paths import DataPaths, app_dir_name
from hype_desktop.store.errors import DamagedDatabase, StoreProblem, database_errors, disk_full

if TYPE_CHECKING:
    from hype_desktop.ui.context import AppContext


def _ask(text: str, buttons: list[str]) -> int:
    """A plain-text question; returns the index of the chosen button (-1 when closed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    made = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    for b, label in zip(made, buttons):
        b.setAccessibleName(label)
    box.setDefaultButton(made[0])
    box.exec()
    clicked = box.clickedButton()
    return next((n for n, b in enumerate(made) if b is clicked), -1)


def recover_damaged(paths: DataPaths, problem: StoreProblem, lang: str | None) -> bool:
    """Ask what to do with a damaged (or unexplainedly emptied) database; True when the caller
    should open it again. Only a backup with reflections is offered; a failed restore is told."""
    from hype_desktop.store.backup import newest_good_backup, restore_backup, set_aside
    from hype_desktop.store.emptied import record_started_empty
    from hype_desktop.store.sqlite_copy import BackupFailed
    from hype_desktop.store.wal import set_wal_aside, stray_wal

    backup = newest_good_backup(paths)
    if problem.key == "store.emptied":
        text = problem.render(lang)
    else:
        text = message("recovery.damaged", lang, path=paths.database,
                       reason=problem.params.get("reason", ""))
    choices = []
    wal_choice = message("recovery.without_wal", lang)
    if problem.key == "store.damaged" and stray_wal(paths.database):
        text += "\n\n" + message("recovery.stray_wal", lang, name=paths.database.name + "-wal")
        choices.append(wal_choice)
    if backup is not None:
        text += "\n\n" + message("recovery.offer_backup", lang, date=f"{backup.created:%Y-%m-%d %H:%M}")
        choices.append(message("recovery.restore", lang))
    else:
        text += "\n\n" + message("recovery.no_backup", lang)
    choices += [message("recovery.start_empty", lang), message("recovery.quit", lang)]
    index = _ask(text, choices)
    picked = choices[index] if index >= 0 else message("recovery.quit", lang)
    if picked == message("recovery.quit", lang):
        return False
    if picked == wal_choice:
        logger.warning("a -wal file that does not belong to the database kept aside as %s",
                       set_wal_aside(paths.database).name)
        return True
    if paths.database.exists():
        aside = set_aside(paths)
        logger.warning("damaged database set aside as %s", aside.name)
    if picked == message("recovery.restore", lang) and backup is not None:
        try:
            restore_backup(paths, backup.path)
            logger.info("restored backup %s after damage", backup.path.name)
        except (BackupFailed, OSError) as exc:
            log_exception("restore after damage failed", exc)
            _ask(message("recovery.restore_failed", lang, reason=_reason(exc), path=paths.root),
                 [message("recovery.quit", lang)])
            return False
    else:
        record_started_empty(paths)
    return True


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc).split("\n")[0][:200]


def own_folder_in(picked: Path) -> Path:
    """The app's own subfolder of a folder the user picked (made private there), or the picked
    folder itself when it already is a HyPe data folder; a folder the app does not own keeps
    its permissions and its other files."""
    if picked.name == app_dir_name() or DataPaths(picked).database.exists():
        return picked
    return picked / app_dir_name()


def open_context(build: Callable[[Path], AppContext], data_root: Path, lang: str | None,
                 interactive: bool) -> tuple[AppContext | None, Path]:
    """The AppContext ``build`` makes for a data folder, after whatever recovery the user chose;
    None when they quit. The composition root hands in its builder (this module never imports it)."""
    while True:
        try:
            return build(data_root), data_root
        except DamagedDatabase as problem:
            logger.warning("start-up: %s", problem.key)
            if not interactive:
                print(problem.render(lang), file=sys.stderr)
                return None, data_root
            if problem.key in ("store.damaged", "store.emptied"):
                if recover_damaged(DataPaths(data_root), problem, lang):
                    continue
                return None, data_root
            reason = str(problem.params.get("reason", ""))
        except StoreProblem as problem:  # a newer database, a failed migration: nothing to retry
            logger.warning("start-up: %s", problem.key)
            if interactive:
                _ask(problem.render(lang), [message("recovery.quit", lang)])
            else:
                print(problem.render(lang), file=sys.stderr)
            return None, data_root
        except database_errors() as exc:  # locked, read-only, full disk
            log_exception("start-up: data folder unusable", exc)
            reason = type(exc).__name__ if not isinstance(exc, OSError) else (exc.strerror or str(exc))
            orig = getattr(exc, "orig", None)
            if orig is not None:
                reason = str(orig)[:200]
            if disk_full(data_root):
                reason = message("store.reason.disk_full", lang)
            if not interactive:
                print(message("store.folder_unusable", lang, path=data_root, reason=reason), file=sys.stderr)
                return None, data_root
        text = (message("store.folder_unusable", lang, path=data_root, reason=reason) + "\n\n"
                + message("recovery.folder_hint", lang))
        choices = [message("recovery.retry", lang), message("recovery.other_folder", lang),
                   message("recovery.quit", lang)]
        picked = _ask(text, choices)
        if picked == 1:
            from PySide6.QtWidgets import QFileDialog
            folder = QFileDialog.getExistingDirectory(None, message("recovery.other_folder", lang))
            if folder:
                data_root = own_folder_in(Path(folder))
        elif picked != 0:
            return None, data_root
