"""The shape of each rule file in resources/analysis/: a misspelt key, a language that is not one
of ours or a phrase that is not text fails at load time with the file and the place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "nl"})
ISO_CURRENCY = r"[A-Z]{3}"

Check = Callable[[Any, str], None]


class RuleFileError(ValueError):
    """A rule file that does not have its declared shape."""


def _fail(where: str, what: str) -> None:
    raise RuleFileError(f"{where}: {what}")


def phrases(value: Any, where: str) -> None:
    """A list of non-empty phrases."""
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        _fail(where, "expected a list of non-empty phrases")


def per_language(value: Any, where: str) -> None:
    """Phrases under language codes (en, fr, de, es, it, nl)."""
    if not isinstance(value, dict):
        _fail(where, "expected phrases under language codes")
    for lang, group in value.items():
        if lang not in LANGUAGES:
            _fail(f"{where}.{lang}", f"unknown language (one of {', '.join(sorted(LANGUAGES))})")
        phrases(group, f"{where}.{lang}")


def phrases_or_per_language(value: Any, where: str) -> None:
    (per_language if isinstance(value, dict) else phrases)(value, where)


def labelled(check: Check, labels: frozenset[str] | None = None) -> Check:
    """A mapping of labels (any, or only those given) to values that pass check."""

    def run(value: Any, where: str) -> None:
        if not isinstance(value, dict) or not value:
            _fail(where, "expected a mapping")
        for label, inner in value.items():
            if not isinstance(label, str):
                # YAML 1.1 reads an unquoted NO, YES, ON or OFF as a boolean: Norway's "NO" was False.
                _fail(f"{where}.{label}", 'a key must be text: quote it ("NO" for Norway)')
            if labels is not None and label not in labels:
                _fail(f"{where}.{label}", f"unknown key (one of {', '.join(sorted(labels))})")
            check(inner, f"{where}.{label}")

    return run


def record(fields: Mapping[str, Check], required: frozenset[str] = frozenset()) -> Check:
    """A mapping with these keys only (the required ones present)."""

    def run(value: Any, where: str) -> None:
        if not isinstance(value, dict):
            _fail(where, "expected a mapping")
        for key in value:
            if key not in fields:
                _fail(
                    f"{where}.{key}" if where else str(key),
                    f"unknown key (one of {', '.join(sorted(fields))})",
                )
        for key in required - value.keys():
            _fail(where or "top level", f"missing key {key!r}")
        for key, inner in value.items():
            fields[key](inner, f"{where}.{key}" if where else str(key))

    return run


def boolean(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        _fail(where, "expected true or false")


def names(value: Any, where: str) -> None:
    """A list of identifiers (tags, currency codes)."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        _fail(where, "expected a list of names")


def currency(value: Any, where: str) -> None:
    if not (isinstance(value, str) and len(value) == 3 and value.isupper() and value.isalpha()):
        _fail(where, "expected an ISO 4217 code such as EUR")


def currencies(value: Any, where: str) -> None:
    if not isinstance(value, list) or not value:
        _fail(where, "expected a list of ISO 4217 codes")
    for i, code in enumerate(value):
        currency(code, f"{where}[{i}]")


def number(value: Any, where: str) -> None:
    try:
        float(value)
    except (TypeError, ValueError):
        _fail(where, "expected a number")


def numbered(check: Check) -> Check:
    """A mapping of numbers (a factor, a value) to values that pass check."""

    def run(value: Any, where: str) -> None:
        if not isinstance(value, dict) or not value:
            _fail(where, "expected a mapping")
        for key, inner in value.items():
            number(key, f"{where}.{key}")
            check(inner, f"{where}.{key}")

    return run


_STATUSES = frozenset(
    {
        "overturned",
        "mention_of_past",
        "ranking",
        "recalled",
        "proposed",
        "faces",
        "headline_future",
        "imposed",
    }
)

SCHEMAS: dict[str, Check] = {
    "fines": record(
        {
            "fine_words": per_language,
            "penalty_context": per_language,
            "payment_verbs": per_language,
            "decision_nouns": per_language,
            "one_word_phrases": per_language,
            "reprimands": per_language,
            "negations": per_language,
            "other_senses": per_language,
            "sanction_acts": per_language,
            "sanction_nouns": per_language,
            "reported_speech": per_language,
            "partitives": per_language,
            "fine_nouns": per_language,
            "fine_noun_connectors": per_language,
            "amounting_verbs": per_language,
            "sanction_by": per_language,
            "negators": per_language,
            "status": labelled(per_language, _STATUSES),
            "abbreviations": phrases,
            "penalty_payment_words": per_language,
            "non_payment_words": per_language,
            "liquidation_words": per_language,
            "domain_words": labelled(per_language, frozenset({"competition", "consumer", "other"})),
            "largest_tariff_eur": number,
            "question_openers": per_language,
            "private_suits": per_language,
            "commentary_labels": per_language,
            "wire_labels": phrases,
            "earlier_proposal": per_language,
        },
        required=frozenset({"fine_words", "status", "abbreviations", "largest_tariff_eur"}),
    ),
    "money": record(
        {
            "currency_before": labelled(phrases),
            "currency_after": labelled(phrases),
            "ambiguous_currency_after": labelled(currencies),
            "ambiguous_currency_before": labelled(currencies),
            "country_currency": labelled(currency),
            "conversion_currencies": currencies,
            "multipliers": numbered(phrases),
            "euro_multipliers": phrases,
            "number_words": numbered(phrases),
            "largest_plausible_sum": number,
            "periodic_after": labelled(phrases),
            "periodic_gap_words": phrases,
            "aggregate_sentence": phrases,
            "aggregate_periods": phrases,
            "periodic_before": labelled(phrases),
            "not_fine_before": labelled(phrases),
            "connectors": phrases,
            "currency_connectors": phrases,
            "coordinators": phrases,
            "distributive": phrases,
            "half_after": phrases,
            "decimal_words": phrases,
            "equivalent_words": per_language,
            "not_fine_after": labelled(phrases),
            "currency_names": labelled(per_language),
            "counted_fines": per_language,
            "range_from": phrases,
            "range_to": phrases,
        },
        required=frozenset(
            {"currency_before", "currency_after", "multipliers", "number_words", "currency_connectors"}
        ),
    ),
    "articles": record(
        {
            "article_words": per_language,
            "paragraph_words": per_language,
            "point_words": per_language,
            "list_words": per_language,
            "connectors": per_language,
            "laws": labelled(per_language),
        },
        required=frozenset({"article_words", "connectors", "laws"}),
    ),
    "tags": record(
        {
            "tags": labelled(
                record({"watch": boolean, "implies": names, "phrases": phrases_or_per_language})
            ),
            "watch_phrases": phrases_or_per_language,
        },
        required=frozenset({"tags"}),
    ),
}


def check(name: str, data: Any, path: object) -> None:
    """Raise RuleFileError when a rule file with a declared schema does not have its shape."""
    schema = SCHEMAS.get(name)
    if schema is None:
        return
    try:
        schema(data, "")
    except RuleFileError as exc:
        raise RuleFileError(f"{path}: {exc}") from None
    if name == "money":
        for group in ("currency_before", "currency_after", "currency_names"):
            for code in data[group]:
                currency(code, f"{path}: {group}.{code}")
