"""Extract: stored documents -> candidate events. Each document's events commit together
with its status, or not at all; a document that fails is marked with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from spacy.tokens import Doc
from sqlalchemy.orm import Session

from rightswatch.extract import Extractor
from rightswatch.records import Candidate, Document
from rightswatch.resolve import alias_map, record_entities, seed_from_codebook
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


def _read_batch(extractor: Extractor, docs: list[Document], parsed: Future[list[Doc]]) -> list[list[Candidate] | str]:
    """The batch's candidates from its parse (started ahead); if anything fails, each document
    again on its own, so that only a bad one is marked failed."""
    try:
        return [extractor.read(d, p) for d, p in zip(docs, parsed.result(), strict=True)]
    except Exception:
        out: list[list[Candidate] | str] = []
        for doc in docs:
            try:
                out.append(extractor.extract(doc))
            except Exception as exc:
                out.append(f"{type(exc).__name__}: {exc}")
        return out


def extract_documents(
    store: Store, ids: list[int], extractor: Extractor | None = None,
) -> Iterator[ExtractResult]:
    extractor = extractor or Extractor()
    learn_aliases(store, extractor)
    # One writer thread: a batch is committed (and synced to disk) while the next is read.
    # One parser thread: the next batch is parsed while the rules read this one (the model's
    # matrix work releases the GIL). Results are yielded in order, each after its batch commits.
    loaded = (_load(store, ids[offset: offset + BATCH]) for offset in range(0, len(ids), BATCH))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rightswatch-writer") as writer:
        pending_save: Future[list[ExtractResult]] | None = None
        for docs, parsed in extractor.parsed_ahead(loaded, lambda pair: pair[1]):
            results = _read_batch(extractor, [d for _, d in docs], parsed)
            read = [(doc_id, document.key, result)
                    for (doc_id, document), result in zip(docs, results, strict=True)]
            if pending_save is not None:
                yield from pending_save.result()
            pending_save = writer.submit(save_results, store, read, extractor.name)
        if pending_save is not None:
            yield from pending_save.result()


def _load(store: Store, batch: list[int]) -> list[tuple[int, Document]]:
    with store.session() as session:
        return [(i, as_document(session.get_one(DocumentRow, i))) for i in batch]


def save_results(
    store: Store, read: list[tuple[int, str, list[Candidate] | str]], extractor_name: str,
) -> list[ExtractResult]:
    """Commit a batch of documents' candidates in one transaction (each document whole, one
    sync to disk for the batch); if any of them cannot be stored, fall back to one
    transaction per document so that only the bad one is marked failed."""
    if all(not isinstance(result, str) for _, _, result in read):
        try:
            with store.session() as session:
                counts = [store_candidates(session, doc_id, result, extractor_name)
                          for doc_id, _, result in read if not isinstance(result, str)]
            return [ExtractResult(doc_id, key, n) for (doc_id, key, _), n in zip(read, counts, strict=True)]
        except Exception:
            pass  # one of them is bad: find out which, one by one
    return [save_result(store, doc_id, key, None if isinstance(result, str) else result, extractor_name,
                        result if isinstance(result, str) else None) for doc_id, key, result in read]


def store_candidates(session: Session, doc_id: int, candidates: list[Candidate], extractor_name: str) -> int:
    """A document's candidates and the entities they name, in the caller's transaction."""
    n = save_candidates(session, doc_id, candidates, extractor_name)
    record_entities(session, [(name, label) for c in candidates for name, label in c.details.get("entities", [])])
    return n


def learn_aliases(store: Store, extractor: Extractor) -> None:
    """Seed the store's alias table from the codebook, then read back every alias it holds."""
    with store.session() as session:
        seed_from_codebook(session, extractor.codebook)
        extractor.add_aliases(alias_map(session))


def save_result(
    store: Store, doc_id: int, key: str, candidates: list[Candidate] | None, extractor_name: str,
    error: str | None = None,
) -> ExtractResult:
    """Commit one document's candidates, or record why it has none."""
    if candidates is not None and error is None:
        try:
            with store.session() as session:
                n = store_candidates(session, doc_id, candidates, extractor_name)
            return ExtractResult(doc_id, key, n)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
    with store.session() as session:
        mark_failed(session, doc_id, error or "unknown error")
    return ExtractResult(doc_id, key, 0, error)
