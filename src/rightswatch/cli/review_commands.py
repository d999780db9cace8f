"""review, entity: a monitor's decisions from the command line (the web desk uses the same actions)."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import select

from rightswatch.cli.common import DbOption, Exit, console, fail, store_or_exit
from rightswatch.review import ReviewError, accept, edit, reject
from rightswatch.store.audit import record
from rightswatch.store.models import EntityRow
from rightswatch.store.repository import current_user


def review(
    event_id: Annotated[int, typer.Argument(help="The event's id (see `rightswatch events`).")],
    db: DbOption = None,
    accept_: Annotated[bool, typer.Option("--accept", help="Accept the event as reviewed fact.")] = False,
    reject_: Annotated[str | None, typer.Option("--reject", help="Reject it, giving the reason.")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Correct a field: --set date=2024-10 "
                                                    "--set location=Almaty (repeatable).")] = None,
) -> None:
    """Accept, reject or correct an event. Every change is written to the audit log."""
    if accept_ and reject_ is not None:
        raise fail("choose --accept or --reject, not both", Exit.USAGE)
    changes: dict[str, str | None] = {}
    for item in set_ or []:
        if "=" not in item:
            raise fail(f"--set takes FIELD=VALUE, not {item!r}", Exit.USAGE)
        name, value = item.split("=", 1)
        changes[name.strip()] = value.strip() or None
    store = store_or_exit(db)
    who = current_user()
    try:
        with store.session() as session:
            if changes:
                edit(session, event_id, who, changes)
            if accept_:
                accept(session, event_id, who)
            if reject_ is not None:
                reject(session, event_id, who, reject_)
    except ReviewError as err:
        code = Exit.NOT_FOUND if "not found" in str(err) else Exit.USAGE
        raise fail(str(err), code) from err
    console.print(f"event {event_id}: " + ", ".join(
        [*(f"{k}={v}" for k, v in changes.items()), *(["accepted"] if accept_ else []),
         *([f"rejected ({reject_})"] if reject_ is not None else [])]) or f"event {event_id}: nothing to change")


def entity(
    name: Annotated[str, typer.Argument(help="The entity's canonical name.")],
    db: DbOption = None,
    public_figure: Annotated[bool | None, typer.Option("--public-figure/--private",
                                                       help="An official or public role (name kept in public "
                                                       "exports), or a private individual (pseudonymised).")] = None,
) -> None:
    """Show an entity, or mark a person as a public figure or a private individual."""
    store = store_or_exit(db)
    with store.session() as session:
        rows = list(session.scalars(select(EntityRow).where(EntityRow.name == name)))
        if not rows:
            raise fail(f"entity {name!r} was not found", Exit.NOT_FOUND)
        for row in rows:
            if public_figure is not None and row.public_figure != public_figure:
                record(session, actor=current_user(), action="edit", table="entities", row_id=row.id,
                       field="public_figure", old=row.public_figure, new=public_figure, via="cli")
                row.public_figure = public_figure
            aliases = ", ".join(a.alias for a in row.aliases)
            console.print(f"{row.name} ({row.kind}{', ' + row.country if row.country else ''}): "
                          f"{'public figure' if row.public_figure else 'private individual'}; aliases: {aliases}")


def register(app: typer.Typer) -> None:
    app.command()(review)
    app.command()(entity)
