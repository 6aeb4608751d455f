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


def default_data_dir() -> Path:
    """The platform's conventional per-user application data folder."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / _APP_DIR_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / _APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / _APP_DIR_NAME_XDG


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

        Folders created here are private to the user (0700 on POSIX): on a shared computer,
        other accounts cannot read the answers. An existing folder's permissions are left alone.
        """
        for folder in (self.root, self.backups, self.logs):
            if not folder.exists():
                folder.mkdir(parents=True, exist_ok=True)
                if os.name == "posix":
                    os.chmod(folder, 0o700)
        return self


def resources_dir() -> Path:
    """Bundled read-only resources (instruments, schemas, translations, icons).

    In a source checkout they sit next to the package; in a PyInstaller bundle
    they are unpacked under ``sys._MEIPASS``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
