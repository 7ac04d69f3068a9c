"""The rule files in resources/analysis/ are checked against a schema when loaded: a misspelt
key, a language that is not one of the six, an unknown status or a phrase that is not text fails
with the file and the place (issue #11 item 1)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from monitor.analysis import rules
from monitor.analysis.schema import SCHEMAS, RuleFileError, check


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_bundled_rule_files_pass_their_schema(name: str) -> None:
    check(name, rules.load(name), f"{name}.yml")


def _broken(name: str, change: Any) -> dict[str, Any]:
    data = copy.deepcopy(rules.load(name))
    change(data)
    return data


@pytest.mark.parametrize(
    ("name", "change", "where"),
    [
        ("fines", lambda d: d.update(fine_word=d.pop("fine_words")), "fine_word"),
        ("fines", lambda d: d["fine_words"].update(ne=["boete"]), "fine_words.ne"),
        ("fines", lambda d: d["status"].update(imposd=d["status"].pop("imposed")), "status.imposd"),
        ("fines", lambda d: d["negations"]["en"].append(3), "negations.en"),
        ("money", lambda d: d.update(multiplier=d.pop("multipliers")), "multiplier"),
        ("money", lambda d: d["multipliers"].update(many=["lots"]), "multipliers.many"),
        ("money", lambda d: d["country_currency"].update(SE="crowns"), "country_currency.SE"),
        ("money", lambda d: d["currency_after"].update(Eur=["euro"]), "currency_after.Eur"),
        # YAML 1.1 reads an unquoted NO as false: Norway's currency was lost that way.
        ("money", lambda d: d["country_currency"].update({False: "NOK"}), "country_currency.False"),
        ("tags", lambda d: d["tags"]["biometrics"].update(phrase=[]), "tags.biometrics.phrase"),
    ],
)
def test_a_typo_or_an_unknown_key_fails_with_its_place(name: str, change: Any, where: str) -> None:
    with pytest.raises(RuleFileError, match=where.replace(".", r"\.")):
        check(name, _broken(name, change), f"{name}.yml")


def test_a_missing_required_key_fails() -> None:
    with pytest.raises(RuleFileError, match="missing key 'status'"):
        check("fines", _broken("fines", lambda d: d.pop("status")), "fines.yml")
