"""Analysis engine: tags, fines, authorities and fined parties read out of feed items (no Qt)."""

from __future__ import annotations

from monitor.analysis.amounts import rates_date, to_eur
from monitor.analysis.engine import analyze, domain_of, is_penalty_liquidation
from monitor.analysis.gazetteer import Gazetteer, party_key

RATES_DATE: str = rates_date()

__all__ = ["RATES_DATE", "Gazetteer", "analyze", "domain_of", "is_penalty_liquidation", "party_key", "to_eur"]
