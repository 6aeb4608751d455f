"""Files that cross the app's boundary: instruments, exports, reports."""

import os
import sys
import types

# Every pydantic model of the app lives under this package. Third-party pydantic plugins (found
# through installed packages' entry points) would see every untrusted file we validate, and the
# entry-point scan costs about 0.1 s of each collation: the app loads none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _no_plugins() -> tuple[()]:
    return ()


if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__" and "pydantic.plugin._loader" not in sys.modules:
    # With plugins off, pydantic's loader returns no plugins, but importing it imports
    # importlib.metadata (and with it the email package): about a fifth of a collation's start-up
    # on a slow machine. Its one function, as pydantic calls it with plugins off
    # (pydantic/plugin/_schema_validator.py; tests/unit/test_pydantic_setup.py checks the contract).
    _loader = types.ModuleType("pydantic.plugin._loader", "No pydantic plugins (set by hype_desktop.exchange).")
    _loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules["pydantic.plugin._loader"] = _loader
