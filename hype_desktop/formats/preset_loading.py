"""Trainer presets: finding hype-preset.json and what the app takes from it.

The app looks for a preset given with ``--preset FILE`` (or HYPE_PRESET), else for
``hype-preset.json`` in the user's configuration folder, beside the installed app (where the
Windows installer and build.py --preset put it) and in the machine-wide folder, in that order
(paths.preset_locations); never inside a signed bundle. Without a preset nothing here imports
pydantic. A broken preset never stops the app: ``load_preset_or_defaults`` returns the
problem and the app starts on its defaults, telling the user in fi/sv/en which file was wrong and why.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from hype_desktop.domain.instrument import Instrument
from hype_desktop.domain.preset import Preset
from hype_desktop.paths import preset_locations

if TYPE_CHECKING:
    from hype_desktop.formats.errors import FileProblem

PRESET_FILE_NAME = "hype-preset.json"


ENV_PRESET = "HYPE_PRESET"


def find_preset(explicit: str | Path | None = None) -> tuple[str, Path] | None:
    """(where it was found, the file): ``--preset FILE``, else the HYPE_PRESET variable, else the
    first hype-preset.json in paths.preset_locations() (the user's, beside the app, the machine's)."""
    if explicit:
        return "explicit", Path(explicit).expanduser()
    env = os.environ.get(ENV_PRESET)
    if env:
        return "explicit", Path(env).expanduser()
    for kind, folder in preset_locations():
        candidate = folder / PRESET_FILE_NAME
        if candidate.is_file():
            return kind, candidate
    return None


def load_preset(path: Path | str, builtin: Instrument | None = None) -> Preset:
    """Validate and load a preset; raises FileProblem (hype_desktop.formats.errors)."""
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.formats.preset_format import load_preset_file
    return load_preset_file(path, builtin or load_builtin_instrument())


def load_preset_or_defaults(explicit: str | Path | None = None, builtin: Instrument | None = None,
                            ) -> tuple[Preset | None, FileProblem | None]:
    """(preset or None, problem or None): a broken preset gives None and its FileProblem."""
    found = find_preset(explicit)
    if found is None:
        return None, None
    origin, path = found
    from hype_desktop.formats.errors import FileProblem
    try:
        return replace(load_preset(path, builtin), origin=origin), None
    except FileProblem as problem:
        return None, problem


def preset_instrument(preset: Preset | None) -> Instrument:
    """The trainer's instrument pack when the preset brings one, else the built-in content."""
    if preset is not None and preset.instrument is not None:
        return preset.instrument
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    return load_builtin_instrument()
