"""On Windows the data folder is in LocalAppData (folder redirection puts Roaming on a network
share, no place for SQLite); data an earlier version kept in Roaming is still used there."""

from __future__ import annotations

import sys

from hype_desktop.paths import default_data_dir, preset_locations


def test_windows_data_lives_in_local_appdata_and_old_roaming_data_is_still_used(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(roaming))
    assert default_data_dir() == local / "HyPe Desktop"
    (roaming / "HyPe Desktop").mkdir(parents=True)
    (roaming / "HyPe Desktop" / "hype.sqlite3").write_bytes(b"x")
    assert default_data_dir() == roaming / "HyPe Desktop"  # nothing lost on upgrade
    (local / "HyPe Desktop").mkdir(parents=True)
    (local / "HyPe Desktop" / "hype.sqlite3").write_bytes(b"x")
    assert default_data_dir() == local / "HyPe Desktop"


def test_windows_preset_locations_are_the_users_then_programdata(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    kinds = preset_locations()
    assert kinds[0] == ("user", tmp_path / "Roaming" / "HyPe Desktop")
    assert kinds[-1] == ("machine", tmp_path / "ProgramData" / "HyPe Desktop")
