"""Keep the UI translations in step with the source.

    python packaging/translations.py update    # refresh .ts from the code (new strings appear unfinished)
    python packaging/translations.py compile   # write the .qm files the app loads
    python packaging/translations.py fill F.json  # fill unfinished entries from [{context, source, fi, sv}]

lupdate runs without source locations so the .ts files change only when strings do.
tests/unit/test_translations.py fails when a .ts is stale, unfinished, or a .qm is not current.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("fi", "sv")  # English is the source language


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hype_desktop").rglob("*.py"))


def update(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = ts_dir / f"hype_{lang}.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True)


def compile_qm(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> None:
    out_dir = out_dir or ts_dir
    for lang in LANGS:
        subprocess.run([_tool("lrelease"), "-silent", str(ts_dir / f"hype_{lang}.ts"),
                        "-qm", str(out_dir / f"hype_{lang}.qm")], check=True)


def fill(json_path: Path, ts_dir: Path = TS_DIR) -> int:
    """Fill unfinished entries from a JSON list of {context, source, fi, sv}; returns how many."""
    import json
    import xml.etree.ElementTree as ET

    entries = {(e["context"], e["source"]): e for e in json.loads(Path(json_path).read_text(encoding="utf-8"))}
    filled = 0
    for lang in LANGS:
        ts = ts_dir / f"hype_{lang}.ts"
        tree = ET.parse(ts)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                entry = entries.get((name, msg.findtext("source")))
                tr = msg.find("translation")
                if entry and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                    tr.text = entry[lang]
                    tr.attrib.pop("type", None)
                    filled += 1
        with open(ts, "wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_qm()
    elif command == "fill" and len(sys.argv) > 2:
        print(f"filled {fill(Path(sys.argv[2]))} entries")
    else:
        sys.exit(__doc__)
