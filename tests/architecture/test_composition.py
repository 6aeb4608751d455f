"""One composition root: views and commands are handed their services, they never build a
repository from a database handle, and there is one helper for background work."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILDS_A_REPOSITORY = re.compile(
    r"\.(store|reflections)\.db\b|\bservices\.database\b|\b(ReflectionStore|LazyReflectionStore|TeamStore|HistoryReader|Settings|SettingsService|"
    r"Database)\(|\bopen_database\(|\bprepare_database\(")
THREADS = re.compile(r"\b(QRunnable|QThreadPool|QThread|threading\.Thread|ThreadPoolExecutor)\b")


def _sources(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / "hype_desktop" / f).rglob("*.py"))


def test_views_and_commands_ask_the_services_for_repositories() -> None:
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
             for p in _sources("ui", "commands")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if BUILDS_A_REPOSITORY.search(line)]
    assert found == []


def test_background_work_goes_through_the_one_helper() -> None:
    found = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
             for p in [*_sources("ui", "commands"), ROOT / "hype_desktop" / "app.py"]
             if p.name != "background.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if THREADS.search(line)]
    assert found == []


def test_the_checks_see_what_they_look_for() -> None:
    assert BUILDS_A_REPOSITORY.search("TeamStore(self.ctx.store.db).rounds()")
    assert BUILDS_A_REPOSITORY.search("settings = Settings(db_path)")
    assert BUILDS_A_REPOSITORY.search("remember_invitation(self.ctx.services.database, path)")
    assert BUILDS_A_REPOSITORY.search("HistoryReader(self.ctx.store.db).steps(pid)")
    assert not BUILDS_A_REPOSITORY.search("self.ctx.services.team().rounds()")
    assert not BUILDS_A_REPOSITORY.search("self.ctx.services.team_rounds().remember_invitation(path)")
    assert not BUILDS_A_REPOSITORY.search("if DataPaths(folder).database.exists():")  # a path, not a handle
    assert THREADS.search("worker = threading.Thread(target=work)")
    assert THREADS.search("QThreadPool.globalInstance().start(job)")
