"""Analysis engine: tags, fines, authorities and fined parties read out of feed items (no Qt).

See engine.py for the pipeline."""

from __future__ import annotations

from typing import Any

from monitor.analysis.engine import analyze, domain_in_text, domain_of, is_penalty_liquidation
from monitor.analysis.gazetteer import Gazetteer, party_key
from monitor.analysis.rates import latest_rates_day, to_eur


def __getattr__(name: str) -> Any:
    # RATES_DATE: the last day of the ECB history; read on demand (loading it takes a moment).
    if name == "RATES_DATE":
        return latest_rates_day().isoformat()
    raise AttributeError(name)


__all__ = [
    "RATES_DATE",
    "Gazetteer",
    "analyze",
    "domain_in_text",
    "domain_of",
    "is_penalty_liquidation",
    "party_key",
    "to_eur",
]
