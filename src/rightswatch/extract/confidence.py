"""A confidence in 0..1 from what supports a candidate: a logistic model over a few features,
its weights fitted on gold data (`benchmarks/calibrate.py`); `benchmarks/accuracy.py` prints
the precision per confidence band so the calibration can be checked."""

from __future__ import annotations

import math
from dataclasses import dataclass

EXTRACTOR = "rightswatch.confidence.v1"

# Fitted by `benchmarks/calibrate.py examples/corpus` (logistic regression on whether each
# candidate matched a gold event), rounded. Refit when the gold grows.
WEIGHTS = {
    "bias": -0.30,
    "verb_trigger": 1.39,
    "date_in_sentence": 0.39,
    "date_carried": -1.22,
    "actor": 0.17,
    "target": -0.29,
    "place_in_sentence": -0.43,
    "country_from_document": 0.48,
    "context_sentence": -1.33,
    "relative_clause": -0.40,
    "long_sentence": 0.0,
    "priority": -0.01,
}


@dataclass(frozen=True)
class Evidence:
    verb_trigger: bool
    date_source: str
    has_actor: bool
    has_target: bool
    place_source: str
    used_context: bool
    relative_clause: bool
    sentence_tokens: int
    priority: int


def features(e: Evidence) -> dict[str, float]:
    """The named inputs of the model (the same names as WEIGHTS)."""
    return {
        "bias": 1.0,
        "verb_trigger": float(e.verb_trigger),
        "date_in_sentence": float(e.date_source == "sentence"),
        "date_carried": float(e.date_source == "previous"),
        "actor": float(e.has_actor),
        "target": float(e.has_target),
        "place_in_sentence": float(e.place_source in ("location", "sentence", "subject")),
        "country_from_document": float(e.place_source == "document"),
        "context_sentence": float(e.used_context),
        "relative_clause": float(e.relative_clause),
        "long_sentence": float(e.sentence_tokens > 60),
        "priority": e.priority / 10.0,
    }


def confidence(e: Evidence) -> float:
    z = sum(WEIGHTS[name] * value for name, value in features(e).items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)
