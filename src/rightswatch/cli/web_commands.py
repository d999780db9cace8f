"""serve, user: the review desk (issue 5 fills these in)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    del app
