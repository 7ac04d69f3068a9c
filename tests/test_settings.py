"""Settings are declared once; a bad value is refused with a message and leaves the stored one."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor import settings
from monitor.store import Store


def test_a_setting_reads_its_default_until_set_and_then_the_stored_value(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite")
    assert settings.get(store, "retention_days") == settings.SETTINGS["retention_days"].default
    settings.put(store, "retention_days", "45")
    assert settings.get(Store(tmp_path / "db.sqlite"), "retention_days") == 45


@pytest.mark.parametrize("bad", ["soon", 0, 10**30, -5])
def test_a_value_out_of_range_or_of_the_wrong_type_is_refused_and_nothing_changes(
    tmp_path: Path, bad: object
) -> None:
    store = Store(tmp_path / "db.sqlite")
    settings.put(store, "poll_interval", 600)
    with pytest.raises(settings.SettingError, match="poll_interval"):
        settings.put(store, "poll_interval", bad)
    assert settings.get(store, "poll_interval") == 600


def test_a_stored_value_that_no_longer_passes_its_check_falls_back_to_the_default(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite")
    store.set_setting("retention_days", "forever")  # written by hand or by an older version
    assert settings.get(store, "retention_days") == settings.SETTINGS["retention_days"].default


def test_every_setting_has_a_description_and_a_default_its_own_check_accepts() -> None:
    for setting in settings.SETTINGS.values():
        assert setting.description
        assert setting.coerce(setting.default) == setting.default
