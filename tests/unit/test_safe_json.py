"""Strict JSON reading: every hostile input becomes a FileProblem naming the file."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hype_desktop.formats.errors import FileProblem
from hype_desktop.formats.safe_json import MAX_NESTING, parse_json_bytes, read_json_file


def problem_of(raw: bytes, name: str = "input.json") -> FileProblem:
    with pytest.raises(FileProblem) as info:
        parse_json_bytes(raw, f"/somewhere/{name}")
    return info.value


def test_plain_json_parses():
    assert parse_json_bytes(b'{"a": [1, 2.5, "\xc3\xa4", null, true]}', "x.json") == {
        "a": [1, 2.5, "ä", None, True]}


@pytest.mark.parametrize("raw, key, fragment", [
    (b'{"a": NaN}', "file.bad_number", "(NaN)"),
    (b'{"a": Infinity}', "file.bad_number", "(Infinity)"),
    (b'{"a": -Infinity}', "file.bad_number", "(-Infinity)"),
    (b'{"a": 1e400}', "file.bad_number", "(1e400)"),
    (b'{"a": -1e400}', "file.bad_number", "(-1e400)"),
    (b'{"a": 1, "a": 2}', "file.duplicate_key", "\u201ca\u201d twice"),
    (b'{"x": {"b": 1, "b": 1}}', "file.duplicate_key", "\u201cb\u201d twice"),
    (b'{"a": "\xe4"}', "file.not_utf8", "not UTF-8"),
    (b'\xff\xfe{\x00}\x00', "file.not_utf8", "not UTF-8"),
    (b'[' * 5000, "file.too_deep", "nested too deeply"),
    (b'[' * 100 + b']' * 100, "file.too_deep", "nested too deeply"),
    (b'{"a":' * 70 + b'1' + b'}' * 70, "file.too_deep", "nested too deeply"),
    (b'hello', "file.not_json", "not valid JSON"),
    (b'', "file.not_json", "not valid JSON"),
    (b'{"a": 1,}', "file.not_json", "line 1, column 9"),
    (b'1' * 5000, "file.long_number", "too many digits"),
])
def test_hostile_input_is_a_file_problem(raw, key, fragment):
    problem = problem_of(raw)
    assert problem.key == key
    text = str(problem)
    assert text.startswith("input.json: "), text
    assert fragment in text
    for lang in ("fi", "sv"):
        assert problem.render(lang).startswith("input.json: ")


def test_nesting_up_to_the_limit_is_fine():
    depth = MAX_NESTING
    assert parse_json_bytes(b"[" * depth + b"]" * depth, "x.json") is not None
    assert problem_of(b"[" * (depth + 1) + b"]" * (depth + 1)).key == "file.too_deep"


def test_read_caps_size_before_parsing(tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2047 + b"1")
    assert read_json_file(path, 2048) == 1
    path.write_bytes(b" " * 2048 + b"1")
    with pytest.raises(FileProblem) as info:
        read_json_file(path, 2048)
    assert info.value.key == "file.too_big"
    assert str(info.value) == "big.json: The file is too large (2 kB; at most 2 kB is accepted)."


def test_missing_file_is_a_file_problem(tmp_path):
    with pytest.raises(FileProblem) as info:
        read_json_file(tmp_path / "gone.json", 1000)
    assert info.value.key == "file.unreadable"
    assert str(info.value).startswith("gone.json: ")


def test_folder_is_a_file_problem(tmp_path):
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(FileProblem) as info:
        read_json_file(tmp_path / "folder.json", 1000)
    assert info.value.key in ("file.not_regular", "file.unreadable")  # Windows cannot open a folder


@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=200))
def test_random_bytes_never_raise_anything_else(raw):
    try:
        parse_json_bytes(raw, "fuzz.json")
    except FileProblem as exc:
        assert str(exc).startswith("fuzz.json: ")


def test_capped_read_takes_whole_files_and_refuses_longer_ones(tmp_path):
    from hype_desktop.formats.safe_json import read_capped_bytes
    exact = tmp_path / "exact.json"
    exact.write_bytes(b"x" * 100)
    assert read_capped_bytes(exact, 100) == b"x" * 100
    with pytest.raises(FileProblem) as info:
        read_capped_bytes(exact, 99)
    assert info.value.key == "file.too_big"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a POSIX device")
def test_a_device_is_refused_before_reading():
    """Devices report size 0 yet never end: they are not read at all."""
    from hype_desktop.formats.safe_json import read_capped_bytes
    with pytest.raises(FileProblem) as info:
        read_capped_bytes("/dev/zero", 1000)
    assert info.value.key == "file.not_regular"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (POSIX)")
def test_a_named_pipe_without_a_writer_is_refused_without_hanging(tmp_path):
    from hype_desktop.formats.safe_json import read_capped_bytes
    fifo = tmp_path / "pipe.hype"
    os.mkfifo(fifo)
    with pytest.raises(FileProblem) as info:
        read_capped_bytes(fifo, 100)  # a blocking open would wait here for ever
    assert info.value.key == "file.not_regular" and "pipe.hype" in str(info.value)


def test_a_byte_order_mark_is_not_an_error(tmp_path):
    """Notepad and PowerShell 5 write a UTF-8 BOM before hand-written JSON."""
    from hype_desktop.formats.safe_json import parse_json_bytes

    assert parse_json_bytes(b"\xef\xbb\xbf{\"a\": 1}", tmp_path / "x.json") == {"a": 1}
