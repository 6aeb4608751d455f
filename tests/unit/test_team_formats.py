"""Team file formats: valid examples read, every invalid example rejected for its own reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from team_keys import EXAMPLE_SECRET, read_example_share

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.team_formats import (
    read_round_file,
    read_team_file,
)
from hype_desktop.formats.team_rules import (
    checksum_of,
    with_checksum,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "team"
READERS = {".hype": read_example_share, ".hype-round": read_round_file,
           ".hype-team": lambda p: read_team_file(p, EXAMPLE_SECRET.public.sign)}

# invalid example -> (message key, a piece of the reason)
INVALID = {
    "invalid-newer-format.hype": ("file.newer_format", "format 3"),
    "invalid-version-1.hype": ("team.v1_share", "version 1"),
    "invalid-checksum.hype": ("team.bad_checksum", "checksum"),
    "invalid-bad-seal.hype": ("team.bad_seal", "sealed"),
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
    "invalid-edited.hype-round": ("team.bad_signature", "signature"),
    "invalid-small-n-mean.hype-team": ("file.invalid", "fewer than 3"),
    "invalid-small-n-distribution.hype-team": ("file.invalid", "fewer than 5"),
    "invalid-made-up.hype-team": ("team.bad_summary_signature", "made up"),
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
    assert model.round.id == EXAMPLE_SECRET.public.round_id


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
    from hype_desktop.formats.sealing import unseal
    envelope = json.loads((DATA / "valid.hype").read_text(encoding="utf-8"))
    data = json.loads(unseal(envelope["sealed"], EXAMPLE_SECRET.opener()))
    model = read_example_share(DATA / "valid.hype")
    assert model.model_dump(mode="json") == data


def test_checksum_covers_every_field_but_itself():
    from hype_desktop.formats.sealing import unseal
    envelope = json.loads((DATA / "valid.hype").read_text(encoding="utf-8"))
    data = json.loads(unseal(envelope["sealed"], EXAMPLE_SECRET.opener()))
    assert checksum_of(data) == data["checksum"]
    assert with_checksum({**data, "checksum": "x"}) == data
    changed = {**data, "app_version": "9.9.9"}
    assert checksum_of(changed) != data["checksum"]


def test_share_file_holds_no_load_module_by_default():
    model = read_example_share(DATA / "valid.hype")
    assert "load" not in model.content.modules
    assert not any(k.startswith("load.") for k in model.content.answers)


def test_oversized_file_refused_before_parsing(tmp_path):
    big = tmp_path / "big.hype"
    big.write_bytes(b"{" + b" " * (800 * 1024) + b"}")
    with pytest.raises(FileProblem) as info:
        read_example_share(big)
    assert info.value.key == "file.too_big"


def test_a_sealed_share_shows_no_answer_item_or_factor_id():
    """Opened in a text editor, a share says only its kind, version and round."""
    text = (DATA / "valid.hype").read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data) == {"format", "format_version", "round", "sealed"}
    for visible in ("key_factors", "leadership", "answers", "respondent", "Muistiinpano", "TEAM-7"):
        assert visible not in text


def test_a_share_opens_only_with_its_rounds_key(tmp_path):
    from hype_desktop.formats.sealing import RoundSecret
    from hype_desktop.formats.share_reading import read_share_file
    with pytest.raises(FileProblem) as info:
        read_share_file(DATA / "valid.hype", RoundSecret.generate().opener())
    assert info.value.key == "team.bad_seal"


def _raw_share() -> str:
    from hype_desktop.formats.sealing import unseal
    envelope = json.loads((DATA / "valid.hype").read_text(encoding="utf-8"))
    return unseal(envelope["sealed"], EXAMPLE_SECRET.opener()).decode("utf-8")


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
    {"id": "f", "n": 2, "mean": 3.0},  # scores of 2 < k_scores 3
    {"id": "f", "n": 4, "mean": 3.0, "median": 3.0, "sd": 0.5},  # a spread of 4 < k_detail 5
    {"id": "f", "n": 5, "mean": 3.04},  # more precise than shown
])
def test_a_summary_that_breaks_its_group_sizes_is_never_built(stats):
    """build_team_file's own check stops what the model would refuse."""
    from hype_desktop.domain.aggregate import Stats, TeamAggregate
    from hype_desktop.domain.anonymity import Thresholds
    from hype_desktop.formats import team_exchange
    build_team_file = team_exchange.build_team_file.__wrapped__  # without the tests' strict model (conftest)
    ok = Stats("g", 5, 3.0, 3.0, 0.5)
    bad = Stats(**stats)
    rnd = {"id": "0" * 32, "phase": "kickoff", "label": "", "date": "2025-09-01"}
    agg = TeamAggregate(contributors=5, thresholds=Thresholds(), factors={"f": bad, "g": ok}, items={},
                        most_agreed=[], most_disputed=[])
    with pytest.raises(ValueError, match="f: "):
        build_team_file({"id": "hype-core", "version": 1}, "TEAM-7", rnd, agg, EXAMPLE_SECRET)
    agg = TeamAggregate(contributors=5, thresholds=Thresholds(), factors={"g": ok}, items={},
                        most_agreed=[], most_disputed=[])
    assert build_team_file({"id": "hype-core", "version": 1}, "TEAM-7", rnd, agg, EXAMPLE_SECRET)["factors"]
