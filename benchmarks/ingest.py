"""Ingest speed and memory on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--docs 2000] [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

Each backend runs in its own process (so peak RSS is its own) on the same generated documents:
read, decode, clean, hash and store one transaction per document (no extraction).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from backends import PG_DEFAULT, scratch_stores
from corpus import make_documents, write_jsonl


def run(url: str, path: Path) -> dict[str, float]:
    from rightswatch.jobs.ingest import ingest_paths
    from rightswatch.store import open_store

    store = open_store(url)
    start = time.perf_counter()
    n = sum(1 for r in ingest_paths(store, [path]) if r.outcome == "new")
    seconds = time.perf_counter() - start
    store.close()
    return {"docs": n, "seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pg", default=PG_DEFAULT)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.url:
        print(json.dumps(run(args.url, args.input)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        write_jsonl(path, make_documents(args.docs))
        results = {}
        with scratch_stores(Path(tmp), args.pg) as targets:
            for backend, url in targets.items():
                out = subprocess.run([sys.executable, __file__, "--url", url, "--input", str(path)],
                                     check=True, capture_output=True, text=True)
                results[backend] = json.loads(out.stdout.strip().splitlines()[-1])
    for backend, r in results.items():
        print(f"{backend:10}: {r['docs']} documents in {r['seconds']:.1f} s = {r['docs'] / r['seconds']:.0f} docs/s, "
              f"peak RSS {r['peak_mb']:.0f} MB")
    if len(results) == 2:
        ratio = (results["postgresql"]["docs"] / results["postgresql"]["seconds"]) / (
            results["sqlite"]["docs"] / results["sqlite"]["seconds"])
        print(f"postgresql / sqlite rate: {ratio:.2f}")


if __name__ == "__main__":
    main()
