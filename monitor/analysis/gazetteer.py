"""Party keys and the gazetteer of known parties (the register's fined parties, the watch list's).

A key is what spellings of one party share: "Clearview", "Clearview AI Inc." and "CLEARVIEW AI"
all reduce to "clearview". Legal forms are stripped with cleanco's international list of company
types (a maintained list of some 300 forms from 80 countries, far longer than ours) and with the
forms in parties.yml that cleanco lacks ("S.à r.l.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from cleanco import basename  # type: ignore[import-untyped]

from monitor.analysis.name_rules import parties_data
from monitor.analysis.rules import user_watchlist_path
from monitor.analysis.text import fold_lower

_KEY_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_KEY_TOKEN.findall(fold_lower(text).replace("'s ", " ")))


@cache
def _key_data() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    data = parties_data()
    suffixes = sorted({_tokens(s) for s in data["legal_suffixes"]}, key=len, reverse=True)
    return tuple(s for s in suffixes if s), frozenset(data["key_generic_words"])


@cache
def party_key(name: str) -> str:
    """A key under which spellings of one party meet: "Clearview AI Inc." = "CLEARVIEW", and a
    company's other names (parties.yml aliases) = its own: "Facebook" = "Meta Platforms"."""
    key = _spelling_key(name)
    return _aliases().get(key, key)


@cache
def _aliases() -> dict[str, str]:
    """The spelling key of every alias -> the spelling key of its group's first name."""
    table: dict[str, str] = {}
    for group in parties_data()["aliases"]:
        first = _spelling_key(group[0])
        for alias in group:
            table.setdefault(_spelling_key(alias), first)
    return table


def alias_forms(key: str) -> tuple[str, ...]:
    """The spelling keys of a party's other names ("meta" -> "facebook", …), itself included."""
    return tuple(k for k, v in _aliases().items() if v == key) or (key,)


@cache
def _spelling_key(name: str) -> str:
    suffixes, generic = _key_data()
    text = re.sub(r"\([^)]*\)", " ", name).strip()
    # cleanco strips the legal forms at the end ("Meta Platforms Ireland Limited" -> "... Ireland");
    # a name that is only a legal form ("AG") keeps its words.
    text = basename(text) or text
    tokens = list(_tokens(text))
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for suffix in suffixes:
            if len(suffix) < len(tokens) and tuple(tokens[-len(suffix) :]) == suffix:
                del tokens[-len(suffix) :]
                stripped = True
                break
    kept = [t for t in tokens if t not in generic] or tokens
    # Initials written apart ("H & M", "H&M") meet when single letters are joined.
    out: list[str] = []
    for token in kept:
        if len(token) == 1 and out and len(out[-1]) == 1:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


@dataclass(frozen=True)
class GazetteerHit:
    start: int
    end: int
    name: str  # the known spelling (the register's or the watch list's)
    key: str


@dataclass(frozen=True)
class Gazetteer:
    """Names of parties the app already knows, found in text whatever its case, accents and legal
    suffixes. Built once per poll and sent to the worker processes (it pickles small: names only;
    the pattern is compiled on first use in each process)."""

    names: tuple[str, ...] = ()
    # The compiled pattern and the forms it finds, made on first use (a list: the dataclass is frozen).
    _cache: list[tuple[re.Pattern[str], dict[str, str]]] = field(
        default_factory=list, compare=False, repr=False
    )
    # The names' keys, kept from `of` (a party key costs ~50 µs: a register holds thousands).
    _keys: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def of(cls, names: Iterable[str]) -> Gazetteer:
        """A gazetteer of names, one per key (the first spelling of each key is kept)."""
        by_key: dict[str, str] = {}
        for raw in names:
            name = " ".join(str(raw).split())
            key = party_key(name) if name else ""
            # One- or two-letter keys ("X", "BA") would match everywhere.
            if len(key.replace(" ", "")) >= 3:
                by_key.setdefault(key, name)
        return cls(tuple(by_key.values()), _keys=[frozenset(by_key)])

    def keys(self) -> frozenset[str]:
        """The party keys of the names."""
        if not self._keys:
            self._keys.append(frozenset(party_key(name) for name in self.names))
        return self._keys[0]

    def __bool__(self) -> bool:
        return bool(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __getstate__(self) -> tuple[str, ...]:
        return self.names

    def __setstate__(self, state: tuple[str, ...]) -> None:
        object.__setattr__(self, "names", state)
        object.__setattr__(self, "_cache", [])
        object.__setattr__(self, "_keys", [])

    def _compiled(self) -> tuple[re.Pattern[str], dict[str, str]]:
        by_form: dict[str, str] = {}
        for name in self.names:
            # A name is found by its key's words ("clearview"), by its full spelling without
            # legal form ("clearview ai"), and under its other names ("facebook" for a known
            # "Meta"), whichever the text uses; never by one or two letters ("X" is everywhere).
            spelt = {party_key(name), " ".join(_tokens(basename(name) or name))}
            for form in spelt | set(alias_forms(party_key(name))):
                if len(form.replace(" ", "")) >= 3:
                    by_form.setdefault(form, name)
        forms = sorted(by_form, key=lambda f: (-len(f), f))  # longest first; ties in a fixed order
        body = "|".join(r"[\s\-&.]*".join(re.escape(w) for w in form.split()) for form in forms)
        pattern = re.compile(rf"(?<![\w&])(?:{body})(?![\w&])" if forms else r"(?!x)x")
        self._cache.append((pattern, by_form))
        return pattern, by_form

    def find(self, text: str, cased: str | None = None) -> list[GazetteerHit]:
        """Known parties in text (folded lower case, as fold_lower gives). cased is the same text
        with its case: a hit must start with a capital there, since "meta" or "free" in running
        text are words, not the parties Meta or Free (slug titles pass cased=None)."""
        if not self.names:
            return []
        pattern, forms = self._cache[0] if self._cache else self._compiled()
        hits = []
        for m in pattern.finditer(text):
            if cased is not None and not cased[m.start()].isupper() and not cased[m.start()].isdigit():
                continue
            form = " ".join(_KEY_TOKEN.findall(m.group()))
            name = forms.get(form)
            if name is not None:
                hits.append(GazetteerHit(m.start(), m.end(), name, party_key(name)))
        return hits

    @staticmethod
    def display(name: str) -> str:
        """A known name as the register shows parties: without its legal form."""
        return str(basename(name) or name)

    def known(self, name: str) -> str | None:
        """The known spelling of a party named otherwise ("CLEARVIEW AI INC" -> "Clearview AI")."""
        key = party_key(name)
        return next((n for n in self.names if party_key(n) == key), None)


EMPTY = Gazetteer()


def watchlist_parties(path: Path) -> list[str]:
    """The `parties:` list of the user's watch list (watchlist.yml), [] without one. A list of
    names; a value of another shape is refused with the file named."""
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read the watch list: {exc}") from exc
    parties = data.get("parties") if isinstance(data, dict) else None
    if parties is None:
        return []
    if not isinstance(parties, list) or not all(isinstance(p, str) and p.strip() for p in parties):
        raise ValueError(f"{path}: 'parties:' must be a list of names (e.g. - Clearview AI)")
    return [" ".join(p.split()) for p in parties]


def build_gazetteer(register: Iterable[str], watchlist: Path | None = None) -> Gazetteer:
    """The gazetteer of a poll: the watch list's parties first (the user's spelling wins), then
    the register's fined parties."""
    names = watchlist_parties(watchlist) if watchlist is not None else []
    return Gazetteer.of([*names, *register])


def known_parties(register: Iterable[str], watchlist: Path | None = None) -> Gazetteer:
    """The gazetteer of one poll: the register's fined parties and the user's watch list's
    (watchlist.yml in the config folder unless given). A watch list that cannot be read leaves
    the register's: the tag rules report the file."""
    names = list(register)
    try:
        return build_gazetteer(names, watchlist or user_watchlist_path())
    except ValueError:
        return build_gazetteer(names)
