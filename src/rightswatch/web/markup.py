"""Source text as HTML: everything escaped, with the evidence of events and the annotations
(entities, dates, places) marked. Only our own tags are ever unescaped."""

from __future__ import annotations

from markupsafe import Markup, escape

from rightswatch.nlp.annotate import Annotation


def highlight(text: str, start: int, end: int) -> Markup:
    """The text with one evidence span marked."""
    return Markup(f"{escape(text[:start])}<mark id=\"evidence\">{escape(text[start:end])}</mark>{escape(text[end:])}")


def marked_document(text: str, events: list[tuple[int, int, int]], annotations: list[Annotation]) -> Markup:
    """events: (start, end, event id), linked; annotations nest inside them, or are dropped
    where they would straddle an event's edge (HTML cannot cross tags)."""
    spans: list[tuple[int, int, int]] = []
    for start, end, event_id in sorted(events):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end, event_id))
    edges = {p for s, e, _ in spans for p in (s, e)}

    def straddles(a: Annotation) -> bool:
        return any(a.start < p < a.end for p in edges)

    # (position, order, tag): at one position close before open, events outside annotations.
    tags: list[tuple[int, int, str]] = []
    for start, end, event_id in spans:
        tags.append((start, 2, f'<a href="/events/{event_id}"><mark>'))
        tags.append((end, 1, "</mark></a>"))
    for a in annotations:
        if straddles(a):
            continue
        title = escape(f"{a.kind}: {a.label}")
        tags.append((a.start, 3, f'<span class="ann {a.kind}" title="{title}">'))
        tags.append((a.end, 0, "</span>"))
    tags.sort(key=lambda t: (t[0], t[1]))
    out, cursor = [], 0
    for position, _, tag in tags:
        out.append(str(escape(text[cursor:position])))
        out.append(tag)
        cursor = position
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))
