"""HTML -> main text and metadata with trafilatura (comments and page furniture dropped)."""

from __future__ import annotations

from dataclasses import dataclass

from rightswatch.errors import Code, InputError

MAX_NESTING = 2_000


@dataclass(frozen=True)
class HtmlContent:
    text: str
    title: str | None
    published: str | None
    url: str | None


def _nesting_depth_exceeds(html: str, limit: int) -> bool:
    # A cheap guard: lxml refuses (or recurses badly on) pathologically deep trees.
    depth = 0
    i = 0
    find = html.find
    while True:
        i = find("<", i)
        if i < 0 or i + 1 >= len(html):
            return False
        nxt = html[i + 1]
        if nxt == "/":
            depth = max(0, depth - 1)
        elif nxt.isalpha():
            close = find(">", i)
            if close > 0 and html[close - 1] != "/":
                depth += 1
                if depth > limit:
                    return True
        i += 1


def extract_html(source: str, html: str) -> HtmlContent:
    import trafilatura

    if _nesting_depth_exceeds(html, MAX_NESTING * 20):
        raise InputError(source, Code.HTML_UNREADABLE, reason=f"tags nested deeper than {MAX_NESTING * 20}")
    try:
        result = trafilatura.bare_extraction(
            html, include_comments=False, with_metadata=True, favor_precision=False, as_dict=False
        )
    except (RecursionError, ValueError, TypeError) as exc:
        raise InputError(source, Code.HTML_UNREADABLE, reason=type(exc).__name__) from exc
    if result is None or isinstance(result, dict) or not (result.text or "").strip():
        raise InputError(source, Code.NO_TEXT)
    return HtmlContent(
        text=result.text or "",
        title=result.title,
        published=result.date,
        url=result.url,
    )
