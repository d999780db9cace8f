"""Benchmark inputs: N documents made from the bundled sample corpus (and the seeds when
../shared is present), each made distinct so that none is a duplicate."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples" / "corpus" / "documents.jsonl", ROOT.parent / "shared" / "seeds" / "documents.jsonl"]


def base_documents() -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for path in SOURCES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if "path" in record:
                record["text"] = (path.parent / record.pop("path")).read_text(encoding="utf-8")
            docs.append(record)
    if not docs:
        raise SystemExit("no sample documents found (examples/corpus/documents.jsonl)")
    return docs


def make_documents(n: int) -> list[dict[str, object]]:
    base = base_documents()
    out = []
    for i in range(n):
        record = dict(base[i % len(base)])
        record["id"] = f"bench-{i:06d}"
        record["text"] = f"{record['text']}\n\n(Copy {i} for the benchmark.)"
        out.append(record)
    return out


def write_jsonl(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
