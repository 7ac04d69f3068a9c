"""The articles of data-protection laws an item cites, written in one form ("Art. 5(1)(a) GDPR").

Outlets and authorities write the same citation many ways: "Article 5(1)(a) GDPR", "article 9 du
RGPD", "Art. 6 Abs. 1 lit. a DSGVO", "art. 5 del GDPR", "artículos 5 y 6 del RGPD", "artikel 9
AVG", "GDPR Article 32". The words for article, paragraph, point, "and", the connectors and the
laws' names are data (resources/analysis/articles.yml); the grammar of a citation is here: an
article word, one or more numbers each with its paragraphs and points, a connector, a law.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.analysis import rules
from monitor.analysis.fold import fold_lower

MAX_ARTICLES = 40  # a hostile text citing thousands gets the first forty
# Not a sum ("1.234", "5,5"); "6.1.a" is Spanish and Italian for 6(1)(a).
_NUMBER = r"\d{1,3}(?!\d|[.,]\d{3}|,\d)"


def _words(phrases: list[str]) -> str:
    """Phrases as one alternation, longest first, spaces matching any run of spaces."""
    ordered = sorted({p.strip() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _all(data: dict[str, list[str]]) -> list[str]:
    return [phrase for group in data.values() for phrase in group]


@dataclass(frozen=True)
class _Grammar:
    citation: re.Pattern[str]  # article word, references, connector, law
    law_first: re.Pattern[str]  # law, article word, references ("GDPR Article 32")
    reference: re.Pattern[str]  # one number with its paragraphs and points
    sub: re.Pattern[str]
    law_of: dict[str, str]  # folded name -> label


@cache
def _grammar() -> _Grammar:
    data = rules.load("articles")
    article = rf"(?:{_words(_all(data['article_words']))})\b\.?"
    paragraph = _words(_all(data.get("paragraph_words", {}))) or r"(?!)"
    point = _words(_all(data.get("point_words", {}))) or r"(?!)"
    joins = _words(_all(data.get("list_words", {}))) or r"(?!)"
    # "(1)", "(a)", "Abs. 1", "paragraph 1", "lit. a", "point (a)": one level each.
    sub = (
        rf"\.(?P<s>\d{{1,2}}(?!\d)|[a-z](?![a-z]))\)?"
        rf"|\s*\(\s*(?P<p>\d{{1,2}}|[a-z])\s*\)"
        rf"|\s*,?\s*\b(?:{paragraph})\b\.?\s*(?P<q>\d{{1,2}})\b"
        rf"|\s*,?\s*\b(?:{point})\b\.?\s*\(?(?P<r>[a-z])\b\)?"
    )
    plain = re.sub(r"\(\?P<\w>", "(?:", sub)  # the same, unnamed, for the patterns that repeat it
    reference = rf"(?:{article}\s*)?{_NUMBER}(?:{plain}){{0,4}}"
    refs = rf"{reference}(?:\s*(?:,|\b(?:{joins})\b)\s*{reference}){{0,8}}"
    names = {fold_lower(name): str(label) for label, group in data["laws"].items() for name in _all(group)}
    law = rf"(?P<law>{_words(list(names))})"
    connector = _words(_all(data["connectors"]))
    return _Grammar(
        citation=re.compile(rf"\b{article}\s*(?P<refs>{refs})\s*,?\s+(?:(?:{connector})\s*'?\s*)?{law}\b"),
        law_first=re.compile(rf"\b{law}\s*,?\s+{article}\s*(?P<refs>{refs})"),
        reference=re.compile(rf"(?:{article}\s*)?(?P<n>{_NUMBER})(?P<subs>(?:{plain}){{0,4}})"),
        sub=re.compile(sub),
        law_of={" ".join(name.split()): label for name, label in names.items()},
    )


def _normalised(refs: str, label: str, grammar: _Grammar) -> list[str]:
    out = []
    for ref in grammar.reference.finditer(refs):
        subs = "".join(f"({m['s'] or m['p'] or m['q'] or m['r']})" for m in grammar.sub.finditer(ref["subs"]))
        out.append(f"Art. {int(ref['n'])}{subs} {label}")
    return out


def cited_articles(text: str) -> list[str]:
    """The articles the text cites, normalised ("Art. 5(1)(a) GDPR"), in the order first cited."""
    grammar = _grammar()
    folded = fold_lower(text)
    found: dict[str, None] = {}
    for pattern in (grammar.citation, grammar.law_first):
        for match in pattern.finditer(folded):
            label = grammar.law_of.get(" ".join(match["law"].split()))
            if label is None:
                continue
            for article in _normalised(match["refs"], label, grammar):
                found.setdefault(article, None)
                if len(found) >= MAX_ARTICLES:
                    return list(found)
    return list(found)


def article_order(article: str) -> tuple[str, int, str]:
    """Sort key: by law, then article number, then paragraph ("Art. 5(1)(a) GDPR")."""
    head, _, law = article.partition(" ")[2].partition(" ")
    number = re.match(r"\d+", head)
    return law, int(number.group()) if number else 0, head
