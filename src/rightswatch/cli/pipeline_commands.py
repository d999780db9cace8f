"""ingest, extract, eval: moving reports through the pipeline and measuring it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rightswatch.cli.common import DbOption, Exit, JsonOption, console, errors, fail, print_json, store_or_exit
from rightswatch.codebook import load_codebook
from rightswatch.config import Settings
from rightswatch.errors import RightswatchError
from rightswatch.evaluation import score_events
from rightswatch.jobs.extract import extract_documents, pending
from rightswatch.jobs.ingest import IngestResult, ingest_paths
from rightswatch.store import Store
from rightswatch.store.repository import list_events


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=errors, transient=True,
    )


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt .md .html .htm), directories "
                                                 "(read recursively) or documents JSON Lines (.jsonl).")],
    db: DbOption = None,
    extract: Annotated[bool, typer.Option("--extract", help="Also extract events right away.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one JSON line per input as it commits.")] = False,
) -> None:
    """Store documents: raw bytes, SHA-256, clean text and metadata. The same bytes twice are stored once.

    Every input that cannot be read is named with the reason; the rest of the batch goes on.
    Exit status 0 when every input was stored or was a duplicate, 1 when some failed.
    """
    store = store_or_exit(db)
    results: list[IngestResult] = []
    extractor = None
    if extract:
        from rightswatch.extract import Extractor

        settings = Settings()
        try:
            extractor = Extractor(load_codebook(settings.codebook), settings.max_events_per_document)
        except RightswatchError as err:
            raise fail(str(err), Exit.USAGE) from err
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for result in ingest_paths(store, paths, extractor=extractor):
            results.append(result)
            progress.advance(task)
            if jsonl:
                print(json.dumps({"origin": result.origin, "outcome": result.outcome, "id": result.document_id,
                                  "key": result.key, "sha256": result.sha256, "reason": result.reason,
                                  "events": result.events}), flush=True)
            elif result.outcome == "failed":
                errors.print(f"[red]failed[/red] {result.reason}", soft_wrap=True)
    counts = {k: sum(1 for r in results if r.outcome == k) for k in ("new", "duplicate", "failed")}
    if not jsonl:
        console.print(f"ingest: [green]{counts['new']} new[/green], {counts['duplicate']} duplicate, "
                      f"[red]{counts['failed']} failed[/red]"
                      + (f"; {sum(r.events for r in results)} candidate events" if extract else ""))
    if extract:
        # Documents stored earlier without their events (an ingest without --extract).
        _run_extract(store, all_documents=False, quiet=True, optimize=not counts["new"])
    if counts["new"]:
        store.optimize()  # once, after any extraction above
    if counts["failed"]:
        raise typer.Exit(Exit.SOME_FAILED)


def _run_extract(
    store: Store, *, all_documents: bool, quiet: bool = False, workers: int = 0, scheduler: str | None = None,
    optimize: bool = True,
) -> int:
    from rightswatch.extract import Extractor

    ids = pending(store, all_documents=all_documents)
    failed = events = 0
    if not ids:
        if not quiet:
            console.print("extract: nothing to do (every document is extracted; --all redoes them)")
        return 0
    settings = Settings()
    try:
        codebook = load_codebook(settings.codebook)
    except RightswatchError as err:
        raise fail(str(err), Exit.USAGE) from err
    if workers or scheduler:
        from rightswatch.bulk import extract_on_dask

        results = extract_on_dask(store, ids, scheduler=scheduler, workers=workers or 2,
                                  codebook_path=settings.codebook)
    else:
        extractor = Extractor(codebook, settings.max_events_per_document)
        results = extract_documents(store, ids, extractor)
    with _progress() as progress:
        task = progress.add_task("extracting", total=len(ids))
        for result in results:
            progress.advance(task)
            events += result.events
            if result.error:
                failed += 1
                errors.print(f"[red]failed[/red] {result.key}: {result.error}")
    if optimize:
        store.optimize()
    if not quiet:
        console.print(f"extract: {len(ids) - failed} documents read, {events} candidate events, {failed} failed")
    return failed


def extract(
    db: DbOption = None,
    all_documents: Annotated[bool, typer.Option("--all", help="Re-read every document, not only new ones. "
                                                 "Reviewed events are kept; candidates are replaced.")] = False,
    workers: Annotated[int, typer.Option(help="Run on a local Dask cluster with this many worker "
                                          "processes (0: in this process).")] = 0,
    scheduler: Annotated[str | None, typer.Option(help="Address of a running Dask scheduler, "
                                                   "e.g. tcp://10.0.0.5:8786.")] = None,
) -> None:
    """Read stored documents and record the events they report as candidates for review.

    Large batches can run on Dask: --workers N starts a local cluster; --scheduler joins a real
    one. Workers only read and extract; this process alone writes to the store.
    """
    store = store_or_exit(db)
    if _run_extract(store, all_documents=all_documents, workers=workers, scheduler=scheduler):
        raise typer.Exit(Exit.SOME_FAILED)


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON Lines in the spec's form.")],
    db: DbOption = None,
    as_json: JsonOption = False,
    details: Annotated[bool, typer.Option("--details", help="List unmatched gold and system events.")] = False,
) -> None:
    """Score the stored events against a gold file: precision, recall, F1 and field accuracy.

    Only documents named in the gold file are scored, so one store can hold other documents too.
    """
    if not gold.exists():
        raise fail(f"{gold}: no such file", Exit.NOT_FOUND)
    try:
        gold_events = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise fail(f"{gold}: not JSON Lines ({exc.msg} at line {exc.lineno})", Exit.USAGE) from exc
    docs = {g["doc"] for g in gold_events}
    store = store_or_exit(db)
    with store.session() as session:
        live = list_events(session, states=("candidate", "accepted"))
        system = [e.to_spec() for e in live if e.doc in docs]
    try:
        codebook = load_codebook(Settings().codebook)
    except RightswatchError as err:
        raise fail(str(err), Exit.USAGE) from err
    aliases = {alias: seed.name for seed in codebook.entities for alias in seed.aliases}
    score = score_events(gold_events, system, aliases)
    if as_json:
        out = score.as_dict()
        out.pop("pairs")
        print_json(out)
        return
    table = Table(title=f"{gold} — {score.gold} gold, {score.system} system, {score.matched} matched")
    for name in ("precision", "recall", "f1"):
        table.add_column(name.upper() if name == "f1" else name.capitalize(), justify="right")
    for name in score.field_accuracy:
        table.add_column(name, justify="right")
    table.add_row(*(f"{v:.3f}" for v in (score.precision, score.recall, score.f1)),
                  *(f"{v:.3f}" for v in score.field_accuracy.values()))
    console.print(table)
    if details:
        for i in score.unmatched_gold:
            g = gold_events[i]
            console.print(f"[yellow]missed[/yellow] {g['doc']} {g['sub_event_type']} {g.get('date')} "
                          f"{g.get('country')}: {g.get('evidence', '')[:100]}", soft_wrap=True)
        for i in score.unmatched_system:
            s = system[i]
            console.print(f"[red]extra[/red] {s['doc']} {s['sub_event_type']} {s.get('date')} "
                          f"{s.get('country')}: {s.get('evidence', '')[:100]}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)
    app.command("eval")(evaluate)
