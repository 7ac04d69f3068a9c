"""The authority of a fine whose item names none: the country the item places the decision in
("Italy fines X", "fined in France"), a weak name ("EU fines carmaker": the Commission), or, for an
item about personal data, the lead authority of the company it names (the GDPR's one-stop shop)."""

from __future__ import annotations

from functools import cache

from monitor.analysis.authorities import _compiled, deciding_countries
from monitor.analysis.gazetteer import party_key
from monitor.analysis.text import Scan


def find_weak_authority(text: str | Scan, lead: bool = True) -> str | None:
    """For an item that reports a fine and names no authority: the data protection authority of
    the country its title names (else the only country its summary names), or a weak name
    ("EU fines carmaker": the Commission) unless the item is about data protection; the earlier
    of the two in the title wins. An item about data protection that names neither falls to the
    lead authority of the company it names (the GDPR's one-stop shop), unless `lead` is false."""
    scan = text if isinstance(text, Scan) else Scan(text)
    text = scan.text
    compiled = _compiled()
    title_end = _title_end(text)
    weak: list[tuple[int, str]] = []
    personal = about_data(scan)
    if not personal:
        # "EU fines Meta over data transfers": a privacy fine, decided by a national DPA.
        for m in compiled.weak.finditer(text):
            owner = compiled.weak_owner.get(" ".join(m.group().split()))
            if owner:
                weak.append((m.start(), owner))
    kind = "competition" if compiled.competition.search(text) else "dpa"
    in_title, in_summary = _places(scan)
    in_weak = [(at, code) for at, code in weak if at < title_end]
    if in_title or in_weak:
        return min([(at, _of_country(code, kind)) for at, code in in_title] + in_weak)[1]
    if len(in_summary) == 1:
        return _of_country(next(iter(in_summary)), kind)
    if weak:
        return weak[0][1]
    return lead_authority(scan) if lead else None


def deciding_country(scan: Scan) -> str | None:
    """The country an item places its decision in, as find_weak_authority reads it (the first its
    title names, else the only one its summary names): its currency is the fine's local one
    ("Denmark fines X 10 million kroner": Danish kroner)."""
    in_title, in_summary = _places(scan)
    if in_title:
        return min(in_title)[1]
    return next(iter(in_summary)) if len(in_summary) == 1 else None


def _places(scan: Scan) -> tuple[list[tuple[int, str]], set[str]]:
    """The deciding countries the title names (with where), and those the summary names."""
    title_end = _title_end(scan.text)
    in_title = deciding_countries(scan, 0, title_end)
    return in_title, {code for _at, code in deciding_countries(scan, title_end, len(scan.text))}


def _title_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


def lead_authority(scan: Scan) -> str | None:
    """The lead authority (lead_authorities in authorities.yml) of the first company an item about
    data protection, not competition, names that has one: a guess at who decided (one-stop shop)."""
    if not _one_stop_shop(scan):
        return None
    compiled = _compiled()
    for m in compiled.leads.findall(scan):
        code = compiled.lead_of.get(" ".join(m.group().replace("-", " ").split()))
        if code:
            return code
    return None


def lead_of_party(scan: Scan, party: str) -> str | None:
    """The lead authority of the party a frame found, by its key ("Meta" is Facebook's, whose lead
    authority the text's words alone could not name: folded, "meta" is also the Italian "metà"),
    for an item about personal data and not competition."""
    return _leads_by_key().get(party_key(party)) if _one_stop_shop(scan) else None


def _one_stop_shop(scan: Scan) -> bool:
    """Whether a company's lead authority may be the guess: the item is about personal data, not
    competition (the GDPR's one-stop shop)."""
    return about_data(scan) and _compiled().competition.search(scan.text) is None


@cache
def _leads_by_key() -> dict[str, str]:
    return {party_key(name): code for name, code in _compiled().lead_of.items()}


def about_data(scan: Scan) -> bool:
    """Whether an item is about personal data (authorities.yml weak_vetoes: privacy, GDPR, biometrics)."""
    return _compiled().weak_vetoes.search(scan.text) is not None


def _of_country(country: str, kind: str) -> str:
    table = _compiled().country_authority[country]
    return table.get(kind) or table["dpa"]
