"""verify, backup, restore, search: source integrity, recovery and finding things."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rightswatch.cli.common import DbOption, Exit, JsonOption, console, errors, fail, print_json, store_or_exit
from rightswatch.config import Settings
from rightswatch.errors import RightswatchError
from rightswatch.store import backup as backups
from rightswatch.store.audit import record
from rightswatch.store.integrity import verify as verify_store
from rightswatch.store.repository import current_user
from rightswatch.store.search import search as search_store


def verify(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Recompute every document's SHA-256, check evidence spans and the audit chain.

    Exit status 1 when any stored source no longer matches its hash, or the audit chain is broken.
    """
    store = store_or_exit(db, read_only=True)
    with store.session() as session:
        report = verify_store(session)
    if as_json:
        print_json({**report.__dict__, "ok": report.ok})
    else:
        console.print(f"verify: {report.documents} documents checked; database check: {report.database_check}")
        for doc_id, key in report.tampered:
            errors.print(f"[red]tampered[/red] document {doc_id} ({key}): stored bytes no longer match their SHA-256")
        if report.broken_audit_entry is not None:
            errors.print(f"[red]audit chain broken[/red] at entry {report.broken_audit_entry}")
        for event_id in report.evidence_mismatch:
            errors.print(f"[red]evidence mismatch[/red] event {event_id}: span no longer matches the text")
        if report.ok:
            console.print("[green]all sources match their hashes; the audit chain is intact[/green]")
    if not report.ok:
        raise typer.Exit(Exit.SOME_FAILED)


def backup(path: Annotated[Path, typer.Argument(help="Backup file to write.")], db: DbOption = None) -> None:
    """Write a consistent backup of the store (SQLite online backup; pg_dump for PostgreSQL)."""
    url = db or Settings().database_url
    store = store_or_exit(url)
    try:
        manifest = backups.backup(url, path)
    except RightswatchError as err:
        raise fail(str(err), Exit.STORE) from err
    with store.session() as session:
        record(session, actor=current_user(), action="backup", new=str(path), via="cli")
    console.print(f"backup: {path} ({manifest['bytes']} bytes, sha256 {str(manifest['sha256'])[:16]}…)")


def restore(
    path: Annotated[Path, typer.Argument(help="A backup written by `rightswatch backup`.")],
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing database.")] = False,
) -> None:
    """Restore a backup into the store after checking its SHA-256 manifest, then verify it."""
    url = db or Settings().database_url
    if not path.exists():
        raise fail(f"{path}: no such file", Exit.NOT_FOUND)
    try:
        backups.restore(url, path, force=force)
    except RightswatchError as err:
        raise fail(str(err), Exit.STORE) from err
    store = store_or_exit(url)
    with store.session() as session:
        report = verify_store(session)
        record(session, actor=current_user(), action="restore", new=str(path), via="cli")
    console.print(f"restore: {report.documents} documents restored; verify {'ok' if report.ok else 'FAILED'}")
    if not report.ok:
        raise typer.Exit(Exit.SOME_FAILED)


def search(
    query: Annotated[str, typer.Argument(help="Words to find in documents and events.")],
    db: DbOption = None, limit: int = 20, as_json: JsonOption = False,
) -> None:
    """Full-text search over documents and events (every word must appear)."""
    store = store_or_exit(db, read_only=True)
    with store.session() as session:
        hits = search_store(session, query, limit)
    if as_json:
        print_json([h.__dict__ for h in hits])
        return
    table = Table(title=f"{len(hits)} hits for {query!r}")
    for col in ("kind", "id", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(h.kind, str(h.id), h.title[:60], h.snippet)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(verify)
    app.command()(backup)
    app.command()(restore)
    app.command()(search)
