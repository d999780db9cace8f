"""Review desk latency with a large database: p50/p95 of the review queue, the country page,
the dashboard and the events API, with 100,000 events stored.

    .venv/bin/python benchmarks/web.py [--events 100000] [--requests 100] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

Documents come from the sample corpus (ingested the normal way); events are written in bulk
(SQLAlchemy Core, one evidence span each) with a realistic spread: 20 countries (a fifth of all
events in KZ, the page measured), nine types, dates 2013-2025, 60 % still candidates. Requests
go through the whole app in-process (routing, session lookup, queries, Jinja2), without a
network hop. Each backend runs when it can be reached.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from backends import PG_DEFAULT, scratch_stores
from corpus import make_documents, write_jsonl

COUNTRIES = ["KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "RU", "BY", "UA", "MD", "TR", "HU", "PL", "RO", "BG",
             "RS", "MN", "LT"]
TYPES = [("legislation", "bill_adopted"), ("designation", "extremist_designated"),
         ("association", "registration_denied"), ("assembly", "assembly_banned"), ("violence", "attack"),
         ("expression", "censorship_or_block"), ("judicial", "court_ruling"), ("advocacy", "statement_or_appeal"),
         ("assembly", "assembly_held")]
PASSWORD = "benchmark passphrase"


def build(url: str, n_docs: int, n_events: int, seed: int = 7) -> float:
    from sqlalchemy import insert, select

    from rightswatch.jobs.ingest import ingest_paths
    from rightswatch.store import open_store
    from rightswatch.store.models import DocumentRow, EventRow, EventSourceRow
    from rightswatch.web.accounts import add_user

    rng = random.Random(seed)
    store = open_store(url)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        write_jsonl(path, make_documents(n_docs))
        list(ingest_paths(store, [path]))
    start = time.perf_counter()
    with store.session() as session:
        docs = [(i, text) for i, text in session.execute(select(DocumentRow.id, DocumentRow.clean_text))]
        add_user(session, "bench", PASSWORD, "editor")
    now = datetime.now(UTC)
    chunk = 5000
    for offset in range(0, n_events, chunk):
        events, sources = [], []
        for event_id in range(offset + 1, min(offset + chunk, n_events) + 1):
            doc_id, text = docs[rng.randrange(len(docs))]
            end = min(len(text), rng.randint(60, 240))
            etype, sub = rng.choice(TYPES)
            country = "KZ" if rng.random() < 0.2 else rng.choice(COUNTRIES)
            date = f"{rng.randint(2013, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            state = "candidate" if rng.random() < 0.6 else rng.choice(["accepted"] * 7 + ["rejected"])
            events.append({
                "id": event_id, "event_type": etype, "sub_event_type": sub, "date": date, "date_precision": "day",
                "country": country, "location": None, "actor": f"actor {rng.randrange(500)}",
                "target": f"target {rng.randrange(500)}", "stance": "restrictive", "evidence": text[:end],
                "confidence": round(rng.random(), 3), "review_state": state, "extractor": "benchmark",
                "document_id": doc_id, "span_start": 0, "span_end": end, "created_at": now, "updated_at": now})
            sources.append({"event_id": event_id, "document_id": doc_id, "span_start": 0, "span_end": end,
                            "evidence": text[:end]})
        with store.session() as session:
            session.execute(insert(EventRow), events)
            session.execute(insert(EventSourceRow), sources)
    seconds = time.perf_counter() - start
    store.optimize()  # as `rightswatch ingest` and `extract` do after a batch
    store.close()
    return seconds


def measure(url: str, requests: int) -> dict[str, list[float]]:
    import warnings

    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from rightswatch.web import create_app

    app = create_app(url)
    client = TestClient(app)
    login = client.post("/login", data={"name": "bench", "password": PASSWORD}, follow_redirects=False)
    assert login.status_code == 303
    rng = random.Random(11)
    pages = {
        "review queue (page 1..20)": lambda: f"/queue?page={rng.randint(1, 20)}",
        "country page /countries/KZ": lambda: "/countries/KZ",
        "country page, filtered by type": lambda: "/countries/KZ?type=assembly&since=2019",
        "dashboard": lambda: "/",
        "API /api/v1/events?country=KZ": lambda: "/api/v1/events?country=KZ&limit=100",
    }
    timings: dict[str, list[float]] = {}
    for name, url_of in pages.items():
        for _ in range(3):  # warm caches and the connection pool
            client.get(url_of())
        got = []
        for _ in range(requests):
            target = url_of()
            start = time.perf_counter()
            response = client.get(target)
            got.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (target, response.status_code)
        timings[name] = got
    app.state.store.close()
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--requests", type=int, default=100, help="timed requests per page")
    parser.add_argument("--pg", default=PG_DEFAULT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, scratch_stores(Path(tmp), args.pg) as targets:
        for backend, url in targets.items():
            seconds = build(url, args.docs, args.events)
            print(f"\n{backend}: {args.events:,} events over {args.docs} documents written in {seconds:.1f} s; "
                  f"{args.requests} timed requests per page")
            print(f"  {'page':34} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for page, values in measure(url, args.requests).items():
                print(f"  {page:34} {statistics.median(values):8.1f} {p95(values):8.1f} {max(values):8.1f}")

if __name__ == "__main__":
    main()
