"""Extraction spread over a Dask cluster (a LocalCluster by default, or a scheduler address).

Workers get documents as plain records and return candidates; they never open the store.
The driver commits each document's events in its own transaction, so a lost worker costs a
retry, never a half-written document (data-safety P14).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rightswatch.extract.extractor import EXTRACTOR
from rightswatch.jobs.extract import BATCH, ExtractResult, save_results
from rightswatch.records import Candidate, Document
from rightswatch.store import Store
from rightswatch.store.models import DocumentRow
from rightswatch.store.repository import as_document

_WORKER_EXTRACTOR: Any = None


def _extract_batch(
    documents: list[Document], codebook_path: str | None, aliases: dict[str, str],
) -> list[list[Candidate]]:
    """Runs on a worker: the extractor is loaded once per worker process and reused."""
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:
        from rightswatch.codebook import load_codebook
        from rightswatch.extract import Extractor

        _WORKER_EXTRACTOR = Extractor(load_codebook(codebook_path))
    _WORKER_EXTRACTOR.add_aliases(aliases)
    return [cands for _, cands in _WORKER_EXTRACTOR.extract_many(documents)]


def extract_on_dask(
    store: Store, ids: list[int], *, scheduler: str | None = None, workers: int = 2,
    codebook_path: str | None = None,
) -> Iterator[ExtractResult]:
    from dask.distributed import Client, LocalCluster, as_completed

    from rightswatch.codebook import load_codebook
    from rightswatch.resolve import alias_map, seed_from_codebook

    with store.session() as session:
        seed_from_codebook(session, load_codebook(codebook_path))
        aliases = alias_map(session)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    try:
        futures = {}
        for offset in range(0, len(ids), BATCH):
            batch = ids[offset: offset + BATCH]
            with store.session() as session:
                docs = [(i, as_document(session.get_one(DocumentRow, i))) for i in batch]
            future = client.submit(_extract_batch, [d for _, d in docs], codebook_path, aliases,
                                   retries=2, pure=False)
            futures[future] = docs
        for future in as_completed(list(futures)):
            docs = futures.pop(future)
            try:
                results: list[list[Candidate] | str] = list(future.result())
            except Exception as exc:
                results = [f"{type(exc).__name__}: {exc}"] * len(docs)
            yield from save_results(store, [(doc_id, document.key, result) for (doc_id, document), result
                                            in zip(docs, results, strict=True)], EXTRACTOR)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
