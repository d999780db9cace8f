"""verify, backup, restore: source integrity and recovery (issue 4 fills these in)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    del app
