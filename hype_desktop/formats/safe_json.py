"""Read JSON from outside without trusting it, and write our own files atomically.

json.loads alone accepts duplicate keys (last wins), NaN and Infinity, unbounded
sizes and nesting that ends in RecursionError. This reader caps the size before
parsing and turns every such case into a FileProblem naming the file.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from hype_desktop.formats.errors import FileProblem

MAX_NESTING = 64


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _BadConstant(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # fast path in C; only a length mismatch needs the slow search
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


def _reject_constant(name: str) -> Any:
    raise _BadConstant(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _BadConstant(text[:20])
    return value


def _depth(value: Any, limit: int) -> int:
    """Nesting depth, iteratively (no recursion on hostile input)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


def parse_json_bytes(raw: bytes, path: Path | str, max_depth: int | None = MAX_NESTING) -> Any:
    """Parse bytes strictly; raises FileProblem with the reason.

    ``max_depth=None`` skips the nesting walk, for callers whose strict model bounds the depth
    itself (json's own RecursionError is still turned into a FileProblem)."""
    # A byte-order mark is no error: Notepad and PowerShell 5 write one before hand-written JSON.
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise FileProblem(path, "file.not_utf8") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates,
                          parse_constant=_reject_constant, parse_float=_finite_float)
    except _DuplicateKey as exc:
        raise FileProblem(path, "file.duplicate_key", key=exc.key[:80]) from None
    except _BadConstant as exc:
        raise FileProblem(path, "file.bad_number", value=str(exc)) from None
    except RecursionError:
        raise FileProblem(path, "file.too_deep") from None
    except json.JSONDecodeError as exc:
        raise FileProblem(path, "file.not_json",
                          reason=f"{exc.msg}, line {exc.lineno}, column {exc.colno}") from None
    except ValueError:  # an integer of thousands of digits (Python's own message names its internals)
        raise FileProblem(path, "file.long_number") from None
    if max_depth is not None and _depth(data, max_depth) > max_depth:
        raise FileProblem(path, "file.too_deep")
    return data


def read_capped_bytes(path: Path | str, max_bytes: int) -> bytes:
    """The bytes of a file of at most ``max_bytes`` (read no further); raises FileProblem."""
    if not isinstance(path, Path):  # collation passes thousands of Paths: no copies
        path = Path(path)
    try:
        # Non-blocking open, then the type: a named pipe or a device is refused before any read
        # (a FIFO would hang the read, /dev/zero never ends). No effect on a regular file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise FileProblem(path, "file.not_regular")
        # unbuffered: no buffer object, tty check or seek per file (collation reads thousands)
        with open(fd, "rb", buffering=0) as fh:
            # read(max_bytes + 1) would allocate the whole cap for every small file: ask for the
            # size the file says it has, then make sure nothing follows (it may have grown, or be
            # a device that reports 0), never reading past the cap.
            expected = min(os.fstat(fh.fileno()).st_size, max_bytes)
            parts, size, want = [], 0, expected + 1
            while size <= max_bytes:
                chunk = fh.read(want)  # one read(2): may return less than asked (pipes, devices)
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
                want = min(max_bytes + 1 - size, 64 * 1024)
            raw = b"".join(parts)
    except OSError as exc:
        raise FileProblem(path, "file.unreadable", reason=exc.strerror or type(exc).__name__) from None
    if len(raw) > max_bytes:
        raise FileProblem(path, "file.too_big", size=_size_kb(path, raw), limit=max_bytes // 1024)
    return raw


def read_json_file(path: Path | str, max_bytes: int, max_depth: int | None = MAX_NESTING) -> Any:
    """Read a file of at most ``max_bytes`` and parse it strictly."""
    return parse_json_bytes(read_capped_bytes(path, max_bytes), path, max_depth)


def _size_kb(path: Path, raw: bytes) -> int:
    try:
        return path.stat().st_size // 1024
    except OSError:
        return len(raw) // 1024


def write_json_atomic(path: Path | str, data: dict[str, Any], max_bytes: int | None = None) -> Path:
    """Write JSON to a temporary file in the same folder, fsync, then rename over the target:
    a reader (or a crash) sees the old file or the new one, never half of one.

    ``max_bytes``: the size the format's readers accept; a bigger file is not written (FileProblem
    "file.would_be_too_big"), since whoever receives it could not open it."""
    import tempfile
    path = Path(path)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if max_bytes is not None:
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            raise FileProblem(path, "file.would_be_too_big", size=size // 1024, limit=max_bytes // 1024)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
