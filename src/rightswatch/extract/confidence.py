"""A confidence in 0..1 from what supports a candidate. The weights are a logistic model
whose coefficients were set by hand on the dev corpus; `benchmarks/accuracy.py` prints the
precision per confidence band so their calibration can be checked."""

from __future__ import annotations

import math
from dataclasses import dataclass

EXTRACTOR = "rightswatch.confidence.v1"

WEIGHTS = {
    "bias": 0.2,
    "verb_trigger": 0.9,
    "date_in_sentence": 0.6,
    "date_carried": 0.2,
    "actor": 0.4,
    "target": 0.2,
    "place_in_sentence": 0.4,
    "country_from_document": -0.4,
    "context_sentence": -0.4,
    "relative_clause": -0.5,
    "long_sentence": -0.4,
    "priority": 0.15,
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
