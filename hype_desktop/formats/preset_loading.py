"""Trainer presets: finding hype-preset.json and what the app takes from it.

The app looks for a preset given with ``--preset FILE``, else for ``hype-preset.json`` next
to the installed executable (where ``python packaging/build.py --preset`` and the Windows
installer put it). Without a preset nothing here imports pydantic. A broken preset never
stops the app: ``load_preset_or_defaults`` returns the problem and the app starts on its
defaults, telling the user in fi/sv/en which file was wrong and why.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.preset import Preset

PRESET_FILE_NAME = "hype-preset.json"


def installed_preset_path() -> Path | None:
    """hype-preset.json next to the executable of an installed (frozen) app, if there is one."""
    if not getattr(sys, "frozen", False):
        return None
    candidate = Path(sys.executable).resolve().parent / PRESET_FILE_NAME
    return candidate if candidate.is_file() else None


def find_preset(explicit: str | Path | None = None) -> Path | None:
    if explicit:
        return Path(explicit).expanduser()
    return installed_preset_path()


def load_preset(path: Path | str, builtin: Instrument | None = None) -> Preset:
    """Validate and load a preset; raises FileProblem (hype_desktop.formats.errors)."""
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.preset_format import load_preset_file
    return load_preset_file(path, builtin or load_builtin_instrument())


def load_preset_or_defaults(explicit: str | Path | None = None, builtin: Instrument | None = None):
    """(preset or None, problem or None): a broken preset gives None and its FileProblem."""
    path = find_preset(explicit)
    if path is None:
        return None, None
    from hype_desktop.formats.errors import FileProblem
    try:
        return load_preset(path, builtin), None
    except FileProblem as problem:
        return None, problem


def preset_instrument(preset: Preset | None) -> Instrument:
    """The trainer's instrument pack when the preset brings one, else the built-in content."""
    if preset is not None and preset.instrument is not None:
        return preset.instrument
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    return load_builtin_instrument()
