"""Bulk extraction on a local Dask cluster gives the same events as a serial run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightswatch.bulk import extract_on_dask
from rightswatch.jobs.extract import extract_documents, pending
from rightswatch.jobs.ingest import ingest_paths
from rightswatch.store import open_store
from rightswatch.store.repository import list_events

REPORTS = [
    "On 12 March 2021 police detained twelve activists at a rally in Almaty.",
    "In 2015 the Constitutional Council of Kazakhstan found the propaganda bill unconstitutional.",
    "On 5 July 2021 a violent mob stormed the offices of Tbilisi Pride in Tbilisi.",
]


def _digest(url: str) -> list[tuple[object, ...]]:
    store = open_store(url)
    with store.session() as session:
        rows = [(e.doc, e.sub_event_type, e.date, e.country, e.location, e.actor, e.target, e.evidence)
                for e in list_events(session)]
    store.close()
    return sorted(rows, key=repr)


@pytest.mark.slow
def test_dask_and_serial_runs_agree(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "published": "2021-07"}) + "\n"
                              for i, t in enumerate(REPORTS)), encoding="utf-8")
    urls = [f"sqlite:///{tmp_path / 'serial.db'}", f"sqlite:///{tmp_path / 'dask.db'}"]
    for url, runner in zip(urls, ("serial", "dask"), strict=True):
        store = open_store(url)
        list(ingest_paths(store, [corpus]))
        ids = pending(store)
        results = list(extract_on_dask(store, ids, workers=2) if runner == "dask" else extract_documents(store, ids))
        assert all(r.error is None for r in results)
        store.close()
    serial, dask = (_digest(u) for u in urls)
    assert serial and serial == dask
