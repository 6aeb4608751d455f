"""The one place that decides where HyPe Desktop keeps files.

Order of precedence for the data folder: an explicit ``--data-dir``, then the
``HYPE_DATA_DIR`` environment variable, then the platform's usual place for
application data. Nothing else in the app builds a path to user data itself.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "HYPE_DATA_DIR"
_APP_DIR_NAME = "HyPe Desktop"
_APP_DIR_NAME_XDG = "hype-desktop"


def app_dir_name() -> str:
    """The name of the app's own data folder on this platform."""
    return _APP_DIR_NAME_XDG if sys.platform not in ("win32", "darwin") else _APP_DIR_NAME


def default_data_dir() -> Path:
    """The platform's conventional per-user application data folder."""
    home = Path.home()
    if sys.platform == "win32":
        # LocalAppData: folder redirection moves Roaming AppData to a network share, and SQLite
        # must not live there. Data an earlier version kept in Roaming stays where it is and is
        # still read, so nothing is lost on upgrade.
        local = os.environ.get("LOCALAPPDATA")
        roaming = os.environ.get("APPDATA")
        new = (Path(local) if local else home / "AppData" / "Local") / _APP_DIR_NAME
        old = (Path(roaming) if roaming else home / "AppData" / "Roaming") / _APP_DIR_NAME
        if not (new / "hype.sqlite3").exists() and (old / "hype.sqlite3").exists():
            return old
        return new
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / _APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / _APP_DIR_NAME_XDG


# Where a trainer's preset may be, by kind; precedence is the order of preset_locations().
PRESET_USER, PRESET_BESIDE_APP, PRESET_MACHINE = "user", "beside_app", "machine"


def _app_folder() -> Path | None:
    """The folder an installed (frozen) app sits in, never a folder inside a signed bundle: on
    macOS the folder holding ``HyPe Desktop.app``, elsewhere the executable's own folder."""
    if not getattr(sys, "frozen", False):
        return None
    exe = Path(sys.executable).resolve()
    for parent in exe.parents:
        if parent.suffix == ".app":
            return parent.parent
    return exe.parent


def preset_locations() -> list[tuple[str, Path]]:
    """(kind, folder) where hype-preset.json may be, the first found wins: the user's own
    configuration folder, then beside the installed app, then the machine-wide folder school IT
    can fill (ProgramData, /etc/xdg, /Library/Application Support)."""
    home = Path.home()
    places: list[tuple[str, Path]] = []
    if sys.platform == "win32":
        user = os.environ.get("APPDATA")
        places.append((PRESET_USER, (Path(user) if user else home / "AppData" / "Roaming") / _APP_DIR_NAME))
    elif sys.platform == "darwin":
        places.append((PRESET_USER, home / "Library" / "Application Support" / _APP_DIR_NAME))
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config"
        places.append((PRESET_USER, base / _APP_DIR_NAME_XDG))
    app = _app_folder()
    if app is not None:
        places.append((PRESET_BESIDE_APP, app))
    if sys.platform == "win32":
        machine = os.environ.get("PROGRAMDATA") or "C:\\ProgramData"
        places.append((PRESET_MACHINE, Path(machine) / _APP_DIR_NAME))
    elif sys.platform == "darwin":
        places.append((PRESET_MACHINE, Path("/Library/Application Support") / _APP_DIR_NAME))
    else:
        dirs = [d for d in os.environ.get("XDG_CONFIG_DIRS", "").split(":") if d and Path(d).is_absolute()]
        for folder in dirs or ["/etc/xdg"]:
            places.append((PRESET_MACHINE, Path(folder) / _APP_DIR_NAME_XDG))
    return places


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder by precedence; the folder is not created here."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "hype.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        """Create the folders (first run); idempotent.

        The app's folders are private to the user (0700 on POSIX): on a shared computer, other
        accounts cannot read the answers. Folders created here, the app's own subfolders, and a
        data folder named as the app's own are made private even when they already exist (an
        older version left them 0755); a folder the user named (--data-dir) is left as it is.
        """
        make_private_dir(self.root)
        if self.root.name in (_APP_DIR_NAME, _APP_DIR_NAME_XDG):
            make_private(self.root)
        for folder in (self.backups, self.logs):
            make_private_dir(folder)
            make_private(folder)
        return self

    def own_files(self) -> list[Path]:
        """Every file and folder the app keeps in its data folder (what "Erase" removes); other
        files a user keeps in that folder are not the app's."""
        if not self.root.is_dir():
            return []
        db = self.database.name
        markers = (".check-database", ".started-empty")
        return sorted(p for p in self.root.iterdir()
                      if p.name in (db, f"{db}-wal", f"{db}-shm", f"{db}-journal", "backups", "logs")
                      or p.name.startswith((f"{db}.damaged-", f"{db}-wal.set-aside-"))
                      or p.name in markers)


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file (POSIX; elsewhere the user's profile is private)."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, 0o700 if path.is_dir() else 0o600)
    except OSError:
        pass  # not ours to change (another owner): reading it still works


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` and any missing parents; each folder created here is 0700."""
    missing = []
    p = folder
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for p in reversed(missing):
        p.mkdir(exist_ok=True)
        make_private(p)
    return folder


def resources_dir() -> Path:
    """Bundled read-only resources (instruments, schemas, translations, icons).

    In a source checkout they sit next to the package; in a PyInstaller bundle
    they are unpacked under ``sys._MEIPASS``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
