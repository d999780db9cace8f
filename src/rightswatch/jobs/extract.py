"""Extract: stored documents -> candidate events. Each document's events commit together
with its status, or not at all; a document that fails is marked with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rightswatch.extract import Extractor
from rightswatch.store import Store
from rightswatch.store.models import DocumentRow
from rightswatch.store.repository import as_document, mark_failed, pending_document_ids, save_candidates

BATCH = 16


@dataclass(frozen=True)
class ExtractResult:
    document_id: int
    key: str
    events: int
    error: str | None = None


def pending(store: Store, *, all_documents: bool = False) -> list[int]:
    with store.session() as session:
        return pending_document_ids(session, all_documents=all_documents)


def extract_documents(
    store: Store, ids: list[int], extractor: Extractor | None = None,
) -> Iterator[ExtractResult]:
    extractor = extractor or Extractor()
    for offset in range(0, len(ids), BATCH):
        batch = ids[offset: offset + BATCH]
        with store.session() as session:
            rows = [session.get_one(DocumentRow, i) for i in batch]
            docs = [(row.id, as_document(row)) for row in rows]
        results = extractor.extract_many(d for _, d in docs)
        for (doc_id, document), (_, candidates) in zip(docs, results, strict=True):
            yield _save(store, doc_id, document.key, candidates, extractor.name)


def _save(store: Store, doc_id: int, key: str, candidates: list, name: str) -> ExtractResult:  # type: ignore[type-arg]
    try:
        with store.session() as session:
            n = save_candidates(session, doc_id, candidates, name)
        return ExtractResult(doc_id, key, n)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the batch
        reason = f"{type(exc).__name__}: {exc}"
        with store.session() as session:
            mark_failed(session, doc_id, reason)
        return ExtractResult(doc_id, key, 0, reason)
