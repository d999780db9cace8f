"""review, entity: a monitor's decisions from the command line (the web desk uses the same actions)."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import select

from rightswatch.cli.common import DbOption, Exit, console, fail, store_or_exit
from rightswatch.review import ReviewError, accept, edit, merge, merge_entities, reject, set_public_figure
from rightswatch.store.models import EntityRow
from rightswatch.store.repository import current_user


def review(
    event_id: Annotated[int, typer.Argument(help="The event's id (see `rightswatch events`).")],
    db: DbOption = None,
    accept_: Annotated[bool, typer.Option("--accept", help="Accept the event as reviewed fact.")] = False,
    reject_: Annotated[str | None, typer.Option("--reject", help="Reject it, giving the reason.")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Correct a field: --set date=2024-10 "
                                                    "--set location=Almaty (repeatable).")] = None,
    merge_into: Annotated[int | None, typer.Option("--merge-into", help="The same event as this one (another "
                                                   "outlet's report): its sources join that event.")] = None,
) -> None:
    """Accept, reject, correct or merge an event. Every change is written to the audit log."""
    if sum([accept_, reject_ is not None, merge_into is not None]) > 1:
        raise fail("choose one of --accept, --reject and --merge-into", Exit.USAGE)
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
            if merge_into is not None:
                merge(session, event_id, merge_into, who)
    except ReviewError as err:
        code = Exit.NOT_FOUND if "not found" in str(err) else Exit.USAGE
        raise fail(str(err), code) from err
    done = ", ".join(
        [*(f"{k}={v}" for k, v in changes.items()), *(["accepted"] if accept_ else []),
         *([f"rejected ({reject_})"] if reject_ is not None else []),
         *([f"merged into event {merge_into}"] if merge_into is not None else [])])
    console.print(f"event {event_id}: {done or 'nothing to change'}")


def entity(
    name: Annotated[str, typer.Argument(help="The entity's canonical name.")],
    db: DbOption = None,
    public_figure: Annotated[bool | None, typer.Option("--public-figure/--private",
                                                       help="An official or public role (name kept in public "
                                                       "exports), or a private individual (pseudonymised).")] = None,
    merge_into: Annotated[str | None, typer.Option("--merge-into", help="The canonical name this entity is a "
                                                   "variant of (its aliases and events move there).")] = None,
) -> None:
    """Show an entity, mark a person as a public figure or a private individual, or merge it
    into another entity (Nur Otan -> Amanat)."""
    store = store_or_exit(db)
    who = current_user()
    with store.session() as session:
        rows = list(session.scalars(select(EntityRow).where(EntityRow.name == name)))
        if not rows:
            raise fail(f"entity {name!r} was not found", Exit.NOT_FOUND)
        if merge_into is not None:
            kept = session.scalars(select(EntityRow).where(EntityRow.name == merge_into)).first()
            if kept is None:
                raise fail(f"entity {merge_into!r} was not found", Exit.NOT_FOUND)
            try:
                for row in rows:
                    kept = merge_entities(session, row.id, kept.id, who)
            except ReviewError as err:
                raise fail(str(err), Exit.USAGE) from err
            rows = [kept]
        for row in rows:
            if public_figure is not None:
                set_public_figure(session, row.id, public_figure, who)
            aliases = ", ".join(a.alias for a in row.aliases)
            console.print(f"{row.name} ({row.kind}{', ' + row.country if row.country else ''}): "
                          f"{'public figure' if row.public_figure else 'private individual'}; aliases: {aliases}")


def register(app: typer.Typer) -> None:
    app.command()(review)
    app.command()(entity)
