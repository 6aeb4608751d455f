"""Build HyPe Desktop for the system this runs on, from scratch.

    python packaging/build.py [--preset hype-preset.json] [--no-archive] [--keep-work]

Writes the one-folder app to dist/hype-desktop/ (executable dist/hype-desktop/hype-desktop,
hype-desktop.exe on Windows; on macOS also dist/HyPe Desktop.app) and beside it:
  Linux    dist/hype-desktop-VERSION-linux-ARCH.tar.gz (with share/ for the .desktop file,
           AppStream metainfo, MIME types and icons, and install-user.sh)
  Windows  dist/hype-desktop-VERSION-windows.zip, and the Inno Setup installer
           dist/hype-desktop-VERSION-setup.exe when iscc is on PATH
  macOS    dist/hype-desktop-VERSION-macos.zip of the .app (ditto), and a .dmg with hdiutil

--preset bakes a trainer's preset in: it is validated first, then placed next to the
executable as hype-preset.json, where the app looks for it.

Code signing happens only when a certificate is supplied, through environment variables:
  Windows  HYPE_WIN_SIGN_CERT (a .pfx), HYPE_WIN_SIGN_PASSWORD, optional HYPE_WIN_SIGN_TIMESTAMP
           (signtool signs the exe, then the installer)
  macOS    HYPE_MACOS_SIGN_IDENTITY ("Developer ID Application: …"), optional
           HYPE_MACOS_ENTITLEMENTS; HYPE_MACOS_NOTARY_PROFILE (a notarytool keychain profile)
           notarizes and staples the .dmg
  Linux    HYPE_GPG_KEY: a detached signature archive.tar.gz.asc
Unsigned builds work but trigger SmartScreen (Windows) and Gatekeeper (macOS); see README.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import buildinfo

ROOT = buildinfo.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_DIR = DIST / buildinfo.APP
PRESET_NAME = "hype-preset.json"


def log(text: str) -> None:
    print(f"[build] {text}", flush=True)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def run_pyinstaller() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.rmtree(APP_DIR, ignore_errors=True)
    shutil.rmtree(DIST / "HyPe Desktop.app", ignore_errors=True)
    env = dict(os.environ, HYPE_BUILD_WORK=str(WORK / "stage"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"),
                    str(ROOT / "packaging" / "hype-desktop.spec")], check=True, cwd=ROOT, env=env)


def strip_debug_info() -> None:
    """Linux: drop debug sections (only those) from libraries that ship with them.

    A Python built from source (pyenv, as here) and several wheels (SQLAlchemy, kiwisolver,
    Pillow's own modules) carry debug info: libpython alone is 23 MB with it. Nothing under a
    *.libs/ folder is touched: numpy's bundled OpenBLAS, once stripped, fails to load with a
    page-alignment error.
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or not strip:
        return
    targets = []
    for path in (APP_DIR / "_internal").rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        with open(path, "rb") as fh:
            if b".debug_info" in fh.read():
                targets.append(str(path))
    if targets:
        subprocess.run([strip, "--strip-debug", *targets], check=True)
        log(f"removed debug sections from {len(targets)} libraries")


def check_preset(preset: Path) -> str | None:
    """Validate the preset before the long PyInstaller step; returns the pack it names."""
    sys.path.insert(0, str(ROOT))
    from hype_desktop.formats.errors import FileProblem
    from hype_desktop.formats.preset_loading import load_preset
    try:
        loaded = load_preset(preset)
    except FileProblem as problem:
        raise SystemExit(f"[build] the preset cannot be used: {problem.render('en')}") from None
    import json
    log(f"the preset of {loaded.organisation!r} is valid")
    pack = json.loads(preset.read_text(encoding="utf-8-sig")).get("instrument_pack")
    return str(pack) if pack else None


def place_preset(preset: Path, pack: str | None) -> None:
    """Put the preset (and the pack it names) where the stock app looks: beside the executable on
    Windows and Linux, beside the .app on macOS (never inside it: that would break its signature)."""
    folder = DIST if sys.platform == "darwin" else APP_DIR
    shutil.copyfile(preset, folder / PRESET_NAME)
    if pack:  # validated: a plain file name next to the preset
        shutil.copyfile(preset.parent / pack, folder / pack)
    log(f"placed the preset beside the app in {folder}" + (f" with the pack {pack}" if pack else ""))


def add_linux_desktop_files() -> None:
    """share/ with the .desktop file, metainfo, MIME types and icons, plus install-user.sh."""
    share = APP_DIR / "share"
    src = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy(src / f"{buildinfo.APP_ID}.desktop", share / "applications")
    shutil.copy(src / f"{buildinfo.APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copy(src / f"{buildinfo.APP_ID}-mime.xml", share / "mime" / "packages")
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("hype-desktop-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{buildinfo.APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(icons / "hype-desktop.svg", scalable / f"{buildinfo.APP_ID}.svg")
    shutil.copy(src / "install-user.sh", APP_DIR / "install-user.sh")
    (APP_DIR / "install-user.sh").chmod(0o755)


def sign_windows(path: Path) -> None:
    cert = os.environ.get("HYPE_WIN_SIGN_CERT")
    if not cert:
        log(f"not signed (no HYPE_WIN_SIGN_CERT): {path.name}")
        return
    cmd = ["signtool", "sign", "/fd", "SHA256", "/f", cert,
           "/tr", os.environ.get("HYPE_WIN_SIGN_TIMESTAMP", "http://timestamp.digicert.com"), "/td", "SHA256"]
    if os.environ.get("HYPE_WIN_SIGN_PASSWORD"):
        cmd += ["/p", os.environ["HYPE_WIN_SIGN_PASSWORD"]]
    subprocess.run([*cmd, str(path)], check=True)
    log(f"signed {path.name}")


def archive_linux(version: str) -> Path:
    arch = platform.machine().lower() or "x86_64"
    out = DIST / f"{buildinfo.APP}-{version}-linux-{arch}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(APP_DIR, arcname=f"{buildinfo.APP}-{version}")
    key = os.environ.get("HYPE_GPG_KEY")
    if key:
        subprocess.run(["gpg", "--batch", "--yes", "--local-user", key, "--armor", "--detach-sign", str(out)],
                       check=True)
        log(f"signed {out.name} (.asc)")
    return out


def archive_windows(version: str) -> Path:
    sign_windows(APP_DIR / buildinfo.executable_name())
    out = DIST / f"{buildinfo.APP}-{version}-windows.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for p in sorted(APP_DIR.rglob("*")):
            zf.write(p, Path(f"{buildinfo.APP}-{version}") / p.relative_to(APP_DIR))
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc:
        subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={APP_DIR}", f"/O{DIST}",
                        str(ROOT / "packaging" / "windows" / "hype-desktop.iss")], check=True)
        sign_windows(DIST / f"{buildinfo.APP}-{version}-setup.exe")
    else:
        log("Inno Setup (iscc) not found: only the zip was made")
    return out


def archive_macos(version: str) -> Path:
    app = DIST / "HyPe Desktop.app"
    source = app
    beside = [p for p in DIST.glob("*.json") if p.name == PRESET_NAME or p.name.startswith("hype-pack")]
    if beside:  # the archive holds a folder: the signed .app and, beside it, the preset
        source = DIST / "HyPe Desktop"
        shutil.rmtree(source, ignore_errors=True)
        source.mkdir()
        subprocess.run(["ditto", str(app), str(source / app.name)], check=True)
        for extra in beside:
            shutil.copyfile(extra, source / extra.name)
    out = DIST / f"{buildinfo.APP}-{version}-macos.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(source), str(out)], check=True)
    dmg = DIST / f"{buildinfo.APP}-{version}.dmg"
    if shutil.which("hdiutil"):
        subprocess.run(["hdiutil", "create", "-volname", "HyPe Desktop", "-srcfolder", str(source),
                        "-ov", "-format", "UDZO", str(dmg)], check=True)
        profile = os.environ.get("HYPE_MACOS_NOTARY_PROFILE")
        if profile and os.environ.get("HYPE_MACOS_SIGN_IDENTITY"):
            subprocess.run(["xcrun", "notarytool", "submit", str(dmg), "--keychain-profile", profile, "--wait"],
                           check=True)
            subprocess.run(["xcrun", "stapler", "staple", str(dmg)], check=True)
            log("notarized and stapled the .dmg")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder HyPe Desktop app and its archive.")
    parser.add_argument("--preset", type=Path,
                        help="a hype-preset.json to place beside the app (a stock build reads one placed later too)")
    parser.add_argument("--no-archive", action="store_true", help="only the one-folder app")
    parser.add_argument("--keep-work", action="store_true", help="keep build/ (PyInstaller's work files)")
    args = parser.parse_args(argv)

    version = buildinfo.read_version()
    started = time.monotonic()
    log(f"HyPe Desktop {version} for {buildinfo.platform_tag()}, from scratch")
    pack = check_preset(args.preset) if args.preset else None
    run_pyinstaller()
    strip_debug_info()
    built = time.monotonic()
    if args.preset:
        place_preset(args.preset, pack)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files()
    archive = None
    if not args.no_archive:
        archive = {"linux": archive_linux, "windows": archive_windows, "macos": archive_macos}[
            buildinfo.platform_tag()](version)
    if not args.keep_work:
        shutil.rmtree(WORK, ignore_errors=True)
    done = time.monotonic()
    log(f"one-folder app: {APP_DIR} ({mb(folder_size(APP_DIR))})")
    if archive:
        log(f"archive: {archive} ({mb(archive.stat().st_size)})")
    log(f"time: PyInstaller {built - started:.0f} s, total {done - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
