"""rightswatch: read human-rights reports, keep a sourced database of events.

Typical use:  rightswatch ingest reports/  →  rightswatch extract  →  rightswatch events --country KZ
"""

from __future__ import annotations

import typer

from rightswatch.cli import data_commands, pipeline_commands, review_commands, safety_commands, web_commands

app = typer.Typer(
    name="rightswatch",
    help=__doc__ + "\n\nExit codes: 0 all done; 1 some inputs failed (the rest was stored); "
    "2 usage error; 3 store unavailable; 4 not found.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
pipeline_commands.register(app)
data_commands.register(app)
review_commands.register(app)
safety_commands.register(app)
web_commands.register(app)


def main() -> None:
    app()
