"""A country's events by type over time, as an inline SVG drawn on the server (no script)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape

TYPE_COLOURS = {
    "legislation": "#1f77b4", "designation": "#d62728", "association": "#9467bd", "assembly": "#2ca02c",
    "violence": "#8c564b", "expression": "#e377c2", "judicial": "#7f7f7f", "advocacy": "#17becf",
    "other": "#bcbd22",
}


def timeline_svg(counted: Iterable[tuple[str | None, str, int]], width: int = 720, height: int = 220) -> str:
    """counted: (date or year, event_type, number of events), counted by the database. One stacked bar per year."""
    counted = list(counted)
    years = sorted({int(d[:4]) for d, _, _ in counted if d})
    if not years:
        return '<p class="muted">No dated events.</p>'
    span = list(range(years[0], years[-1] + 1))
    counts: dict[int, Counter[str]] = {y: Counter() for y in span}
    for date, etype, n in counted:
        if date:
            counts[int(date[:4])][etype] += n
    top = max(sum(c.values()) for c in counts.values()) or 1
    bar_w = max(4, (width - 40) // len(span) - 4)
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height + 30}" role="img" '
             f'aria-label="events per year by type">']
    for i, year in enumerate(span):
        x = 30 + i * (bar_w + 4)
        y = height
        for etype, n in sorted(counts[year].items()):
            h = int(n / top * (height - 10))
            y -= h
            parts.append(f'<rect x="{x}" y="{y}" width="{bar_w}" height="{h}" fill="{TYPE_COLOURS.get(etype, "#999")}">'
                         f'<title>{year} {escape(etype)}: {n}</title></rect>')
        parts.append(f'<text x="{x + bar_w / 2}" y="{height + 16}" font-size="10" text-anchor="middle">{year}</text>')
    parts.append("</svg>")
    present = sorted({t for c in counts.values() for t in c})
    legend = "".join(
        f'<span class="key"><svg width="10" height="10"><rect width="10" height="10" '
        f'fill="{TYPE_COLOURS.get(t, "#999")}"/></svg> {escape(t)}</span>' for t in present)
    return "".join(parts) + f'<p class="legend">{legend}</p>'

