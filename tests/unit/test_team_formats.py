"""Team file formats: valid examples read, every invalid example rejected for its own reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import write_json_atomic
from hype_desktop.formats.team_formats import (
    read_round_file,
    read_share_file,
    read_team_file,
)
from hype_desktop.formats.team_rules import (
    checksum_of,
    with_checksum,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "team"
READERS = {".hype": read_share_file, ".hype-round": read_round_file, ".hype-team": read_team_file}

# invalid example -> (message key, a piece of the reason)
INVALID = {
    "invalid-newer-format.hype": ("file.newer_format", "format 2"),
    "invalid-checksum.hype": ("team.bad_checksum", "checksum"),
    "invalid-extra-field.hype": ("file.invalid", "extra"),
    "invalid-answer-6.hype": ("file.invalid", "content.answers.key_factors.leadership.1"),
    "invalid-answer-string.hype": ("file.invalid", "content.answers.key_factors.leadership.1"),
    "invalid-bad-date.hype": ("file.invalid", "round.date"),
    "invalid-wrong-kind.hype": ("file.wrong_kind", "HyPe share"),
    "invalid-long-note.hype": ("file.invalid", "content.notes"),
    "invalid-four-steps.hype": ("file.invalid", "content.next_steps"),
    "invalid-pseudonym.hype": ("file.invalid", "respondent"),
    "invalid-duplicate-key.hype": ("file.duplicate_key", "format"),
    "invalid-nan.hype": ("file.bad_number", "NaN"),
    "invalid-truncated.hype": ("file.not_json", "JSON"),
    "invalid-not-json.hype": ("file.not_json", "JSON"),
    "invalid-newer-format.hype-round": ("file.newer_format", "format 3"),
    "invalid-min-group-2.hype-round": ("file.invalid", "min_group.scores"),
    "invalid-bad-team-code.hype-round": ("file.invalid", "team_code"),
    "invalid-small-n-mean.hype-team": ("file.invalid", "fewer than 3"),
    "invalid-small-n-distribution.hype-team": ("file.invalid", "fewer than 5"),
}


def _reader(path: Path):
    return READERS["." + path.name.split(".", 1)[1]]


def test_every_invalid_example_is_listed():
    on_disk = {p.name for p in DATA.iterdir() if p.name.startswith("invalid-")}
    assert on_disk == set(INVALID)


@pytest.mark.parametrize("name", ["valid.hype", "valid.hype-round", "valid.hype-team"])
def test_valid_examples_read(name):
    model = _reader(DATA / name)(DATA / name)
    assert model.team_code == "TEAM-7"
    assert model.round.id == "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_example_rejected_with_its_reason(name):
    key, piece = INVALID[name]
    with pytest.raises(FileProblem) as info:
        _reader(DATA / name)(DATA / name)
    assert info.value.key == key
    text = info.value.render("en")
    assert text.startswith(name + ":")
    assert piece in text
    for lang in ("fi", "sv"):
        assert info.value.render(lang) != text


def test_round_trip_share(tmp_path):
    data = json.loads((DATA / "valid.hype").read_text(encoding="utf-8"))
    model = read_share_file(DATA / "valid.hype")
    assert model.model_dump(mode="json") == data
    out = write_json_atomic(tmp_path / "again.hype", model.model_dump(mode="json"))
    assert read_share_file(out) == model
    assert [p.name for p in tmp_path.iterdir()] == ["again.hype"]  # no temporary file left


def test_checksum_covers_every_field_but_itself():
    data = json.loads((DATA / "valid.hype").read_text(encoding="utf-8"))
    assert checksum_of(data) == data["checksum"]
    assert with_checksum({**data, "checksum": "x"}) == data
    changed = {**data, "app_version": "9.9.9"}
    assert checksum_of(changed) != data["checksum"]


def test_share_file_holds_no_load_module_by_default():
    model = read_share_file(DATA / "valid.hype")
    assert "load" not in model.content.modules
    assert not any(k.startswith("load.") for k in model.content.answers)


def test_oversized_file_refused_before_parsing(tmp_path):
    big = tmp_path / "big.hype"
    big.write_bytes(b"{" + b" " * (600 * 1024) + b"}")
    with pytest.raises(FileProblem) as info:
        read_share_file(big)
    assert info.value.key == "file.too_big"


# --- the one-parse fast path must refuse what the careful path refuses ---------------------------
def _raw_share() -> str:
    return (DATA / "valid.hype").read_text(encoding="utf-8")


def test_duplicate_key_hidden_by_an_escaped_colon_is_still_refused(tmp_path):
    """A repeated key adds a colon; an escaped colon in a string cannot balance it out."""
    from hype_desktop.formats.share_reading import quick_share
    data = json.loads(_raw_share())
    # repeat "app_version" (pydantic keeps the last, equal one) and move one colon into an escape
    note = data["content"]["notes"][0]["text"] if data["content"]["notes"] else None
    assert note is not None and ":" not in note
    data["content"]["notes"][0]["text"] = note + ": x"
    signed = with_checksum(data)
    text = json.dumps(signed, ensure_ascii=False).replace('"app_version": ',
                                                          '"app_version": "0.0.1", "app_version": ', 1)
    text = text.replace(note + ": x", note + "\\u003a x", 1)
    assert text.count(":") == json.dumps(signed, ensure_ascii=False).count(":")  # a bare count is fooled
    path = tmp_path / "dup.hype"
    path.write_text(text, encoding="utf-8")
    assert quick_share(text.encode()) is None
    with pytest.raises(FileProblem) as info:
        read_share_file(path)
    assert info.value.key == "file.duplicate_key"


def test_plain_duplicate_key_refused_and_escaped_colon_alone_accepted(tmp_path):
    from hype_desktop.formats.share_reading import quick_share
    signed = json.loads(_raw_share())
    text = json.dumps(signed, ensure_ascii=False)
    assert quick_share(text.encode()) is not None  # the common case takes one parse
    dup = text.replace('"team_code": ', '"team_code": "TEAM-7", "team_code": ', 1)
    assert quick_share(dup.encode()) is None
    data = json.loads(_raw_share())
    data["content"]["notes"][0]["text"] += ": x"
    escaped = json.dumps(with_checksum(data), ensure_ascii=False).replace(": x", "\\u003a x", 1)
    (tmp_path / "esc.hype").write_text(escaped, encoding="utf-8")
    assert read_share_file(tmp_path / "esc.hype").content.notes[0].text.endswith(": x")


@pytest.mark.parametrize("text", ["plain", "ä ö å € 𝄞", "tab\tnew\nline\r\b\f\x01\x1f\x7f", 'q"uote\\back/slash',
                                  "<b>&amp;</b> ' \u2028 \u2029 \ufeff"])
def test_canonical_form_is_the_documented_one(text):
    """Sorted keys, compact separators, UTF-8 without escapes, no checksum: what other tools
    recompute from the published format (the shared encoder must not drift from it)."""
    from hype_desktop.formats.team_rules import canonical_bytes
    data = json.loads(_raw_share())
    data["content"]["notes"][0]["text"] = text
    data["z"] = {"b": [1, {"y": None, "x": text}], "a": "na"}
    body = {k: v for k, v in data.items() if k != "checksum"}
    assert canonical_bytes(data) == json.dumps(body, sort_keys=True, separators=(",", ":"),
                                               ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("stats", [
    {"id": "f", "n": 2, "mean": 3.0, "median": 3.0, "sd": 0.5},  # scores of 2 < k_scores 3
    {"id": "f", "n": 4, "mean": 3.0, "median": 3.0, "sd": 0.5, "distribution": (0, 1, 2, 1, 0)},  # 4 < k_detail 5
])
def test_a_summary_that_breaks_its_group_sizes_is_never_built(stats):
    """build_team_file's own check (no pydantic in a collation) stops what the model would refuse."""
    from hype_desktop.domain.aggregate import Stats, TeamAggregate
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.formats import team_exchange
    build_team_file = team_exchange.build_team_file.__wrapped__  # without the tests' strict model (conftest)
    ok = Stats("g", 5, 3.0, 3.0, 0.5, (1, 1, 1, 1, 1))
    bad = Stats(**stats)
    for factors, items in (({"f": bad}, {}), ({"g": ok}, {"f": bad})):
        agg = TeamAggregate(contributors=5, thresholds=Thresholds(), factors=factors, items=items,
                            most_agreed=[], most_disputed=[])
        with pytest.raises(ValueError, match="f: .*fewer than"):
            build_team_file({"id": "hype-core", "version": 1}, "TEAM-7",
                            {"id": "0" * 32, "phase": "kickoff", "label": "", "date": "2025-09-01"}, agg)
    agg = TeamAggregate(contributors=5, thresholds=Thresholds(), factors={"g": ok}, items={},
                        most_agreed=[], most_disputed=[])
    assert build_team_file({"id": "hype-core", "version": 1}, "TEAM-7",
                           {"id": "0" * 32, "phase": "kickoff", "label": "", "date": "2025-09-01"}, agg)["factors"]
