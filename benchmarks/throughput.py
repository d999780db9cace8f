"""Extraction throughput against the bare spaCy pipeline, and peak memory.

    .venv/bin/python benchmarks/throughput.py [--docs 1000]

Runs, each in its own process so peak RSS is its own: (1) the bare spaCy model's nlp.pipe over
the texts; (2) the whole `extract` job (spaCy + rules + dates + places + roles + writing the
events to a SQLite store) over the same documents. Prints both rates, their ratio and peaks.
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
from corpus import make_documents, write_jsonl


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bare(path: Path) -> dict[str, float]:
    from rightswatch.nlp.pipeline import load_bare_pipeline

    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    nlp = load_bare_pipeline()
    start = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "seconds": seconds, "tokens": words, "peak_mb": peak_mb()}


def run_extract(path: Path) -> dict[str, float]:
    from rightswatch.extract import Extractor
    from rightswatch.jobs.extract import extract_documents, pending
    from rightswatch.jobs.ingest import ingest_paths
    from rightswatch.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        for _ in ingest_paths(store, [path]):
            pass
        ids = pending(store)
        extractor = Extractor()
        start = time.perf_counter()
        events = sum(r.events for r in extract_documents(store, ids, extractor))
        seconds = time.perf_counter() - start
        store.close()
    return {"docs": len(ids), "seconds": seconds, "events": events, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--mode", choices=["bare", "extract"], help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        result = run_bare(args.input) if args.mode == "bare" else run_extract(args.input)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        write_jsonl(path, make_documents(args.docs))
        results = {}
        for mode in ("bare", "extract"):
            out = subprocess.run([sys.executable, __file__, "--mode", mode, "--input", str(path)],
                                 check=True, capture_output=True, text=True)
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    bare, full = results["bare"], results["extract"]
    bare_rate = bare["docs"] / bare["seconds"]
    full_rate = full["docs"] / full["seconds"]
    print(f"documents: {args.docs} ({bare['tokens'] / bare['docs']:.0f} tokens each on average)")
    print(f"bare spaCy nlp.pipe : {bare_rate:7.1f} docs/s  {bare['tokens'] / bare['seconds']:8.0f} tokens/s  "
          f"peak RSS {bare['peak_mb']:.0f} MB")
    print(f"rightswatch extract : {full_rate:7.1f} docs/s  {bare['tokens'] / full['seconds']:8.0f} tokens/s  "
          f"peak RSS {full['peak_mb']:.0f} MB  ({full['events']} events)")
    print(f"ratio extract/bare  : {full_rate / bare_rate:.2f}  (target >= 0.80; peak RSS target <= 600 MB)")


if __name__ == "__main__":
    main()
