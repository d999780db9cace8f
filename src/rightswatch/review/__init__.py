"""Review: the candidate -> accepted / rejected state machine, with every change audited."""

from rightswatch.review.actions import ReviewError, accept, edit, reject

__all__ = ["ReviewError", "accept", "edit", "reject"]
