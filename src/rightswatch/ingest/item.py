"""One unit of an ingest batch, and the guarded read of a file's bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rightswatch.errors import Code, InputError
from rightswatch.ingest.sniff import check_bytes
from rightswatch.records import RawDocument

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}


@dataclass(frozen=True)
class IngestItem:
    """One unit of a batch: a document read, or the reason it could not be."""

    origin: str
    document: RawDocument | None = None
    error: InputError | None = None


def read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError(str(path), Code.MISSING) from exc
    if size > max_bytes:
        # Checked before reading, so a huge file never enters memory.
        raise InputError(str(path), Code.TOO_LARGE, size=size, limit=max_bytes)
    data = path.read_bytes()
    check_bytes(str(path), data)
    return data


