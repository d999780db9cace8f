"""What every command shares: the console, the --db option, exit codes, JSON output."""

from __future__ import annotations

import json
import sys
from enum import IntEnum
from typing import Annotated, Any

import typer
from rich.console import Console

from rightswatch.errors import RightswatchError
from rightswatch.store import Store, open_store

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


class Exit(IntEnum):
    """Exit codes, documented in `rightswatch --help` and the README."""

    OK = 0
    SOME_FAILED = 1  # some inputs were rejected; the rest of the batch was processed
    USAGE = 2  # bad arguments (Typer/Click's own code)
    STORE = 3  # the store cannot be opened, or nothing could be processed
    NOT_FOUND = 4  # the thing asked for does not exist


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLAlchemy URL of the store; default $RIGHTSWATCH_DATABASE_URL "
                 "or sqlite:///rightswatch.db", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]


def store_or_exit(db: str | None, *, read_only: bool = False) -> Store:
    try:
        return open_store(db, read_only=read_only)
    except RightswatchError as err:
        errors.print(f"[red]error:[/red] {err}")
        raise typer.Exit(Exit.STORE) from err


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: Exit) -> typer.Exit:
    errors.print(f"[red]error:[/red] {message}")
    return typer.Exit(code)
