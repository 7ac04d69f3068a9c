"""The bundled YAML resources read the same with libyaml's parser, which the app uses for speed,
as with PyYAML's pure-Python one, whose behaviour the files were written against."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.paths import load_resource_yaml, resources_dir

RESOURCES = sorted(p.relative_to(resources_dir()).as_posix() for p in resources_dir().rglob("*.yml"))


def test_there_are_resources_to_compare() -> None:
    assert {"dates.yml", "analysis/fines.yml", "analysis/money.yml"} <= set(RESOURCES)


@pytest.mark.parametrize("name", RESOURCES)
def test_both_parsers_read_the_same_data(name: str) -> None:
    text = (resources_dir() / name).read_text(encoding="utf-8")
    assert load_resource_yaml(name) == yaml.load(text, Loader=yaml.SafeLoader)


def test_a_yaml_tag_is_refused_as_by_the_safe_loader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "evil.yml").write_text("x: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    monkeypatch.setattr("monitor.paths.resources_dir", lambda: tmp_path)
    with pytest.raises(yaml.constructor.ConstructorError):
        load_resource_yaml("evil.yml")
