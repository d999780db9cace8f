"""Walk the paths a user names and read each source into RawDocuments (or a named error)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from rightswatch.errors import Code, InputError
from rightswatch.ingest import jsonl
from rightswatch.ingest.item import MEDIA_TYPES, IngestItem, read_file
from rightswatch.records import RawDocument

CAPTURE_METHOD = "rightswatch.ingest.files.v1"
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def _read_one_file(path: Path, max_bytes: int) -> Iterator[IngestItem]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from jsonl.read_documents(path, max_bytes)
        return
    if suffix not in MEDIA_TYPES:
        yield IngestItem(str(path), error=InputError(str(path), Code.UNSUPPORTED, suffix=suffix))
        return
    try:
        data = read_file(path, max_bytes)
    except InputError as err:
        yield IngestItem(str(path), error=err)
        return
    yield IngestItem(
        str(path),
        document=RawDocument(
            raw=data,
            origin=str(path),
            captured_at=datetime.now(UTC),
            capture_method=CAPTURE_METHOD,
            media_type=MEDIA_TYPES[suffix],
            doc_key=path.stem,
        ),
    )


def _walk(directory: Path, seen: set[str]) -> Iterator[Path | InputError]:
    real = os.path.realpath(directory)
    if real in seen:
        yield InputError(str(directory), Code.LOOP, target=real)
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir())
    except OSError as exc:
        yield InputError(str(directory), Code.MISSING) if isinstance(exc, FileNotFoundError) else \
            InputError(str(directory), Code.UNSUPPORTED, suffix=str(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        else:
            yield entry  # unsupported types are named too: a skipped PDF should not pass unseen


def read_sources(paths: list[Path], max_bytes: int) -> Iterator[IngestItem]:
    """Every document under the given paths, in a stable order; errors are items too."""
    for path in paths:
        if not path.exists() and not path.is_symlink():
            yield IngestItem(str(path), error=InputError(str(path), Code.MISSING))
        elif path.is_dir():
            for found in _walk(path, set()):
                if isinstance(found, InputError):
                    yield IngestItem(found.source, error=found)
                else:
                    yield from _read_one_file(found, max_bytes)
        else:
            yield from _read_one_file(path, max_bytes)
