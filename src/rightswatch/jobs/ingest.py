"""Ingest: sources -> stored documents, one transaction per document; bad input is reported
with its reason and the batch goes on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy.exc import IntegrityError

from rightswatch.config import Settings
from rightswatch.documents import build_document
from rightswatch.errors import InputError
from rightswatch.ingest import read_sources
from rightswatch.store import Store
from rightswatch.store.repository import add_document

if TYPE_CHECKING:
    from rightswatch.extract import Extractor

Outcome = Literal["new", "duplicate", "failed"]


@dataclass(frozen=True)
class IngestResult:
    origin: str
    outcome: Outcome
    key: str | None = None
    document_id: int | None = None
    sha256: str | None = None
    reason: str | None = None
    events: int = 0


def ingest_paths(
    store: Store, paths: list[Path], settings: Settings | None = None, ingested_by: str | None = None,
    extractor: Extractor | None = None,
) -> Iterator[IngestResult]:
    """Yields one result per source, after its transaction has committed. With an extractor,
    a new document and the events read from it commit in the same transaction, or not at all."""
    settings = settings or Settings()
    if extractor is not None:
        from rightswatch.jobs.extract import learn_aliases

        learn_aliases(store, extractor)  # the desk's entity merges apply to this run too
    for item in read_sources(paths, settings.max_file_bytes):
        if item.error is not None:
            yield IngestResult(item.origin, "failed", reason=str(item.error))
            continue
        assert item.document is not None
        raw = item.document
        try:
            doc = build_document(raw, max_chars=settings.max_text_chars)
        except InputError as err:
            yield IngestResult(item.origin, "failed", reason=str(err))
            continue
        candidates = extractor.extract(doc) if extractor is not None else None
        try:
            with store.session() as session:
                row, created = add_document(session, raw, doc, ingested_by)
                events = 0
                if created and candidates is not None and extractor is not None:
                    from rightswatch.jobs.extract import store_candidates

                    events = store_candidates(session, row.id, candidates, extractor.name)
                result = IngestResult(item.origin, "new" if created else "duplicate", row.key, row.id,
                                      row.sha256, events=events)
        except IntegrityError:
            # Another writer stored the same bytes between our check and our insert.
            with store.session() as session:
                row, created = add_document(session, raw, doc, ingested_by)
                result = IngestResult(item.origin, "duplicate", row.key, row.id, row.sha256)
        yield result
