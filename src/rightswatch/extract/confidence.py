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
    "priority": 0.015,
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


def confidence(e: Evidence) -> float:
    z = WEIGHTS["bias"]
    z += WEIGHTS["verb_trigger"] if e.verb_trigger else 0.0
    z += WEIGHTS["date_in_sentence"] if e.date_source == "sentence" else 0.0
    z += WEIGHTS["date_carried"] if e.date_source == "previous" else 0.0
    z += WEIGHTS["actor"] if e.has_actor else 0.0
    z += WEIGHTS["target"] if e.has_target else 0.0
    z += WEIGHTS["place_in_sentence"] if e.place_source in ("location", "sentence", "subject") else 0.0
    z += WEIGHTS["country_from_document"] if e.place_source == "document" else 0.0
    z += WEIGHTS["context_sentence"] if e.used_context else 0.0
    z += WEIGHTS["relative_clause"] if e.relative_clause else 0.0
    z += WEIGHTS["long_sentence"] if e.sentence_tokens > 60 else 0.0
    z += WEIGHTS["priority"] * e.priority
    return round(1.0 / (1.0 + math.exp(-z)), 3)
