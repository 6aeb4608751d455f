"""Turn an instrument's JSON data into domain objects.

Used directly for the built-in instrument (validated by the tests and the build, so
start-up does not pay for validation) and after validation for files from outside.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from hype_desktop.domain.instrument import (
    Band,
    Direction,
    Factor,
    Instrument,
    Item,
    Module,
    Prompt,
    ScalePoint,
    Text,
)
from hype_desktop.paths import resources_dir

BUILTIN_INSTRUMENT_FILE = "hype-core.json"


def _text(data: dict[str, str]) -> Text:
    return Text(dict(data))


def build_instrument(data: dict[str, Any]) -> Instrument:
    """Build an Instrument from already-parsed (and, if foreign, validated) data."""
    modules = []
    for m in data["modules"]:
        factors = []
        for f in m["factors"]:
            factors.append(Factor(
                id=f["id"],
                title=_text(f["title"]),
                description=_text(f["description"]),
                direction=Direction(f["direction"]),
                min_answered=int(f["min_answered"]),
                bands=tuple(Band(float(b["min"]), float(b["max"]), _text(b["label"])) for b in f["bands"]),
                items=tuple(Item(i["id"], _text(i["text"]), _text(i["explanation"]), bool(i.get("short_form", False)))
                            for i in f["items"]),
                prompts=tuple(Prompt(p["id"], _text(p["text"])) for p in f["prompts"]),
                strain_threshold=f.get("strain_threshold"),
                short_min_answered=f.get("short_min_answered"),
            ))
        modules.append(Module(
            id=m["id"], title=_text(m["title"]), intro=_text(m["intro"]), factors=tuple(factors),
            default_selected=bool(m.get("default_selected", True)),
            sensitive=bool(m.get("sensitive", False)),
            choose_factors=bool(m.get("choose_factors", False)),
        ))
    scale = data["scale"]
    return Instrument(
        id=data["id"],
        version=int(data["version"]),
        languages=tuple(data["languages"]),
        title=_text(data["title"]),
        description=_text(data["description"]),
        scale=tuple(ScalePoint(int(p["value"]), _text(p["label"])) for p in scale["points"]),
        not_applicable=_text(scale["not_applicable"]),
        modules=tuple(modules),
        item_map=dict(data.get("item_map") or {}),
        source=data,
    )


def builtin_instrument_path() -> Path:
    return resources_dir() / "instruments" / BUILTIN_INSTRUMENT_FILE


@lru_cache(maxsize=1)
def load_builtin_instrument() -> Instrument:
    """The instrument shipped with the app (trusted: checked by tests and the build)."""
    with open(builtin_instrument_path(), encoding="utf-8") as fh:
        return build_instrument(json.load(fh))
