"""The pure side of corrections: values checked where they enter, and merges, splits and "not a
fine" laid over the grouper's decisions in the order the user made them."""

from __future__ import annotations

import pytest

from monitor import correction_input as given
from monitor.correction_input import CorrectionError
from monitor.corrections import Correction, overlay
from monitor.events import FineFacts
from monitor.grouping import Report, group
from monitor.models import Fine


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20000000", 20e6),
        ("20,000,000", 20e6),
        ("20 000 000", 20e6),
        ("20'000'000", 20e6),
        ("20_000_000", 20e6),
        ("20 million", 20e6),
        ("1.84bn", 1.84e9),
        ("725k", 725e3),
        ("2.5M", 2.5e6),
        ("１２３", 123),  # full-width digits, as some input methods type them
        ("  310.5 ", 310.5),
    ],
)
def test_amounts_as_people_type_them(text: str, value: float) -> None:
    assert given.amount(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1,5", "1.000.000", "20,00,000", "1e9", "-5", "0", "inf", "NaN", "20 zillion", "€20m", "٣"],
)
def test_what_is_no_sum_is_refused(text: str) -> None:
    with pytest.raises(CorrectionError):
        given.amount(text)


def test_names_keep_their_punctuation_and_lose_nothing_else() -> None:
    assert given.party("  AT&T   Inc. ") == "AT&T Inc."
    assert given.party("Müller-Lüdenscheid GmbH & Co. KG") == "Müller-Lüdenscheid GmbH & Co. KG"
    assert given.party("O’Reilly (UK) Ltd") == "O’Reilly (UK) Ltd"
    assert given.party("株式会社 東芝") == "株式会社 東芝"
    for bad in ("Acme\x00", "Acme\u202e", "<script>", "'; DROP TABLE items; --", "...", "A" * 201):
        with pytest.raises(CorrectionError):
            given.party(bad)


def test_unknown_status_domain_and_currency_name_the_known_values() -> None:
    with pytest.raises(CorrectionError, match="did you mean 'proposed'"):
        given.status("propsed")
    with pytest.raises(CorrectionError, match="known values: data_protection, competition"):
        given.domain("privacy")
    assert given.domain("Data protection") == "data_protection"
    with pytest.raises(CorrectionError, match="did you mean 'EUR'"):
        given.currency("EUX", ["CHF", "EUR", "USD"])


def report(item: int, amount: float, target: str = "Acme", authority: str = "CNIL") -> Report:
    fine = Fine(amount, "EUR", amount, "imposed", None)
    facts = FineFacts(
        fine=fine,
        authority=authority,
        target=target,
        target_key=target.casefold(),
        date="2026-01-10T00:00:00Z",
    )
    return Report(item, f"https://example.org/{item}", facts)


def members(groups: list) -> list[set[int]]:  # type: ignore[type-arg]
    return sorted((set(g.items) for g in groups), key=min)


def test_overlay_merges_splits_and_drops_in_the_order_they_were_made() -> None:
    reports = [report(1, 2e6), report(2, 2e6), report(3, 9e5, "Globex", "Garante")]
    groups = group(reports)
    assert members(groups) == [{1, 2}, {3}]
    merge = Correction(1, "merge", 1, other_item_id=3, peers=frozenset({1, 2, 3}))
    split = Correction(2, "split", 3, peers=frozenset({1, 2}))
    not_fine = Correction(3, "not_fine", 2)
    assert members(overlay(groups, reports, [merge])) == [{1, 2, 3}]
    assert members(overlay(groups, reports, [merge, split])) == [{1, 2}, {3}]
    assert members(overlay(groups, reports, [split, not_fine])) == [{1}, {3}]
    # A merge made after a split wins over it; and it holds through any one report still present.
    later_merge = Correction(4, "merge", 3, other_item_id=9, peers=frozenset({1, 3}))
    assert members(overlay(groups, reports, [split, later_merge])) == [{1, 2, 3}]
    # A split report that is alone already changes nothing; the grouper's facts are kept.
    alone = overlay(groups, reports, [Correction(5, "split", 3, peers=frozenset({1}))])
    assert alone == list(groups)


def test_a_merged_decision_gets_its_facts_from_its_reports() -> None:
    reports = [report(1, 2e6), report(3, 9e5, "Globex", "Garante")]
    [merged] = overlay(group(reports), reports, [Correction(1, "merge", 1, other_item_id=3)])
    assert set(merged.items) == {1, 3}
    assert merged.facts.fine.amount in (2e6, 9e5) and set(merged.facts.sums_eur) == {2e6, 9e5}
