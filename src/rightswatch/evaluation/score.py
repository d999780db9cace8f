"""The spec's scoring rule (shared/spec/events.md, "Scoring an output against a gold file").

A system event matches a gold event when doc, event_type and country are equal and the dates
agree at the coarser of the two precisions (a null gold date agrees with any). Matching is
one-to-one, best agreement first. Over matched pairs: sub_event_type, stance and date (equal
at the gold's precision) exactly; location, actor and target after case folding, known aliases
and a token overlap of at least half.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from rightswatch.nlp.partial_dates import coarser, precision_of, truncate

FIELDS_EXACT = ("sub_event_type", "stance", "date")
FIELDS_FUZZY = ("location", "actor", "target")
TOKEN = re.compile(r"\w+", re.UNICODE)


def _norm(value: Any, aliases: dict[str, str]) -> str | None:
    if value is None:
        return None
    text = str(value).strip().casefold()
    return aliases.get(text, text)


def _fuzzy_equal(gold: Any, system: Any, aliases: dict[str, str]) -> bool:
    g, s = _norm(gold, aliases), _norm(system, aliases)
    if g is None or s is None:
        return g is None and s is None
    if g == s:
        return True
    gt, st = set(TOKEN.findall(g)), set(TOKEN.findall(s))
    if not gt or not st:
        return False
    return len(gt & st) / max(len(gt), len(st)) >= 0.5


def _date_of(event: dict[str, Any]) -> str | None:
    value = event.get("date")
    return str(value) if value else None


def dates_agree(gold: str | None, system: str | None) -> bool:
    if gold is None:
        return True
    if system is None:
        return False
    level = coarser(precision_of(gold) or "year", precision_of(system) or "year")
    return truncate(gold, level) == truncate(system, level)


def date_exact(gold: str | None, system: str | None) -> bool:
    """Equal at the gold's precision: a coarser system date is not equal."""
    if gold is None or system is None:
        return gold is None and system is None
    order = ["year", "month", "day"]
    level = precision_of(gold) or "year"
    if order.index(precision_of(system) or "year") < order.index(level):
        return False
    return truncate(system, level) == gold


def _agreement(gold: dict[str, Any], system: dict[str, Any], aliases: dict[str, str]) -> int:
    score = 0
    for name in FIELDS_EXACT:
        if name == "date":
            score += date_exact(_date_of(gold), _date_of(system))
        else:
            score += gold.get(name) == system.get(name)
    for name in FIELDS_FUZZY:
        score += _fuzzy_equal(gold.get(name), system.get(name), aliases)
    return score


def matches(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    return (
        gold.get("doc") == system.get("doc")
        and gold.get("event_type") == system.get("event_type")
        and gold.get("country") == system.get("country")
        and dates_agree(_date_of(gold), _date_of(system))
    )


@dataclass
class Score:
    gold: int
    system: int
    matched: int
    precision: float
    recall: float
    f1: float
    field_accuracy: dict[str, float]
    pairs: list[tuple[int, int]] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)
    unmatched_system: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def field_agrees(name: str, gold: dict[str, Any], system: dict[str, Any], aliases: dict[str, str]) -> bool:
    """One field of a matched pair, by the spec's rule (aliases: casefolded alias -> name)."""
    if name == "date":
        return date_exact(_date_of(gold), _date_of(system))
    if name in FIELDS_EXACT:
        return bool(gold.get(name) == system.get(name))
    return _fuzzy_equal(gold.get(name), system.get(name), aliases)


def score_events(
    gold: list[dict[str, Any]], system: list[dict[str, Any]], aliases: dict[str, str] | None = None,
) -> Score:
    aliases = {k.casefold(): v.casefold() for k, v in (aliases or {}).items()}
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if matches(g, s):
                # Best agreement first; ties go to the more confident system event, then order.
                candidates.append((-_agreement(g, s, aliases), -(s.get("confidence") or 0), gi, si))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    matched = len(pairs)
    precision = matched / len(system) if system else 0.0
    recall = matched / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy: dict[str, float] = {}
    for name in (*FIELDS_EXACT, *FIELDS_FUZZY):
        if not pairs:
            accuracy[name] = 0.0
            continue
        good = sum(field_agrees(name, gold[gi], system[si], aliases) for gi, si in pairs)
        accuracy[name] = good / len(pairs)
    return Score(
        gold=len(gold), system=len(system), matched=matched, precision=precision, recall=recall,
        f1=f1, field_accuracy=accuracy, pairs=pairs,
        unmatched_gold=[i for i in range(len(gold)) if i not in used_g],
        unmatched_system=[i for i in range(len(system)) if i not in used_s],
    )
