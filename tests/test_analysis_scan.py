"""The fast lookup (rules tried only where a split of the text says they may start) finds exactly
what a full regex scan finds, on the corpus and on generated texts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from monitor.analysis.engine import rule_index
from monitor.analysis.fold import fold_lower, nfc
from monitor.analysis.index import Rule, Scan

# Sentences written to hit the edges: symbols glued to digits, elisions, slug spellings, hyphens,
# tabs and other whitespace, text that starts or ends with a rule word.
_PIECES = [
    "€20m",
    "EUR 20m",
    "eur746m",
    "20 M€",
    "20 millions d'euros",
    "3 millions deuros",
    "£7.5 million",
    "US$5bn",
    "a$3m",
    "CHF 1,5 Mio.",
    "one million crowns",
    "zwei Milliarden Euro",
    "$98,500 per day",
    "€70M+",
    "up to €20 million or 4%",
    "fine",
    "fined",
    "fines",
    "Bußgeld",
    "d'empreintes digitales",
    "dempreintes",
    "l'autorité française",
    "Norway's data regulator",
    "the UK's data watchdog",
    "CNIL",
    "la Cnil sanctionne",
    "Clearview AI",
    "multa a",
    "boete van",
    "au total",
    "in total",
    "per day",
    "par jour",
    "facial\trecognition",
    "face-recognition",
    "biometrie",
    "Gesichtserkennung",
    "a",
    "de",
    "l'",
    "d'",
    "(ICO)",
    "H&M",
    "1.800 millones de euros",
    "725.000 euro",
    "\u2028",
    "\u00a0",
    "x",
    "data-breach",
    "data - breach",
    "data -breach",
    "data breaches",
    "a l'encontre de",
    "a million",
    "a -million",
    "un million",
    "in den vergangenen",
    "up to",
    "data\nbreach",
    "au total",
    "fine of",
    "the",
    "-",
    "--",
    "(",
    "united kingdom",
    "a$",
    "us dollars",
    "us$",
    "hit with",
    "faces a fine",
    "Hamburgische Datenschutzbeauftragte",
    "überwachung",
    "ıi",
    "İstanbul",
    "ß",
    "Straße",
    "…",
    "!",
]


def _texts(shared_dir: Path | None) -> list[str]:
    rng = random.Random(5)
    texts = ["", " ", "fine", "€", "20m€", "a fine of €5m"]
    for _ in range(400):
        texts.append(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))))
    texts.extend("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6))) for _ in range(100))
    if shared_dir is not None:
        path = shared_dir / "corpus" / "dev.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts.append(f"{rec['title']}\n{rec['summary']}")
            words = rec["summary"].split()
            texts.extend(" ".join(words[i : i + 9]) for i in range(0, len(words), 7))
    return [fold_lower(nfc(t)) for t in texts]


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    found = list(rule_index().rules)  # every indexed rule of every rule set
    assert len(found) > 10
    return found


def _spans(matches: object) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]


def _check(rules: list[Rule], texts: list[str]) -> None:
    for text in texts:
        scan = Scan(text, rule_index())
        bounds = [
            (0, None),
            (0, len(text) // 2),
            (len(text) // 3, None),
            (len(text) // 4, len(text) * 3 // 4),
        ]
        for rule in rules:
            for start, end in bounds:
                stop = len(text) if end is None else end
                want = _spans(rule.pattern.finditer(text, start, stop))
                assert _spans(rule.finditer(scan, start, end)) == want, (rule.pattern.pattern[:60], text)


def test_lookup_equals_full_scan_on_generated_text(rules: list[Rule]) -> None:
    _check(rules, _texts(None))


def test_lookup_equals_full_scan_on_corpus(rules: list[Rule], shared_dir: Path) -> None:
    _check(rules, _texts(shared_dir))


def test_token_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # A limit the test can pass: 3,000 new tokens against the real 200,000 could never fail it.
    from monitor.analysis import index as index_module

    monkeypatch.setattr(index_module, "_CACHE_LIMIT", 500)
    index = rule_index()
    for i in range(3000):
        Scan(f"token{i} fine", index)
    assert 0 < len(index.cache) <= 500
