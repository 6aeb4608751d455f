"""The typed settings: one model, its defaults, read and written through one service."""

from __future__ import annotations

from dataclasses import fields

import pytest

from hype_desktop.store.settings import DEFAULTS, KEYS, AppSettings, Settings, SettingsService


def test_every_setting_has_one_key_and_a_default(store) -> None:
    assert set(KEYS) == {f.name for f in fields(AppSettings)}
    assert len(set(KEYS.values())) == len(KEYS)
    assert SettingsService(store.db).load() == DEFAULTS == AppSettings()


def test_settings_round_trip_in_their_types(store) -> None:
    service = SettingsService(store.db)
    saved = service.update(language="sv", zoom=150, keep_daily=3, keep_weekly=0, auto_advance=False,
                           theme="dark", report_display_name="Aino")
    assert saved == AppSettings(language="sv", theme="dark", zoom=150, keep_daily=3, keep_weekly=0,
                                auto_advance=False, report_display_name="Aino")
    assert SettingsService(store.db).load() == saved
    assert Settings(store.db).get("backup.keep_daily") == "3"  # the key older versions wrote


def test_an_unreadable_value_falls_back_to_its_default(store) -> None:
    raw = Settings(store.db)
    raw.set("backup.keep_daily", "seven")
    raw.set("zoom", "")
    raw.set("answer.auto_advance", "maybe")
    loaded = SettingsService(store.db).load()
    assert (loaded.keep_daily, loaded.zoom, loaded.auto_advance) == (7, 100, True)


def test_a_wrong_value_or_name_never_reaches_the_database(store) -> None:
    service = SettingsService(store.db)
    with pytest.raises(ValueError):
        service.update(zoom="big")
    with pytest.raises(KeyError):
        service.update(colour="red")
    assert service.load() == DEFAULTS


def test_none_puts_a_setting_back_to_its_default(store) -> None:
    service = SettingsService(store.db)
    service.update(language="fi")
    assert service.update(language=None).language is None
    assert Settings(store.db).get("language") is None
