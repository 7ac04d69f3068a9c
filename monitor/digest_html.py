"""A digest as one self-contained HTML file: the decisions, their sources, the totals and an SVG chart.

Nothing is fetched when the file is opened (no stylesheet, font, script or image from elsewhere; a
Content-Security-Policy says so to the browser), so it can be mailed or put on a share as it is.
Every text from a feed goes through `escape.html_text`, every link through `links.is_openable`.
The same markup, with the chart as an image, is what Qt's PDF writer lays out (gui/pdf_report.py):
it keeps to the HTML subset QTextDocument reads (tables, headings, inline styles).
"""

from __future__ import annotations

import hashlib

from monitor.alerts import format_money
from monitor.digest import ALL_DOMAINS, Decision, Digest, Total
from monitor.escape import html_text as esc
from monitor.links import is_openable

# The chart's colours; an authority keeps its colour in every digest (picked from its name).
PALETTE = ("#2f6fb3", "#d9822b", "#3b9c5a", "#c23b3b", "#7d5ba6", "#8c6d31", "#d16ba5", "#5f8f9f")
CHART_WIDTH = 640
BAR_HEIGHT = 22
CHART_ROWS = 12  # the largest authorities; the rest are summed in the table, not drawn
CSP = "default-src 'none'; style-src 'unsafe-inline'"
STYLE = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1a1a1a;margin:2em;}"
    "h1{font-size:16pt;margin-bottom:0;}h2{font-size:12pt;margin-top:1.6em;}"
    "table{border-collapse:collapse;width:100%;}"
    "th,td{border:1px solid #c8c8c8;padding:3px 5px;text-align:left;vertical-align:top;}"
    "th{background:#eef1f5;}td.num{text-align:right;white-space:nowrap;}"
    ".muted{color:#606060;}ul.sources{margin:0;padding-left:1.2em;}"
)

PRINT_STYLE = STYLE.replace("margin:2em;", "margin:0;")


def colour_of(name: str) -> str:
    """One colour per authority, the same in every digest and on every machine."""
    digest = hashlib.sha256(name.casefold().encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def euros(value: float | None) -> str:
    return "" if value is None else format_money(round(value), "EUR")


def short_euros(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= size:
            return f"€{value / size:.3g}{suffix}"
    return f"€{value:.0f}"


def domain_label(domain: str) -> str:
    return "all domains" if domain == ALL_DOMAINS else domain.replace("_", " ")


def period_label(digest: Digest) -> str:
    start = digest.since[:16].replace("T", " ")
    end = (digest.until or digest.generated)[:10]
    return f"{start} to {end}"


def title(digest: Digest) -> str:
    return f"Fines report: {domain_label(digest.domain)} decisions, {period_label(digest)}"


# -- the chart -------------------------------------------------------------------------------------


def chart_svg(digest: Digest) -> str:
    """Imposed fines in euros by authority, one bar each on a linear scale, largest first."""
    rows = [t for t in digest.by_authority if t.imposed_eur > 0][:CHART_ROWS]
    label_width, value_width = 150, 70
    height = 36 + BAR_HEIGHT * max(len(rows), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" role="img" font-family="DejaVu Sans, Arial, sans-serif" '
        'font-size="11">',
        f"<title>{esc('Imposed fines in euros by authority, ' + period_label(digest))}</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="0" y="14" font-weight="bold">{esc("Imposed fines by authority (EUR)")}</text>',
    ]
    if not rows:
        parts.append(
            f'<text x="0" y="40" fill="#606060">{esc("No imposed fine with a known amount.")}</text>'
        )
    top = max((t.imposed_eur for t in rows), default=1.0)
    span = CHART_WIDTH - label_width - value_width
    for index, total in enumerate(rows):
        y = 28 + index * BAR_HEIGHT
        width = max(1.0, span * total.imposed_eur / top)
        parts += [
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{esc(total.name[:24])}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{width:.1f}" height="{BAR_HEIGHT - 6}" '
            f'fill="{colour_of(total.name)}"><title>{esc(total.name)}: {esc(euros(total.imposed_eur))}'
            "</title></rect>",
            f'<text x="{label_width + width + 4:.1f}" y="{y + 15}">'
            f"{esc(short_euros(total.imposed_eur))}</text>",
        ]
    parts.append("</svg>")
    return "".join(parts)


# -- the document ----------------------------------------------------------------------------------


def _link(text: str, url: str | None) -> str:
    # A javascript: or file: link from a feed is shown as text, never made clickable.
    if url and is_openable(url):
        return f'<a href="{esc(url)}">{esc(text or url)}</a>'
    return esc(text or url or "")


def _amount(decision: Decision) -> str:
    text = esc(format_money(decision.amount, decision.currency))
    if decision.currency and decision.currency != "EUR" and decision.amount_eur is not None:
        text += f' <span class="muted">({esc(euros(decision.amount_eur))})</span>'
    if decision.penalty:
        text += f"<br/>+ {esc(decision.penalty)}"
    return text or '<span class="muted">not stated</span>'


def _day(decision: Decision) -> str:
    if decision.day_known:
        return esc(decision.day)
    return f'{esc(decision.day)}<br/><span class="muted">first seen</span>'


def _sources(decision: Decision) -> str:
    items = [
        f'<li>{_link(s.title, s.link)} <span class="muted">{esc(s.feed)}, {esc(s.published)}</span></li>'
        for s in decision.sources
    ]
    return '<ul class="sources">' + "".join(items) + "</ul>" if items else ""


# Column widths (per cent) for Qt's layout, which otherwise shares the width out evenly.
_DECISION_COLUMNS = (
    ("Date", 11), ("Authority", 10), ("Country", 9), ("Party", 13), ("Amount", 12), ("EUR", 10),
    ("Status", 8), ("Sources", 27),
)  # fmt: skip


def _decisions_table(decisions: tuple[Decision, ...]) -> str:
    rows = [
        "<tr>"
        f"<td nowrap>{_day(d)}</td><td>{esc(d.authority or '')}</td><td>{esc(d.country or '')}</td>"
        f'<td>{esc(d.party or "undisclosed")}</td><td class="num" align="right">{_amount(d)}</td>'
        f'<td class="num" align="right" nowrap>{esc(euros(d.amount_eur))}</td>'
        f"<td nowrap>{esc(d.status)}</td><td>{_sources(d)}</td>"
        "</tr>"
        for d in decisions
    ]
    return _table(tuple(name for name, _ in _DECISION_COLUMNS), rows, [w for _, w in _DECISION_COLUMNS])


def _table(head: tuple[str, ...], rows: list[str], widths: list[int] | None = None) -> str:
    sizes = widths or [0] * len(head)
    header = "".join(
        f'<th width="{w}%">{esc(h)}</th>' if w else f"<th>{esc(h)}</th>"
        for h, w in zip(head, sizes, strict=True)
    )
    table = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    return f"{table}<tr>{header}</tr>{''.join(rows)}</table>"


def _totals_table(totals: tuple[Total, ...], what: str, with_country: bool) -> str:
    head = (what, *(("Country",) if with_country else ()), "Decisions", "Imposed", "Imposed (EUR)")
    rows = [
        "<tr>"
        f"<td>{esc(t.name)}</td>"
        + (f"<td>{esc(t.country or '')}</td>" if with_country else "")
        + f'<td class="num" align="right">{t.decisions}</td><td class="num" align="right">{t.imposed}</td>'
        f'<td class="num" align="right">{esc(euros(t.imposed_eur))}</td>'
        "</tr>"
        for t in totals
    ]
    return _table(head, rows)


def render_html(digest: Digest, *, chart_src: str | None = None) -> str:
    """The digest as an HTML document; `chart_src` puts the chart in as that image instead of SVG."""
    count = len(digest.decisions)
    summary = (
        f"{count} decision{'s' * (count != 1)} in the period, "
        f"{euros(digest.imposed_eur) or '€0'} imposed with a known amount."
    )
    chart = (
        f'<img src="{esc(chart_src)}" width="{CHART_WIDTH}" alt="{esc("Imposed fines by authority")}"/>'
        if chart_src
        else chart_svg(digest)
    )
    body = [
        f"<h1>{esc(title(digest))}</h1>",
        f'<p class="muted">Written by Regulatory Monitor on {esc(digest.generated[:16].replace("T", " "))} '
        "UTC. Amounts as the reports state them, in euros at the rate of the decision's day.</p>",
        f"<p>{esc(summary)}</p>",
        "<h2>Decisions</h2>",
        _decisions_table(digest.decisions) if digest.decisions else "<p>No decision in this period.</p>",
    ]
    if digest.late:
        body += [
            "<h2>Earlier decisions first reported in the period</h2>",
            _decisions_table(digest.late),
        ]
    body += [
        "<h2>Totals by authority</h2>",
        _totals_table(digest.by_authority, "Authority", True) if digest.by_authority else "<p>None.</p>",
        "<h2>Totals by party</h2>",
        _totals_table(digest.by_party, "Party", False) if digest.by_party else "<p>None.</p>",
        "<h2>Chart</h2>",
        f"<div>{chart}</div>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}"/>'
        # On paper the page has its margins already (Qt's layout would add the screen's to them).
        f"<title>{esc(title(digest))}</title><style>{PRINT_STYLE if chart_src else STYLE}</style>"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
