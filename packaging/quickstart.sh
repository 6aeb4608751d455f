#!/usr/bin/env bash
# One command to set up and start HyPe Desktop, or to set up and run the whole test suite,
# on a fresh Debian/Ubuntu machine with Python 3.11+:
#
#   bash packaging/quickstart.sh run  [hype-desktop arguments...]
#   bash packaging/quickstart.sh test [pytest arguments...]
#
# It installs the system libraries Qt needs (when running as root; otherwise it prints the
# exact apt-get command), makes .venv/ with the pinned dependencies, and reuses it while the
# pins are unchanged.
set -euo pipefail

mode="${1:-}"
case "$mode" in
  run|test) shift ;;
  *) echo "usage: bash packaging/quickstart.sh run|test [arguments...]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."

qt_libs="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 fonts-dejavu-core libdbus-1-3"
window_libs="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0"
# The screen-reader test (tests/ui/test_screen_reader.py) reads a real window over AT-SPI:
# an X server, a session bus, the accessibility bus and Debian's pyatspi for the system Python.
test_tools="strace poppler-utils xvfb xauth dbus-x11 at-spi2-core python3-pyatspi"
wanted="$qt_libs"
[ "$mode" = run ] && wanted="$wanted $window_libs"
[ "$mode" = test ] && wanted="$wanted $window_libs $test_tools"

pick_python() {
  # 3.11 first: the pins are verified on it.
  for py in python3.11 python3 python3.12 python3.13; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  return 1
}
PY=$(pick_python) || { echo "Python 3.11 or newer is needed (apt-get install python3)." >&2; exit 1; }
venv_ok() { "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; }
venv_ok || wanted="$wanted python3-venv"

if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for pkg in $wanted; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing system packages:$missing" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      # shellcheck disable=SC2086
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "Some system packages are missing. Install them with:" >&2
      echo "  sudo apt-get install$missing" >&2
      [ "$mode" = run ] && exit 1
    fi
  fi
fi

lock=packaging/requirements.txt
[ "$mode" = test ] && lock=packaging/requirements-test.txt
stamp=".venv/.stamp-$mode"
want_stamp=$(cat packaging/requirements.txt "$lock" pyproject.toml | sha256sum | cut -c1-16)
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$lock"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . 2>/dev/null \
    || .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  echo "$want_stamp" > "$stamp"
fi

if [ "$mode" = run ]; then
  exec .venv/bin/hype-desktop "$@"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# The gates first, each from the repository root with no arguments (configured in pyproject.toml):
# lint with imports sorted, types, and the import contracts (layers; no circles, see tests/architecture).
echo "== ruff check ." >&2
.venv/bin/ruff check .
echo "== mypy" >&2
.venv/bin/mypy
echo "== lint-imports" >&2
.venv/bin/lint-imports --no-cache
echo "== pytest" >&2
exec .venv/bin/python -m pytest "$@"
