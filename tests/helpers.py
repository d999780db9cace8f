"""Small builders the tests share."""

from __future__ import annotations

from datetime import UTC, datetime

from rightswatch.documents import build_document
from rightswatch.records import Document, RawDocument


def raw_text(text: str, key: str = "doc", published: str | None = None, kind: str | None = None) -> RawDocument:
    return RawDocument(
        raw=text.encode("utf-8"), origin=f"test:{key}", captured_at=datetime.now(UTC),
        capture_method="tests", media_type="text/plain", doc_key=key, published=published, kind=kind,
    )


def document(text: str, key: str = "doc", published: str | None = None, kind: str | None = None) -> Document:
    return build_document(raw_text(text, key, published, kind), max_chars=10_000_000)


def the(found, sub_event_type: str):  # type: ignore[no-untyped-def]
    """The one event of that sub-type (the test fails, listing what was found, if there is none)."""
    matching = [e for e in found if e.sub_event_type == sub_event_type]
    assert matching, [e.sub_event_type for e in found]
    return matching[0]
