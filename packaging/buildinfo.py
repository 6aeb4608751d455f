"""Facts the spec file and build.py share; no imports of the app (nothing heavy at spec time)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "hype-desktop"
APP_ID = "fi.hype_project.HypeDesktop"  # reverse-DNS id used by the .desktop/metainfo/Info.plist
# File types the app opens: (suffix, MIME type, description)
FILE_TYPES = (
    (".hype", "application/x-hype-export", "HyPe reflection export"),
    (".hype-team", "application/x-hype-team", "HyPe team summary"),
    (".hype-round", "application/x-hype-round", "HyPe round invitation"),
)


def read_version(root: Path = ROOT) -> str:
    """The version from hype_desktop/__init__.py, the one place that holds it."""
    text = (root / "hype_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("no __version__ in hype_desktop/__init__.py")
    return found.group(1)


def platform_tag() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def executable_name() -> str:
    return APP + (".exe" if sys.platform == "win32" else "")
