"""Review: the candidate -> accepted / rejected / merged state machine, and entity merges, with
every change audited."""

from rightswatch.review.actions import ReviewError, accept, edit, merge, reject
from rightswatch.review.entities import merge_entities, set_public_figure

__all__ = ["ReviewError", "accept", "edit", "merge", "merge_entities", "reject", "set_public_figure"]
