"""Fit the confidence model's weights on a gold set (logistic regression, numpy only).

    .venv/bin/python benchmarks/calibrate.py examples/corpus [--holdout other/folder]

Prints the fitted weights (to copy into src/rightswatch/extract/confidence.py) and the
precision per confidence band before and after, on the fitting set and on a held-out set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rightswatch.documents import build_document
from rightswatch.evaluation import score_events
from rightswatch.extract import Extractor
from rightswatch.extract.confidence import WEIGHTS
from rightswatch.ingest.jsonl import read_documents

NAMES = list(WEIGHTS)


def labelled(folder: Path, extractor: Extractor) -> tuple[np.ndarray, np.ndarray]:
    gold = [json.loads(x) for x in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    system, feats = [], []
    for item in read_documents(folder / "documents.jsonl", 10**9):
        if item.document is None:
            continue
        doc = build_document(item.document, max_chars=10**8)
        for cand in extractor.extract(doc):
            system.append({"doc": doc.key, "event_type": cand.event_type, "country": cand.country,
                           "date": cand.date, "sub_event_type": cand.sub_event_type, "stance": cand.stance,
                           "confidence": cand.confidence})
            feats.append([cand.details["features"][n] for n in NAMES])
    score = score_events(gold, system)
    matched = {si for _, si in score.pairs}
    return np.array(feats), np.array([i in matched for i in range(len(system))], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.5, steps: int = 4000, rate: float = 0.1) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * w / len(y)
        w -= rate * grad
    return w


def bands(p: np.ndarray, y: np.ndarray) -> str:
    out = []
    for lo, hi in [(0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]:
        mask = (p >= lo) & (p < hi)
        if mask.any():
            out.append(f"[{lo:.1f},{min(hi, 1):.1f}) {y[mask].mean():.2f} of {mask.sum()}")
    return "  ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--holdout", type=Path)
    args = parser.parse_args()
    extractor = Extractor()
    x, y = labelled(args.folder, extractor)
    w_now = np.array([WEIGHTS[n] for n in NAMES])
    w = fit(x, y)
    print("fitted weights:")
    for name, value in zip(NAMES, w, strict=True):
        print(f"    {name!r}: {value:.2f},")
    print("fit set, current :", bands(1 / (1 + np.exp(-x @ w_now)), y))
    print("fit set, fitted  :", bands(1 / (1 + np.exp(-x @ w)), y))
    if args.holdout:
        hx, hy = labelled(args.holdout, extractor)
        print("holdout, current :", bands(1 / (1 + np.exp(-hx @ w_now)), hy))
        print("holdout, fitted  :", bands(1 / (1 + np.exp(-hx @ w)), hy))


if __name__ == "__main__":
    main()
