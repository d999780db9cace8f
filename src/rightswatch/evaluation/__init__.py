"""Scoring system events against a gold file by the spec's rule."""

from rightswatch.evaluation.score import Score, score_events

__all__ = ["Score", "score_events"]
