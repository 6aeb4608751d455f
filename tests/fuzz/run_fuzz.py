"""Hostile-input fuzzing of every reader of outside data (a CI step, not part of the unit suite).

    python tests/fuzz/run_fuzz.py                 # all readers, >= 10,000 cases in total
    python tests/fuzz/run_fuzz.py --scale 0.1     # a quick look
    python tests/fuzz/run_fuzz.py --only instrument-pack

Each reader starts from valid files (seeds) and gets hypothesis-generated mutations: byte
flips, truncation and insertion on the raw file, and structural edits on the parsed JSON
(deleted or duplicated keys, values of the wrong type, extra keys, long strings, deep lists).
Every case must end in a clean acceptance or a clean rejection (FileProblem / StoreProblem,
which render as a plain message) — any other exception, or a case slower than HANG_SECONDS,
fails the run. Big payloads are fixed cases (size caps, deep nesting, huge numbers).

To fuzz another reader (presets, team files, round invitations...), register it with ONE call
at the bottom of this file: register("name", seeds_fn, read_fn, cases=N, kind="json"|"sqlite").
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402,F401

HANG_SECONDS = 5.0


@dataclass
class Reader:
    name: str
    seeds: Callable[[Path], list[bytes]]
    read: Callable[[Path], object]  # must return (accepted) or raise a clean rejection
    cases: int
    kind: str = "json"  # "json": structural mutations too; "sqlite": byte mutations only
    stats: dict = field(default_factory=lambda: {"cases": 0, "accepted": 0, "rejected": 0,
                                                 "reached_validation": 0, "max_seconds": 0.0})
    failures: list[str] = field(default_factory=list)


READERS: dict[str, Reader] = {}


def register(name: str, seeds: Callable[[Path], list[bytes]], read: Callable[[Path], object],
             cases: int, kind: str = "json") -> None:
    READERS[name] = Reader(name, seeds, read, cases, kind)


def clean_rejections() -> tuple[type[BaseException], ...]:
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.store.errors import StoreProblem
    return (FileProblem, StoreProblem)


# --- mutations ----------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:6]):
            yield from _paths(v, prefix + (i,))


def _get(node, path):
    for p in path:
        node = node[p]
    return node


def mutate_structure(data, draw):
    """One to three random edits at random places of a parsed JSON document."""
    data = json.loads(json.dumps(data))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _get(data, path[:-1]), path[-1]
        op = draw(st.sampled_from(["replace", "delete", "extra", "duplicate", "long", "type", "number"]))
        if op == "replace":
            parent[key] = draw(json_values)
        elif op == "delete":
            del parent[key]
        elif op == "extra" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
        elif op == "duplicate" and isinstance(parent, list):
            parent.extend([parent[key]] * draw(st.integers(1, 300)))
        elif op == "long":
            parent[key] = draw(st.sampled_from(["x", "ä", "<b>", "\u0000", "\ud7ff", "😊"])) * draw(
                st.integers(100, 20000))
        elif op == "type":
            value = parent[key]
            parent[key] = [value] if not isinstance(value, list) else {"v": value}
        elif op == "number":
            parent[key] = draw(st.sampled_from([0, -1, 2**63, -2**63, 1e308, 0.5, True, "1"]))
    return data


def mutate_bytes(raw: bytes, draw) -> bytes:
    b = bytearray(raw)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "zero"]))
        pos = draw(st.integers(0, max(0, len(b) - 1)))
        if op == "flip" and b:
            b[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del b[pos:]
        elif op == "insert":
            b[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "zero" and b:
            end = min(len(b), pos + draw(st.integers(1, 4096)))
            b[pos:end] = bytes(end - pos)
    return bytes(b)


# --- running ------------------------------------------------------------------------------
def _reached_validation(reader: Reader, raw: bytes, path: Path) -> bool:
    """JSON readers: the bytes passed the strict JSON reader, so the schema models ran."""
    if reader.kind == "json":
        from hype_desktop.formats.errors import FileProblem
        from hype_desktop.formats.safe_json import parse_json_bytes
        try:
            parse_json_bytes(raw, path)
            return True
        except FileProblem:
            return False
    from hype_desktop.store.errors import StoreProblem
    from hype_desktop.store.migrate import read_revision
    try:
        return read_revision(path)[1]
    except StoreProblem:
        return False


def run_case(reader: Reader, raw: bytes, work: Path) -> None:
    target = work / ("in.json" if reader.kind == "json" else "data/hype.sqlite3")
    if reader.kind != "json":
        shutil.rmtree(work / "data", ignore_errors=True)
        target.parent.mkdir(parents=True)
    target.write_bytes(raw)
    started = time.perf_counter()
    try:
        reader.read(target)
        reader.stats["accepted"] += 1
    except clean_rejections():
        reader.stats["rejected"] += 1
    except Exception:  # noqa: BLE001 - the finding this harness exists for
        reader.failures.append(traceback.format_exc(limit=6))
    took = time.perf_counter() - started
    reader.stats["max_seconds"] = max(reader.stats["max_seconds"], took)
    if took > HANG_SECONDS:
        reader.failures.append(f"a case took {took:.1f} s (over {HANG_SECONDS} s)")
    reader.stats["cases"] += 1
    if _reached_validation(reader, raw, target):
        reader.stats["reached_validation"] += 1


def fuzz(reader: Reader, work: Path, scale: float) -> None:
    seeds = reader.seeds(work)
    parsed = [json.loads(s) for s in seeds] if reader.kind == "json" else []
    n = max(1, int(reader.cases * scale))

    @settings(max_examples=n, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def one(data) -> None:
        seed_index = data.draw(st.integers(0, len(seeds) - 1))
        if parsed and data.draw(st.booleans()):
            doc = mutate_structure(parsed[seed_index], data.draw)
            raw = json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode("utf-8", "surrogatepass")
        else:
            raw = mutate_bytes(seeds[seed_index], data.draw)
        run_case(reader, raw, work)

    for raw in seeds:  # the valid seeds must be accepted
        before = reader.stats["accepted"]
        run_case(reader, raw, work)
        if reader.stats["accepted"] == before:
            reader.failures.append(f"a valid seed of {reader.name} was rejected")
    one()
    if reader.kind == "json":  # big payloads, fixed
        for raw in (b"[" * 100_000 + b"]" * 100_000, b'{"format": ' + b"9" * 5000 + b"}",
                    b" " * (70 * 1024 * 1024), seeds[0] + b"\x00" * (3 * 1024 * 1024)):
            run_case(reader, raw, work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every reader's case count")
    parser.add_argument("--only", action="append", help="fuzz only this reader (repeatable)")
    args = parser.parse_args(argv)
    names = args.only or list(READERS)
    failed = False
    total = reached = 0
    for name in names:
        reader = READERS[name]
        with tempfile.TemporaryDirectory(prefix="hype-fuzz-") as tmp:
            started = time.perf_counter()
            fuzz(reader, Path(tmp), args.scale)
            s = reader.stats
        total += s["cases"]
        reached += s["reached_validation"]
        print(f"{name}: {s['cases']} cases, {s['reached_validation']} reached schema validation, "
              f"{s['accepted']} accepted, {s['rejected']} rejected cleanly, "
              f"{len(reader.failures)} failures; slowest case {s['max_seconds']:.2f} s; "
              f"{time.perf_counter() - started:.0f} s in all", flush=True)
        for f in reader.failures[:5]:
            print("  FAILURE:", f.strip().replace("\n", "\n  "))
        failed = failed or bool(reader.failures)
    print(f"total: {total} cases, {reached} reached schema validation; {'FAILED' if failed else 'ok'}")
    return 1 if failed else 0


# --- the readers ----------------------------------------------------------------------------
def _instrument_seeds(_work: Path) -> list[bytes]:
    from mini_instrument import mini_instrument

    from hype_desktop.formats.instrument_build import builtin_instrument_path
    core = json.loads(builtin_instrument_path().read_bytes())
    core["id"] = "hype_core_pack"  # the built-in id "hype-core" is not a valid pack id (packs: [a-z0-9_.])
    return [json.dumps(core, ensure_ascii=False).encode(), json.dumps(mini_instrument()).encode()]


def _read_instrument(path: Path) -> object:
    from hype_desktop.formats.instrument_format import load_instrument_file
    return load_instrument_file(path)


def _small_store(work: Path):
    from datetime import date

    from hype_desktop.domain.sample import sample_reflections
    from hype_desktop.formats.instrument_build import load_builtin_instrument
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.migrate import open_database
    from hype_desktop.store.reflections import ReflectionStore
    inst = load_builtin_instrument()
    db = open_database(DataPaths(work / "seed"))
    store = ReflectionStore(db)
    store.add_complete(store.person_profile(), sample_reflections(inst, 3, seed=5, end=date(2026, 1, 1)), inst)
    return db, store


def _export_seeds(work: Path) -> list[bytes]:
    from hype_desktop.formats.personal_export import export_all
    db, store = _small_store(work)
    try:
        export_all(store, work / "seed.json")
    finally:
        db.close()
    return [(work / "seed.json").read_bytes()]


def _read_export(path: Path) -> object:
    from hype_desktop.formats.personal_export import load_export_file
    return load_export_file(path)


def _database_seeds(work: Path) -> list[bytes]:
    import sqlite3
    db, _store = _small_store(work)
    db.close()
    con = sqlite3.connect(work / "seed" / "hype.sqlite3")
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
    finally:
        con.close()
    return [(work / "seed" / "hype.sqlite3").read_bytes()]


def _read_database(path: Path) -> object:
    """A database file from elsewhere, used as the data folder's database: open and show it."""
    from hype_desktop.paths import DataPaths
    from hype_desktop.store.verify import read_everything
    return read_everything(DataPaths(path.parent))


register("instrument-pack", _instrument_seeds, _read_instrument, cases=4000)
register("personal-export", _export_seeds, _read_export, cases=4000)
register("database-file", _database_seeds, _read_database, cases=2000, kind="sqlite")
_TEAM = ROOT / "tests" / "data" / "team"


def _read_share(path: Path) -> object:
    """A sealed share as a collation reads it, with the example round's key."""
    from team_keys import EXAMPLE_SECRET

    from hype_desktop.formats.share_reading import read_share
    return read_share(path, lambda rid: EXAMPLE_SECRET.opener() if rid == EXAMPLE_SECRET.public.round_id else None)


def _inner_share_seed(_w) -> list[bytes]:
    """What a member's app seals (the content behind the seal of the example share)."""
    import json

    from team_keys import EXAMPLE_SECRET

    from hype_desktop.formats.sealing import unseal
    envelope = json.loads((_TEAM / "valid.hype").read_bytes())
    return [unseal(envelope["sealed"], EXAMPLE_SECRET.opener())]


def _read_sealed_content(path: Path) -> object:
    """Mutated content sealed as a member's app would seal it, then read the one way."""
    import json

    from team_keys import EXAMPLE_SECRET

    from hype_desktop.formats.sealing import seal
    raw = path.read_bytes()
    path.write_text(json.dumps({"format": "hype-share", "format_version": 2, "round": EXAMPLE_SECRET.public.round_id,
                                "sealed": seal(raw, EXAMPLE_SECRET.public.seal)}), encoding="utf-8")
    return _read_share(path)


register("team-share", lambda w: [(_TEAM / "valid.hype").read_bytes()], _read_share, cases=500)
register("team-share-content", _inner_share_seed, _read_sealed_content, cases=1000)
register("team-round", lambda w: [(_TEAM / "valid.hype-round").read_bytes()],
         lambda p: __import__("hype_desktop.formats.team_formats", fromlist=["x"]).read_round_file(p), cases=1000)
register("team-summary", lambda w: [(_TEAM / "valid.hype-team").read_bytes()],
         lambda p: __import__("hype_desktop.formats.team_formats", fromlist=["x"]).read_team_file(p), cases=1000)
register("preset", lambda w: [(ROOT / "docs" / "examples" / "hype-preset.json").read_bytes()],
         lambda p: __import__("hype_desktop.formats.preset_format", fromlist=["x"]).load_preset_file(
             p, __import__("hype_desktop.formats.instrument_build", fromlist=["x"]).load_builtin_instrument()),
         cases=1000)

if __name__ == "__main__":
    sys.exit(main())
