"""Typed values exchanged between stages (never ORM rows).

source --ingest--> RawDocument --documents--> Document --nlp/extract--> Candidate
--store--> EventRecord (what is exported and scored).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class RawDocument:
    """Exact bytes of one source as captured, with where and when they came from."""

    raw: bytes
    origin: str  # a path or URL
    captured_at: datetime
    capture_method: str  # tool + version, e.g. "rightswatch.ingest.files v1"
    media_type: str  # "text/plain", "text/html", "text/markdown"
    doc_key: str | None = None  # an id the source gives (JSONL "id"), else derived
    url: str | None = None
    title: str | None = None
    published: str | None = None  # partial ISO date: "2019", "2019-08", "2019-08-22"
    language: str | None = None
    kind: str | None = None

    @property
    def sha256(self) -> str:
        return sha256_hex(self.raw)


@dataclass(frozen=True)
class Document:
    """A raw document read into clean text plus metadata."""

    key: str
    sha256: str
    clean_text: str
    title: str | None
    published: str | None
    url: str | None
    language: str | None
    kind: str | None
    cleaner: str  # name + version of the cleaner that made clean_text


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Candidate:
    """One event as the extractor reads it in one document, with its evidence span."""

    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    country: str | None
    location: str | None
    actor: str | None
    target: str | None
    stance: str
    evidence: str
    span: Span
    confidence: float
    extractor: str
    latitude: float | None = None
    longitude: float | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EventRecord:
    """An event in the spec's export form (see shared/spec/events.md)."""

    doc: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    country: str | None
    location: str | None
    actor: str | None
    target: str | None
    stance: str
    evidence: str
    confidence: float
    id: int | None = None
    review_state: str = "candidate"

    SPEC_FIELDS = (
        "doc", "event_type", "sub_event_type", "date", "date_precision", "country",
        "location", "actor", "target", "stance", "evidence", "confidence",
    )

    def to_spec(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in self.SPEC_FIELDS}
        out["id"] = self.id
        out["review_state"] = self.review_state
        return out
