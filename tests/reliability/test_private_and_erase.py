"""Private by default however the app starts, and "Erase" removes exactly the app's own files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hype_desktop.paths import DataPaths

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_first_start_of_the_gui_makes_folders_0700_and_files_0600(data_dir) -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom hype_desktop.app import run_gui\n"
            f"sys.exit(run_gui(Path({str(data_dir)!r}), quit_after_startup=True))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    old = os.umask(0o022)  # the usual umask: new files 0644 unless the app says otherwise
    try:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr[-2000:]
    paths = DataPaths(data_dir)
    for folder in (paths.root, paths.backups, paths.logs):
        assert _mode(folder) == 0o700, folder
    files = [p for p in paths.root.rglob("*") if p.is_file()]
    assert paths.database in files and any(p.parent == paths.logs for p in files)
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


@posix_only
def test_an_older_app_folder_left_0755_is_made_private(tmp_path) -> None:
    from hype_desktop.store.backup import make_backup
    from hype_desktop.store.migrate import open_database
    root = tmp_path / "hype-desktop"
    paths = DataPaths(root)
    old = os.umask(0o022)
    try:
        root.mkdir()
        os.chmod(root, 0o755)
        open_database(paths).close()
        os.chmod(paths.database, 0o644)
        os.chmod(paths.backups, 0o755)
        open_database(paths).close()
        backup = make_backup(paths)
    finally:
        os.umask(old)
    assert _mode(root) == 0o700 and _mode(paths.backups) == 0o700
    assert _mode(paths.database) == 0o600 and _mode(backup.path) == 0o600


@posix_only
def test_another_folder_the_user_picks_gets_the_apps_own_subfolder(tmp_path) -> None:
    from hype_desktop.ui.recovery import own_folder_in
    picked = tmp_path / "Documents"
    picked.mkdir()
    os.chmod(picked, 0o755)
    root = own_folder_in(picked)
    assert root.parent == picked and root.name in ("hype-desktop", "HyPe Desktop")
    DataPaths(root).ensure()
    assert _mode(picked) == 0o755 and _mode(root) == 0o700
    assert own_folder_in(root) == root  # an existing data folder is used as it is


def test_erase_leaves_a_users_own_files_in_the_folder_alone(qapp, data_dir, mini_instrument) -> None:
    from hype_desktop.logs import logger, setup_logging
    from hype_desktop.store.backup import make_backup
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    from hype_desktop.ui.erase import erase_all, stored_items

    paths = DataPaths(data_dir)
    db = open_database(paths)
    ReflectionStore(db).person_profile()
    make_backup(paths)
    setup_logging(paths.logs)
    logger.info("something")
    db.close()
    (data_dir / "thesis.docx").write_bytes(b"years of work")
    (data_dir / "photos").mkdir()
    (data_dir / "photos" / "a.jpg").write_bytes(b"jpg")
    listed = {p.name for p in stored_items(paths)}
    assert {"hype.sqlite3", "backups", "logs"} <= listed and not {"thesis.docx", "photos"} & listed
    assert erase_all(paths) == []
    assert sorted(p.name for p in data_dir.iterdir()) == ["photos", "thesis.docx"]
    assert (data_dir / "photos" / "a.jpg").read_bytes() == b"jpg"


def test_erase_clears_only_the_file_dialog_entries_the_app_left(qapp, data_dir) -> None:
    from PySide6.QtCore import QSettings

    from hype_desktop.ui import erase
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    shared.setValue("FileDialog/history", ["file:///home/someone/thesis"])
    shared.setValue("FileDialog/lastVisited", "file:///home/someone/thesis")
    shared.setValue("FileDialog/viewMode", "Detail")
    shared.sync()
    erase.remember_file_dialog_state()
    shared.setValue("FileDialog/history", ["file:///home/someone/thesis", "file:///home/me/hype-exports"])
    shared.setValue("FileDialog/lastVisited", "file:///home/me/hype-exports")
    shared.sync()
    DataPaths(data_dir).ensure()
    erase.erase_all(DataPaths(data_dir))
    shared = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert erase._as_list(shared.value("FileDialog/history")) == ["file:///home/someone/thesis"]
    assert shared.value("FileDialog/lastVisited") == "file:///home/someone/thesis"
    assert shared.value("FileDialog/viewMode") == "Detail"
    assert Path(shared.fileName()).exists()


def test_erase_releases_and_removes_the_single_instance_lock_and_nothing_else_in_tmp(qapp, data_dir, tmp_path) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QDir

    from hype_desktop.ui.erase import erase_all
    from hype_desktop.ui.single_instance import SingleInstance, instance_key, lock_path

    tmp = Path(QDir.tempPath())
    DataPaths(data_dir).ensure()
    running = SingleInstance(data_dir)
    assert running.acquire()
    lock, socket = Path(lock_path(data_dir)), tmp / instance_key(data_dir)
    assert lock.exists()
    foreign = tmp / f"{instance_key(data_dir)}-not-ours.txt"
    foreign.write_text("another program's file")
    try:
        assert erase_all(DataPaths(data_dir)) == []
        assert not lock.exists() and not socket.exists() and not running._lock.isLocked()
        assert foreign.read_text() == "another program's file"
    finally:
        running.release()
        foreign.unlink()
    # a lock file left by a copy that was killed goes too
    code = ("import os,sys; from PySide6.QtCore import QLockFile; "
            f"from hype_desktop.ui.single_instance import lock_path; l = QLockFile(lock_path({str(data_dir)!r})); "
            "assert l.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert lock.exists()
    assert erase_all(DataPaths(data_dir)) == []
    assert not lock.exists()
