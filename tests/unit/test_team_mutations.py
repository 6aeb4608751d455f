"""Mutation tests: damaged variants of valid team files are rejected cleanly or accepted correctly.

Never an exception other than FileProblem, never a hang; and a good share of the cases must
get past JSON parsing into schema validation (else we would only be testing the JSON reader).
A long fuzz run (tests/fuzz/run_fuzz.py) registers the same readers.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from team_keys import EXAMPLE_SECRET, read_example_share

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.sealing import seal, unseal
from hype_desktop.formats.team_formats import (
    read_round_file,
    read_team_file,
)
from hype_desktop.formats.team_rules import (
    with_checksum,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "team"


def read_share_file(path: Path):
    """The mutated bytes in ``path`` are what a member's app sealed: seal them as the app does
    (so every case reaches the reader behind the seal), then read the file the one way."""
    raw = path.read_bytes()
    path.write_text(json.dumps({"format": "hype-share", "format_version": 2, "round": EXAMPLE_SECRET.public.round_id,
                                "sealed": seal(raw, EXAMPLE_SECRET.public.seal)}), encoding="utf-8")
    return read_example_share(path)


def _raw(name: str) -> bytes:
    raw = (DATA / name).read_bytes()
    if name == "valid.hype":  # the content behind the seal
        inner = unseal(json.loads(raw)["sealed"], EXAMPLE_SECRET.opener())
        return (json.dumps(json.loads(inner), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return raw


KINDS = {"valid.hype": read_share_file, "valid.hype-round": read_round_file, "valid.hype-team": read_team_file}
PARSE_KEYS = {"file.not_json", "file.not_utf8", "file.duplicate_key", "file.bad_number", "file.too_deep",
              "file.too_big", "file.unreadable"}
MARKUP = "<b>x</b><img src='/etc/passwd'/><a href=\"javascript:alert(1)\">&amp;</a>$x^2$"


def _paths(node, prefix=()) -> Iterator[tuple]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))
    else:
        yield prefix


def _set(data, path, value):
    node = data
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value


def _encode(data, name: str, path: tuple = ()) -> bytes:
    if name.endswith(".hype") and path != ("checksum",):
        data = with_checksum(data)  # re-sealed, so the case reaches the schema, not only the checksum
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def mutations(name: str, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    raw = _raw(name)
    data = json.loads(raw)
    rng = random.Random(seed)
    for cut in sorted(rng.sample(range(1, len(raw)), 12)):
        yield f"truncate@{cut}", raw[:cut]
    for n in range(12):
        b = bytearray(raw)
        for _ in range(1 + n % 3):
            pos = rng.randrange(len(b))
            b[pos] ^= 1 << rng.randrange(8)
        yield f"flip#{n}", bytes(b)
    leaves = list(_paths(data))
    for path in rng.sample(leaves, min(25, len(leaves))):
        for label, value in (("str", "x"), ("int", 7), ("list", []), ("obj", {}), ("null", None),
                             ("bool", True), ("float", 3.5)):
            d = copy.deepcopy(data)
            _set(d, path, value)
            yield f"type:{'.'.join(map(str, path))}={label}", _encode(d, name, path)
    for path in rng.sample(leaves, min(10, len(leaves))):
        for label, value in (("huge", 10 ** 30), ("big_float", 1e308), ("neg", -1), ("int64", 2 ** 63)):
            d = copy.deepcopy(data)
            _set(d, path, value)
            yield f"number:{'.'.join(map(str, path))}={label}", _encode(d, name, path)
    text = raw.decode("utf-8")
    yield "nan", text.replace('"format_version": 2', '"format_version": NaN', 1).encode()
    yield "infinity", text.replace('"format_version": 2', '"format_version": -Infinity', 1).encode()
    yield "huge_exponent", text.replace('"format_version": 2', '"format_version": 1e400', 1).encode()
    yield "huge_int_digits", text.replace('"format_version": 2', '"format_version": ' + "9" * 5000, 1).encode()
    deep = copy.deepcopy(data)
    nested: object = "x"
    for _ in range(200):
        nested = [nested]
    deep["app_version"] = nested
    yield "deep_nesting", json.dumps(deep).encode()
    yield "deep_raw", ("[" * 10_000 + "]" * 10_000).encode()
    yield "duplicate_key", text.replace("{", '{"format": "x", ', 1).encode()
    for path in [p for p in leaves if isinstance(_get(data, p), str)]:
        d = copy.deepcopy(data)
        _set(d, path, MARKUP)
        yield f"markup:{'.'.join(map(str, path))}", _encode(d, name, path)
    yield "bom", b"\xef\xbb\xbf" + raw
    yield "empty", b""
    yield "array_top", b"[]"
    yield "not_utf8", raw.replace(b'"', b"\xff", 1)


def _get(data, path):
    for p in path:
        data = data[p]
    return data


def _check(reader, path: Path) -> str:
    """'ok', or the FileProblem key; anything else escaping fails the test."""
    try:
        reader(path)
        outcome = "ok"
    except FileProblem as problem:
        assert problem.render("fi") and problem.render("en").startswith(path.name)
        outcome = problem.key
    return outcome


@pytest.mark.parametrize("name", sorted(KINDS))
def test_mutations_rejected_cleanly_or_accepted(name, tmp_path):
    reader = KINDS[name]
    outcomes: dict[str, str] = {}
    for n, (label, raw) in enumerate(mutations(name)):
        path = tmp_path / f"m{n}{Path(name).suffix}"
        path.write_bytes(raw)
        outcomes[label] = _check(reader, path)
    schema_level = [k for k in outcomes.values() if k not in PARSE_KEYS]
    assert len(outcomes) > 150
    assert len(schema_level) / len(outcomes) > 0.6, "too few cases reach schema validation"
    for label, key in outcomes.items():
        if label.startswith(("nan", "infinity", "huge_exponent")):
            assert key == "file.bad_number", label
        if label.startswith("deep_"):
            assert key in ("file.too_deep", "file.invalid"), label  # the share model bounds depth itself
        if label == "duplicate_key":
            assert key == "file.duplicate_key"
        if label.startswith("type:") and label.endswith(("=list", "=obj")):
            assert key != "ok", label  # no leaf of these formats may be a container
    # markup in a free-text field is accepted as plain text, byte for byte
    if name == "valid.hype":
        accepted = [k for k, v in outcomes.items() if k.startswith("markup:content.") and v == "ok"]
        assert accepted, "notes and prompt answers with markup should be accepted as text"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_ten_megabyte_string_refused_before_parsing(name, tmp_path):
    data = json.loads(_raw(name))
    data["app_version"] = "x" * (10 * 1024 * 1024)
    path = tmp_path / ("big" + Path(name).suffix)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _check(KINDS[name], path) == "file.too_big"


def test_long_note_under_size_cap_refused_by_schema(tmp_path):
    data = json.loads(_raw("valid.hype"))
    data["content"]["notes"][0]["text"] = "x" * 300_000
    path = tmp_path / "long.hype"
    path.write_bytes(_encode(data, ".hype"))
    assert _check(read_share_file, path) == "file.invalid"


def test_markup_survives_as_plain_text(tmp_path):
    data = json.loads(_raw("valid.hype"))
    data["content"]["notes"][0]["text"] = MARKUP
    path = tmp_path / "markup.hype"
    path.write_bytes(_encode(data, ".hype"))
    assert read_share_file(path).content.notes[0].text == MARKUP
