"""Loading of the analysis data files in resources/analysis/ (read once per process)."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from monitor.paths import resource_path


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file resources/analysis/<name>.yml."""
    path = resource_path(f"analysis/{name}.yml")
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data
