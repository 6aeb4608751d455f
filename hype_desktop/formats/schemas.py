"""Write the JSON Schemas of HyPe's file formats into resources/schemas/.

The schemas are generated from the pydantic models; a test checks the files are up to
date. After changing a format, regenerate them with::

    python -m hype_desktop.formats.schemas
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hype_desktop.formats.instrument_format import instrument_json_schema
from hype_desktop.formats.preset_format import preset_json_schema
from hype_desktop.paths import resources_dir

# File name in resources/schemas/ -> function returning that schema. Add new formats here.
SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "instrument.schema.json": instrument_json_schema,
    "hype-round.schema.json": lambda: _team("round_json_schema"),
    "hype-share.schema.json": lambda: _team("share_json_schema"),
    "hype-share-content.schema.json": lambda: _team("share_content_json_schema"),
    "hype-team.schema.json": lambda: _team("team_json_schema"),
    "preset.schema.json": preset_json_schema,
}


def _team(name: str) -> dict[str, Any]:
    from hype_desktop.formats import team_formats
    schema: dict[str, Any] = getattr(team_formats, name)()
    return schema


def render_schema(schema: dict[str, Any]) -> str:
    """The exact text a schema file holds (the test compares against this)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schemas_dir() -> Path:
    return resources_dir() / "schemas"


def write_schemas(folder: Path | None = None) -> list[Path]:
    """(Re)write every schema file; returns the paths written."""
    folder = folder or schemas_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SCHEMAS.items():
        path = folder / name
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_schema(make()))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    for path in write_schemas():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
