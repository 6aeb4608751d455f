"""The JSON Schemas shipped for trainers are generated from the pydantic models and kept current."""

from __future__ import annotations

import json

import pytest

from hype_desktop.formats.instrument_format import instrument_json_schema
from hype_desktop.formats.schemas import SCHEMAS, render_schema, write_schemas
from hype_desktop.paths import resources_dir

REGENERATE = "python -m hype_desktop.formats.schemas"


def test_instrument_schema_file_is_current():
    path = resources_dir() / "schemas" / "instrument.schema.json"
    expected = json.dumps(instrument_json_schema(), indent=2, ensure_ascii=False) + "\n"
    assert path.exists(), f"{path} is missing; write it with `{REGENERATE}`"
    assert path.read_bytes().decode("utf-8") == expected, (
        f"{path.name} is out of date with the instrument format; regenerate it with `{REGENERATE}`")


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_schema_file_is_current(name):
    path = resources_dir() / "schemas" / name
    assert path.exists(), f"{path} is missing; write it with `{REGENERATE}`"
    assert path.read_bytes().decode("utf-8") == render_schema(SCHEMAS[name]()), (
        f"{name} is out of date; regenerate it with `{REGENERATE}`")


def test_write_schemas_writes_the_checked_text(tmp_path):
    written = write_schemas(tmp_path / "schemas")
    assert sorted(p.name for p in written) == sorted(SCHEMAS)
    for path in written:
        raw = path.read_bytes()
        assert b"\r\n" not in raw
        assert raw.decode("utf-8") == render_schema(SCHEMAS[path.name]())
        assert json.loads(raw)  # valid JSON
