"""The services the window and the command line are handed, built in one place.

Both entry points open a data folder with :meth:`Services.open` and ask it for what they need:
the reflections, their history, the team rounds, the backups and the settings. No view or
command builds a repository from a database handle, so how each is opened (lazily for the
start-up, on a connection of its own in a worker thread) is decided here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hype_desktop.paths import DataPaths
from hype_desktop.store import backup as b
from hype_desktop.store.settings import SettingsService

if TYPE_CHECKING:
    from hype_desktop.collation.rounds import CreatedRound
    from hype_desktop.collation.workshop_result import WorkshopResult
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.domain.instrument import Instrument
    from hype_desktop.domain.preset import Preset
    from hype_desktop.domain.reflection import Phase
    from hype_desktop.formats.team_formats import RoundFile, TeamFile
    from hype_desktop.store.engine import Database
    from hype_desktop.store.history import HistoryReader
    from hype_desktop.store.round_keys import RoundKeyStore
    from hype_desktop.store.team import TeamStore


class Backups:
    """Backups of one data folder, kept as many as the settings say."""

    def __init__(self, paths: DataPaths, settings: SettingsService) -> None:
        self.paths = paths
        self.settings = settings

    def list(self) -> list[b.BackupInfo]:
        return b.list_backups(self.paths)

    def make(self) -> b.BackupInfo:
        """A backup asked for by the user."""
        return b.make_backup(self.paths, b.KIND_MANUAL)

    def restore(self, backup: Path) -> tuple[b.BackupInfo | None, float]:
        return b.restore_backup(self.paths, backup)

    def automatic(self, cancel: Callable[[], bool] | None = None) -> b.BackupInfo | None:
        """The daily automatic backup when one is due, then rotation (slow: off the GUI thread).
        ``cancel`` stops a copy under way (BackupCancelled), e.g. when the app quits."""
        kept = self.settings.load()
        return b.run_auto_backup(self.paths, kept.keep_daily, kept.keep_weekly, cancel=cancel)

    def database_damaged(self) -> bool:
        """After a failed backup: whether the database itself fails its check (then it is
        checked in full at the next start)."""
        from hype_desktop.store.migrate import CHECK_MARKER
        if not self.paths.database.exists() or b.readable(self.paths.database):
            return False
        try:
            (self.paths.root / CHECK_MARKER).touch()
        except OSError:
            pass
        return True


class TeamRounds:
    """The team rounds of one data folder: made here (their keys stay here), their invitations
    opened here, summaries checked against the keys kept here, workshops linked to them."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, instrument: Instrument, team_code: str, phase: Phase, label: str, day: date,
               modules: Iterable[str], members: int | None = None, group_sizes: Thresholds | None = None,
               lead_name: str = "") -> CreatedRound:
        from hype_desktop.collation.rounds import create_round
        return create_round(self._db, instrument, team_code, phase, label, day, modules, members=members,
                            group_sizes=group_sizes, lead_name=lead_name)

    def remember_invitation(self, path: Path | str) -> RoundFile:
        """Read a round's invitation and keep it for this member's shares (FileProblem if unusable)."""
        from hype_desktop.collation.rounds import remember_invitation
        return remember_invitation(self._db, path)

    def member_invitation(self, round_uid: str) -> RoundFile | None:
        from hype_desktop.collation.rounds import member_invitation
        return member_invitation(self._db, round_uid)

    def read_verified_summary(self, path: Path | str) -> TeamFile:
        from hype_desktop.collation.rounds import read_verified_summary
        return read_verified_summary(self._db, path)

    def keyed_names(self) -> list[str]:
        """The rounds whose keys are kept here, by name (what erasing the data would lose)."""
        from hype_desktop.collation.rounds import keyed_round_names
        return keyed_round_names(self._db)

    def has_linked_workshop(self, round_uid: str) -> bool:
        from hype_desktop.store.workshop import linked_workshops
        return bool(linked_workshops(self._db, round_uid))


class Services:
    """One data folder's services. ``reflections`` is the ReflectionStore (or, for a fast
    start, a LazyReflectionStore that loads the ORM on first real use)."""

    def __init__(self, paths: DataPaths, db_path: Path, *, lazy: bool = True) -> None:
        from hype_desktop.store.lazy_store import LazyReflectionStore
        self.paths = paths
        self.db_path = db_path
        self.settings = SettingsService(db_path)
        self.backups = Backups(paths, self.settings)
        self.reflections: Any
        if lazy:
            self.reflections = LazyReflectionStore(db_path)
        else:
            from hype_desktop.store.engine import Database
            from hype_desktop.store.reflections import ReflectionStore
            self.reflections = ReflectionStore(Database(db_path))

    @classmethod
    def open(cls, data_root: Path, *, lazy: bool = True) -> Services:
        """Check, create or upgrade the data folder's database; raises StoreProblem when it
        cannot be used (newer, damaged, an unwritable folder)."""
        from hype_desktop.store.migrate import prepare_database
        paths = DataPaths(data_root)
        return cls(paths, prepare_database(paths), lazy=lazy)

    @property
    def database(self) -> Database:
        """The open database (loads the ORM when the reflections are still lazy)."""
        db: Database = self.reflections.db
        return db

    def history(self) -> HistoryReader:
        from hype_desktop.store.history import HistoryReader
        return HistoryReader(self.database)

    def team(self) -> TeamStore:
        """The team rounds (sqlite3 alone: a short-lived connection per call, no ORM)."""
        from hype_desktop.store.team import TeamStore
        return TeamStore(self.db_path)

    def team_rounds(self) -> TeamRounds:
        return TeamRounds(self.database)

    def round_keys(self) -> RoundKeyStore:
        """The keys of the rounds collated here and the invitations opened here."""
        from hype_desktop.store.round_keys import RoundKeyStore
        return RoundKeyStore(self.db_path)

    @contextmanager
    def team_on_own_connection(self) -> Iterator[TeamStore]:
        """The team rounds for a worker thread: each call opens its own short-lived connection
        (a connection is never shared between threads)."""
        from hype_desktop.store.team import TeamStore
        yield TeamStore(self.db_path)

    def linked_workshop(self, instrument: Instrument, round_uid: str) -> WorkshopResult | None:
        """The newest finished workshop result linked to a collated round, if any."""
        from hype_desktop.collation.workshop_result import linked_workshop_result
        return linked_workshop_result(self.database, instrument, round_uid)

    def member_secret(self) -> str:
        """This member's secret for pseudonyms in their shares (made on first use)."""
        from hype_desktop.store.team import member_secret
        return member_secret(self.settings)

    def content(self, preset: Preset | None = None) -> Instrument:
        """The content to reflect with: the preset's or the installed one, and for reflections
        made with content no longer installed, its kept copy."""
        from hype_desktop.formats.content_library import content_library
        from hype_desktop.formats.preset_loading import preset_instrument
        return content_library(self.db_path, preset_instrument(preset))

    def close(self) -> None:
        close = getattr(self.reflections, "close", None)
        if close is not None:
            close()
