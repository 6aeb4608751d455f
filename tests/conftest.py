"""Test isolation: offscreen Qt, temporary data folders, and a guard on the real home.

Every test gets its own HOME, XDG folders, HYPE_DATA_DIR and MPLCONFIGDIR under a
temporary folder. An audit hook fails any test that opens a file for writing under
the real home folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# In CI the property tests draw the same examples on every run, so a red build is the change's
# doing and can be re-run to the same result; locally they keep exploring new examples.
# (Hypothesis has a built-in "ci" profile too; this one says so here and keeps no example database.)
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    hypothesis_settings.load_profile("ci")
os.environ.pop("HYPE_PRESET", None)

REAL_HOME = Path(os.path.expanduser("~")).resolve()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data"))

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_guard = {"on": False, "violations": []}


def _under_real_home(path: object) -> bool:
    if not isinstance(path, (str, bytes, os.PathLike)):
        return False
    try:
        p = Path(os.fsdecode(path))
        if not p.is_absolute():
            return False
        resolved = p.resolve()
    except (OSError, ValueError):
        return False
    if ROOT in resolved.parents or resolved == ROOT:
        return False
    return REAL_HOME == resolved or REAL_HOME in resolved.parents


def _audit(event: str, args: tuple) -> None:
    if not _guard["on"]:
        return
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS)
        if writing and _under_real_home(path):
            _guard["violations"].append(os.fsdecode(path))
    elif event in ("os.mkdir", "os.rename", "os.remove", "shutil.rmtree") and args:
        if _under_real_home(args[0]):
            _guard["violations"].append(f"{event} {os.fsdecode(args[0])}")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def every_team_summary_passes_the_strict_model(monkeypatch):
    """At run time build_team_file checks only the group sizes (a collation never loads
    pydantic); in the tests every summary it builds must pass the strict TeamFile model too."""
    from hype_desktop.collation import collate as team_collation
    from hype_desktop.formats import team_exchange

    build = team_exchange.build_team_file

    def checked(*args, **kwargs):
        data = build(*args, **kwargs)
        from hype_desktop.formats.team_formats import TeamFile
        TeamFile.model_validate(data)
        return data

    checked.__wrapped__ = build  # type: ignore[attr-defined] # for the test of build's own check
    monkeypatch.setattr(team_exchange, "build_team_file", checked)
    monkeypatch.setattr(team_collation, "build_team_file", checked)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Point HOME, XDG folders and the data folder at temporary ones; guard the real home."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(base))
    for var, sub in (("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "runtime")):
        folder = base / sub
        folder.mkdir(parents=True, exist_ok=True)
        if var == "XDG_RUNTIME_DIR":
            folder.chmod(0o700)
        monkeypatch.setenv(var, str(folder))
    monkeypatch.setenv("HYPE_DATA_DIR", str(base / "hype-data"))
    monkeypatch.setenv("MPLCONFIGDIR", str(base / "mpl"))
    _guard["violations"].clear()
    _guard["on"] = True
    yield base
    _guard["on"] = False
    assert not _guard["violations"], f"wrote under the real home: {_guard['violations']}"


@pytest.fixture
def data_dir(isolated_home) -> Path:
    return isolated_home / "hype-data"


@pytest.fixture
def mini_instrument():
    from mini_instrument import mini_instrument as make

    from hype_desktop.formats.instrument_build import build_instrument
    return build_instrument(make())


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database migrated to head once per session (tests/migrations covers migrating itself)."""
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    paths = DataPaths(tmp_path_factory.mktemp("template"))
    open_database(paths).close()  # closing the last connection checkpoints: one self-contained file
    return paths.database


@pytest.fixture
def store(data_dir, migrated_template):
    """A ReflectionStore on a fresh database in the test's data folder (a copy of the template)."""
    import shutil

    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    paths = DataPaths(data_dir).ensure()
    shutil.copyfile(migrated_template, paths.database)
    db = open_database(paths)
    yield ReflectionStore(db)
    db.close()


@pytest.fixture
def make_ctx(qapp, data_dir, mini_instrument):
    """Application contexts built as the app builds them (``app.build_context``) on the test's
    data folder, with the small test instrument unless another ``instrument`` is given or
    ``app_content=True`` keeps the content the app chose (built-in, or the preset's). Each is
    closed, and English put back, after the test."""
    from hype_desktop.app import _qt_app, build_context
    _qt_app()
    made = []

    def make(lang: str | None = "en", instrument=None, *, app_content: bool = False, preset=None,
             root: Path | None = None):
        ctx = build_context(root or data_dir, lang, preset)
        made.append(ctx)
        if not app_content:
            ctx.instrument = instrument or mini_instrument
        return ctx

    yield make
    for ctx in made:
        ctx.language.apply("en")
        ctx.services.close()


@pytest.fixture
def core_ctx(make_ctx):
    """The application context on the built-in content, in English, as the app starts."""
    return make_ctx(app_content=True)


@pytest.fixture
def sync_background(monkeypatch):
    """Background work runs inline: its callbacks have run when ``Background.run`` returns."""
    from hype_desktop.ui.background import Background
    monkeypatch.setattr(Background, "synchronous", True)


@pytest.fixture
def disk(tmp_path):
    """A real full disk to be: a 4 MB tmpfs of the test's own (root only), see tests/data/full_disk.py."""
    from full_disk import mounted_tmpfs
    yield from mounted_tmpfs(tmp_path)
