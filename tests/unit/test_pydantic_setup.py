"""hype_desktop.exchange turns pydantic plugins off and stands in for pydantic's plugin loader
(whose import pulls in importlib.metadata and the email package). These tests fail when a
pydantic upgrade changes what the stand-in must provide, or when the saving is lost."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pydantic

ROOT = Path(__file__).resolve().parents[2]
PYDANTIC_DIR = Path(pydantic.__file__).parent


def _names_imported_from_loader() -> dict[str, set[str]]:
    """module file -> names it imports from pydantic.plugin._loader (pydantic v1 aside)."""
    found: dict[str, set[str]] = {}
    for path in PYDANTIC_DIR.rglob("*.py"):
        if "v1" in path.relative_to(PYDANTIC_DIR).parts or path.name == "_loader.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader") and (
                    node.level > 0 or (node.module or "").startswith("pydantic")):
                found.setdefault(path.name, set()).update(a.name for a in node.names)
            elif isinstance(node, ast.Import) and any(a.name.endswith("plugin._loader") for a in node.names):
                found.setdefault(path.name, set()).add("*module*")
    return found


def test_pydantic_takes_only_get_plugins_from_the_loader():
    assert _names_imported_from_loader() == {"_schema_validator.py": {"get_plugins"}}


def _run(code: str, **env: str) -> str:
    full = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    full.pop("PYDANTIC_DISABLE_PLUGINS", None)
    full.update(env)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_reading_a_share_imports_no_package_metadata():
    code = ("import sys\n"
            "from hype_desktop.exchange.team_formats import read_share_file\n"
            "read_share_file('tests/data/team/valid.hype')\n"
            "loader = sys.modules['pydantic.plugin._loader']\n"
            "print('importlib.metadata' in sys.modules, hasattr(loader, 'entry_points'), list(loader.get_plugins()))\n")
    assert _run(code) == "False False []"


def test_a_user_choice_of_plugins_keeps_pydantic_own_loader():
    code = ("import sys\n"
            "from hype_desktop.exchange.team_formats import read_share_file\n"
            "read_share_file('tests/data/team/valid.hype')\n"
            "print(hasattr(sys.modules['pydantic.plugin._loader'], 'entry_points'))\n")
    assert _run(code, PYDANTIC_DISABLE_PLUGINS="some_plugin") == "True"
