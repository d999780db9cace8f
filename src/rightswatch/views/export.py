"""Exports in the spec's field list: JSON Lines and CSV, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rightswatch.records import EventRecord

FIELDS = list(EventRecord.SPEC_FIELDS)
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def event_dicts(events: Iterable[EventRecord]) -> list[dict[str, Any]]:
    return [e.to_spec() for e in events]


def to_jsonl(events: Iterable[EventRecord]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in event_dicts(events))


def _safe_cell(value: Any) -> Any:
    # A spreadsheet must not run an evidence sentence as a formula.
    if isinstance(value, str) and value.startswith(CSV_FORMULA_START):
        return "'" + value
    return value


def to_csv(events: Iterable[EventRecord]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*FIELDS, "id", "review_state"], lineterminator="\n")
    writer.writeheader()
    for row in event_dicts(events):
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    return out.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside the target, fsync, then rename over it."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_jsonl_events(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def read_csv_events(text: str) -> list[dict[str, Any]]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        parsed: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
        parsed["confidence"] = float(parsed["confidence"]) if parsed.get("confidence") else None
        parsed["id"] = int(parsed["id"]) if parsed.get("id") else None
        for key, value in parsed.items():
            if isinstance(value, str) and value.startswith("'") and value[1:2] in CSV_FORMULA_START:
                parsed[key] = value[1:]
        rows.append(parsed)
    return rows
