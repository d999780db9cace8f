"""Partial ISO dates ("2019", "2019-08", "2019-08-22"): parse, validate, compare."""

from __future__ import annotations

import re
from datetime import date

PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
PRECISIONS = {1: "year", 2: "month", 3: "day"}


def normalise_partial_date(value: str) -> str | None:
    """'2019-8' -> '2019-08'; '2019-08-22T10:00' -> '2019-08-22'; invalid -> None."""
    match = PARTIAL.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    y = int(year)
    if not 1000 <= y <= 2999:
        return None
    if month is None:
        return f"{y:04d}"
    m = int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, int(day)).isoformat()
    except ValueError:
        return None


def precision_of(value: str | None) -> str | None:
    if not value:
        return None
    return PRECISIONS[len(value.split("-"))]


def truncate(value: str, precision: str) -> str:
    parts = {"year": 1, "month": 2, "day": 3}[precision]
    return "-".join(value.split("-")[:parts])


def coarser(a: str, b: str) -> str:
    order = ["year", "month", "day"]
    return order[min(order.index(a), order.index(b))]
