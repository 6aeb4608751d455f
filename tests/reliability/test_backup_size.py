"""Backups of a big database: quitting does not wait for a copy, and a copy never fills the disk."""

from __future__ import annotations

from datetime import date

import pytest

from hype_desktop.domain.reflection import Phase, Round
from hype_desktop.paths import DataPaths
from hype_desktop.store import backup as b
from hype_desktop.store import sqlite_copy
from hype_desktop.store.migrate import open_database
from hype_desktop.store.reflections import ReflectionStore
from hype_desktop.store.sqlite_copy import BackupCancelled, BackupFailed


@pytest.fixture
def filled(data_dir, mini_instrument) -> DataPaths:
    paths = DataPaths(data_dir)
    db = open_database(paths)
    store = ReflectionStore(db)
    for n in range(40):
        r = store.start(store.person_profile(), Round(Phase.CHECK_IN, date.today()), mini_instrument,
                        ("alpha",), ("alpha.one",))
        store.save_note(r.id, "alpha.one.1", "x" * 1990 + str(n))
    db.close()
    return paths


def test_a_copy_stops_when_asked_and_leaves_nothing(filled, monkeypatch) -> None:
    monkeypatch.setattr(sqlite_copy, "_STEP_PAGES", 1)
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(BackupCancelled):
        b.run_auto_backup(filled, cancel=cancel)
    assert list(filled.backups.iterdir()) == []  # no partial file, no copy


def test_a_copy_that_would_fill_the_disk_is_not_started(filled, monkeypatch) -> None:
    monkeypatch.setattr(sqlite_copy, "MIN_FREE_AFTER_BYTES", 1 << 60)
    with pytest.raises(BackupFailed) as caught:
        b.make_backup(filled, b.KIND_AUTO)
    assert "not enough free disk space" in str(caught.value)
    assert list(filled.backups.iterdir()) == []


def test_quitting_makes_no_backup_of_a_big_database(filled, monkeypatch) -> None:
    from hype_desktop import app
    monkeypatch.setattr(app, "QUIT_BACKUP_MAX_BYTES", 1024)
    assert not app.backup_at_quit_affordable(filled)
    monkeypatch.setattr(app, "QUIT_BACKUP_MAX_BYTES", 1 << 40)
    assert app.backup_at_quit_affordable(filled)
