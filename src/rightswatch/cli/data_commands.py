"""documents, events, show, export: reading what the store holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from rightswatch.cli.common import DbOption, Exit, JsonOption, console, fail, print_json, store_or_exit
from rightswatch.records import EventRecord
from rightswatch.store.models import DocumentRow, EventRow
from rightswatch.store.repository import document_summaries, list_events
from rightswatch.views.export import to_csv, to_jsonl, write_atomic
from rightswatch.views.public import instance_secret, private_people, publicise

CONTEXT_CHARS = 240


def documents(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stored documents: id, SHA-256, title, publication date, size and number of events."""
    store = store_or_exit(db, read_only=True)
    with store.session() as session:
        rows = document_summaries(session)
    if as_json:
        print_json([r.__dict__ for r in rows])
        return
    table = Table(title=f"{len(rows)} documents")
    for col in ("id", "key", "sha256", "title", "published", "bytes", "status", "events"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r.id), r.key, r.sha256[:12], (r.title or "")[:60], r.published or "",
                      str(r.size), r.status, str(r.events))
    console.print(table)


def events_table(events: list[EventRecord], title: str) -> Table:
    table = Table(title=title)
    for col in ("id", "date", "country", "location", "type", "actor", "target", "stance", "conf"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(str(e.id), e.date or "", e.country or "", e.location or "", e.sub_event_type,
                      e.actor or "", e.target or "", e.stance, f"{e.confidence:.2f}")
    return table


def events(
    db: DbOption = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code, e.g. KZ.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="An event_type or sub_event_type, e.g. assembly.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date, ISO: 2019, 2019-08 or 2019-08-22.")] = None,
    state: Annotated[
        str | None, typer.Option(help="candidate, accepted or rejected (default: all but rejected).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List events, oldest first, filtered by country, type and date."""
    store = store_or_exit(db, read_only=True)
    states = (state,) if state else ("candidate", "accepted")
    with store.session() as session:
        found = list_events(session, country=country, event_type=type_, since=since, states=states)
    if as_json:
        print_json([e.to_spec() for e in found])
        return
    console.print(events_table(found, f"{len(found)} events"))
    by_country = Counter(e.country or "??" for e in found)
    console.print("per country: " + ", ".join(f"{c} {n}" for c, n in by_country.most_common()))


def show(event_id: Annotated[int, typer.Argument(help="The event's id (see `rightswatch events`).")],
         db: DbOption = None, as_json: JsonOption = False) -> None:
    """Show one event with its sources and the evidence in context."""
    store = store_or_exit(db, read_only=True)
    with store.session() as session:
        event = session.get(EventRow, event_id)
        if event is None:
            raise fail(f"event {event_id} was not found", Exit.NOT_FOUND)
        sources = [(s.document, s.span_start, s.span_end) for s in event.sources]
        record = {c.name: getattr(event, c.name) for c in EventRow.__table__.columns}
        contexts = []
        for doc, start, end in sources:
            text = doc.clean_text
            contexts.append({
                "document": doc.key, "title": doc.title, "url": doc.url, "sha256": doc.sha256,
                "start": start, "end": end, "before": text[max(0, start - CONTEXT_CHARS): start],
                "evidence": text[start:end], "after": text[end: end + CONTEXT_CHARS],
            })
    if as_json:
        print_json({"event": record, "sources": contexts})
        return
    table = Table(show_header=False, title=f"event {event_id}")
    for key in ("event_type", "sub_event_type", "date", "date_precision", "country", "location",
                "actor", "target", "stance", "confidence", "review_state", "extractor"):
        table.add_row(key, str(record[key]) if record[key] is not None else "—")
    console.print(table)
    for ctx in contexts:
        # Source text is shown as Text, never as markup: a report may contain "[...]".
        console.print(Text(f"\n{ctx['document']} {ctx['title'] or ''} (chars {ctx['start']}–{ctx['end']}, "
                           f"sha256 {str(ctx['sha256'])[:12]})", style="bold"))
        shown = Text("…" + str(ctx["before"]))
        shown.append(str(ctx["evidence"]), style="reverse")
        shown.append(str(ctx["after"]) + "…")
        console.print(shown, soft_wrap=True)


def export(
    db: DbOption = None,
    format_: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File to write (atomically); default stdout.")
    ] = None,
    state: Annotated[str | None, typer.Option(help="Only events in this review state.")] = None,
    public: Annotated[bool, typer.Option("--public", help="For publication: accepted events only, private "
                                         "individuals pseudonymised, their quotes withheld.")] = False,
) -> None:
    """Export events in the spec's field list (doc = the key of the first source document)."""
    if format_ not in ("jsonl", "csv"):
        raise fail(f"unknown format {format_!r}: use jsonl or csv", Exit.USAGE)
    if public and state not in (None, "accepted"):
        raise fail("--public exports accepted events only", Exit.USAGE)
    store = store_or_exit(db, read_only=True)
    states = ("accepted",) if public else (state,) if state else ("candidate", "accepted")
    with store.session() as session:
        found = list_events(session, states=states)
        if public:
            found = publicise(found, private_people(session), instance_secret(store.url))
    text = to_jsonl(found) if format_ == "jsonl" else to_csv(found)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomic(output, text)
        console.print(f"export: {len(found)} events written to {output}")


def register(app: typer.Typer) -> None:
    app.command()(documents)
    app.command()(events)
    app.command()(show)
    app.command()(export)


__all__ = ["DocumentRow", "register"]
