"""Documents JSON Lines (the spec's form): `text` or `path`, `published`, `url`, ..."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rightswatch.errors import Code, InputError
from rightswatch.ingest.item import MEDIA_TYPES, IngestItem, read_file
from rightswatch.nlp.partial_dates import normalise_partial_date
from rightswatch.records import RawDocument

CAPTURE_METHOD = "rightswatch.ingest.jsonl.v1"
TEXT_FIELDS = ("title", "url", "language", "kind")


def _record(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), Code.MALFORMED_JSONL, line=number, reason=exc.msg) from exc
    if not isinstance(record, dict):
        raise InputError(str(path), Code.MALFORMED_JSONL, line=number, reason="not a JSON object")
    if not isinstance(record.get("text"), str) and not isinstance(record.get("path"), str):
        raise InputError(str(path), Code.MALFORMED_JSONL, line=number, reason="needs 'text' or 'path'")
    for name in (*TEXT_FIELDS, "id", "published"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(
                str(path), Code.MALFORMED_JSONL, line=number, reason=f"'{name}' must be a string"
            )
    if record.get("published"):
        normalised = normalise_partial_date(record["published"])
        if normalised is None:
            raise InputError(
                str(path), Code.MALFORMED_JSONL, line=number,
                reason=f"'published' is not an ISO date: {record['published']!r}",
            )
        record["published"] = normalised
    return record


def read_documents(path: Path, max_bytes: int) -> Iterator[IngestItem]:
    try:
        data = read_file(path, max_bytes)
        text = data.decode("utf-8-sig")
    except InputError as err:
        yield IngestItem(str(path), error=err)
        return
    except UnicodeDecodeError:
        yield IngestItem(str(path), error=InputError(str(path), Code.ENCODING))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = _record(path, number, line)
            if isinstance(record.get("text"), str):
                raw = record["text"].encode("utf-8")
                media_type = "text/plain"
                if not raw.strip():
                    raise InputError(origin, Code.EMPTY)
            else:
                member = (path.parent / record["path"]).resolve()
                raw = read_file(member, max_bytes)
                media_type = MEDIA_TYPES.get(member.suffix.lower(), "text/plain")
                origin = str(member)
        except InputError as err:
            yield IngestItem(origin, error=err)
            continue
        yield IngestItem(
            origin,
            document=_raw_document(record, raw, origin, media_type),
        )


def _raw_document(record: dict[str, Any], raw: bytes, origin: str, media_type: str) -> RawDocument:
    return RawDocument(
        raw=raw,
        origin=origin,
        captured_at=datetime.now(UTC),
        capture_method=CAPTURE_METHOD,
        media_type=media_type,
        doc_key=record.get("id") or None,
        url=record.get("url"),
        title=record.get("title"),
        published=record.get("published"),
        language=record.get("language"),
        kind=record.get("kind"),
    )
