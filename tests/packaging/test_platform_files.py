"""The installer and desktop-integration files parse, agree with each other, and every path
they name exists. (Windows and macOS installers cannot be built here; this is how far they
are checked on Linux.)"""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
import buildinfo  # noqa: E402

APP_ID = buildinfo.APP_ID
SUFFIXES = {t[0] for t in buildinfo.FILE_TYPES}
MIME_TYPES = {t[1] for t in buildinfo.FILE_TYPES}


def test_version_is_read_from_the_package():
    import hype_desktop
    assert buildinfo.read_version() == hype_desktop.__version__


def test_the_spec_is_python_and_bundles_what_the_app_needs():
    text = (PACKAGING / "hype-desktop.spec").read_text(encoding="utf-8")
    ast.parse(text)
    for needed in ('"resources/instruments"', '"resources/schemas"', '"resources/translations"',
                   '"resources/icons"', '"hype_desktop/store/migrations"', '"PySide6.QtNetwork"',
                   '"backends": ["QtAgg"]', "strip=False"):
        assert needed in text, needed
    assert '"PySide6.QtSvg"' not in text.split("excludes = [", 1)[1].split("]", 1)[0]  # QtSvg must stay
    assert (PACKAGING / "launcher.py").is_file()


def test_build_requirements_are_pinned():
    lines = [ln for ln in (PACKAGING / "requirements-build.txt").read_text().splitlines()
             if ln.strip() and not ln.startswith("#")]
    assert "pyinstaller==6.22.3" in lines and "pyinstaller-hooks-contrib==2026.9" in lines
    assert all(ln.startswith("-r ") or "==" in ln for ln in lines)


def test_desktop_file():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID
    assert entry["Exec"].startswith("hype-desktop ") and "%F" in entry["Exec"]
    assert set(filter(None, entry["MimeType"].split(";"))) == MIME_TYPES
    assert entry["Comment[fi]"] and entry["Comment[sv]"]


def test_mime_types():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}-mime.xml").getroot()
    found = {}
    for mt in root.findall("m:mime-type", ns):
        found[mt.get("type")] = [g.get("pattern") for g in mt.findall("m:glob", ns)]
    assert set(found) == MIME_TYPES
    assert {p.removeprefix("*") for globs in found.values() for p in globs} == SUFFIXES


def test_appstream_metainfo():
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert (PACKAGING / "linux" / root.find("launchable").text).is_file()
    assert {m.text for m in root.find("provides").findall("mediatype")} == MIME_TYPES
    import hype_desktop
    assert root.find("releases/release").get("version") == hype_desktop.__version__


def test_macos_info_plist_declares_the_document_types():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as fh:
        info = plistlib.load(fh)
    assert info["CFBundleIdentifier"] == APP_ID and info["CFBundleExecutable"] == buildinfo.APP
    assert (ROOT / "resources" / "icons" / info["CFBundleIconFile"]).is_file()
    exported = {t["UTTypeIdentifier"]: t for t in info["UTExportedTypeDeclarations"]}
    suffixes = {"." + ext for t in exported.values() for ext in t["UTTypeTagSpecification"]["public.filename-extension"]}
    assert suffixes == SUFFIXES
    for doc in info["CFBundleDocumentTypes"]:
        assert set(doc["LSItemContentTypes"]) <= set(exported)


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            assert current is not None, raw
            sections[current].append(line)
    return sections


def test_inno_setup_script():
    iss = PACKAGING / "windows" / "hype-desktop.iss"
    sections = _iss_sections(iss.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # per user, no admin
    assert "commandline" in setup["PrivilegesRequiredOverridesAllowed"]  # /ALLUSERS for school IT
    assert setup["ChangesAssociations"] == "yes"
    assert (iss.parent / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    registry = "\n".join(sections["Registry"])
    for suffix in SUFFIXES:
        assert f'Subkey: "Software\\Classes\\{suffix}"' in registry
    assert registry.count('"%1"') == len(SUFFIXES)
    assert any("{autoprograms}" in line for line in sections["Icons"])  # start-menu entry
    source_dir = re.search(r'#define SourceDir "([^"]+)"', iss.read_text()).group(1).replace("\\", "/")
    assert source_dir.endswith("dist/hype-desktop")


def test_icons_exist_in_the_usual_sizes():
    icons = ROOT / "resources" / "icons"
    from PIL import Image
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"hype-desktop-{size}.png") as img:
            assert img.size == (size, size)
    ET.parse(icons / "hype-desktop.svg")
    assert (icons / "hype-desktop.ico").is_file() and (icons / "hype-desktop.icns").is_file()


@pytest.mark.parametrize("name", ["install-user.sh"])
def test_linux_install_script_is_posix_sh(name):
    import shutil
    import subprocess
    sh = shutil.which("sh")
    assert sh
    subprocess.run([sh, "-n", str(PACKAGING / "linux" / name)], check=True)


def test_ci_builds_the_bundle_after_the_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests = ci.index("packaging/quickstart.sh test")
    build = ci.index("build the one-folder bundle from scratch and run its --self-test")
    assert tests < build
    assert "packaging/build.py" in ci[build:] and "hype-desktop --self-test" in ci[build:]


def test_the_windows_installer_cleans_upgrades_and_copies_the_named_pack():
    text = (PACKAGING / "windows" / "hype-desktop.iss").read_text(encoding="utf-8")
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert {"Setup", "Files", "InstallDelete", "Registry", "Code"} <= set(sections)
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in text
    code = text.split("[Code]", 1)[1]
    assert "function PackName" in code and "procedure CurStepChanged" in code
    assert 'Source: "{src}\\hype-pack*.json"' not in text  # any name the preset gives, not a fixed pattern


def test_the_windows_build_has_a_console_companion_for_the_command_line():
    text = (PACKAGING / "hype-desktop.spec").read_text(encoding="utf-8")
    assert 'name=buildinfo.APP + "-cli"' in text and "console=True" in text and "*executables" in text


def test_the_release_workflow_builds_and_self_tests_on_three_systems():
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "windows-latest" in text and "macos-latest" in text and "ubuntu" in text
    runs = [line for line in text.splitlines() if line.strip().startswith("run:") and "--self-test" in line]
    assert len(runs) == 3 and "packaging/build.py" in text
    assert "\t" not in text


def test_the_desktop_file_version_is_one_validators_know():
    text = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Version=1.4" in text.splitlines()


def test_macos_presets_are_placed_beside_the_bundle_never_inside():
    text = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "Contents\" / \"MacOS" not in text and "folder = DIST if sys.platform == \"darwin\"" in text
    # the preset is checked before the long PyInstaller step
    main = text.split("def main(", 1)[1]
    assert main.index("check_preset(") < main.index("run_pyinstaller()")
