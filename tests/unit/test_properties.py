"""Property tests: the date normaliser and the text cleaner never crash and never return an
out-of-range date, whatever the input."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from rightswatch.documents.clean import clean_text
from rightswatch.nlp.dates import RefDate, find_dates
from rightswatch.nlp.partial_dates import normalise_partial_date, precision_of

MONTHS = ["January", "February", "March", "May", "August", "October", "December", "last February",
          "Thursday, August", "earlier this year", "two years ago", "in", "on", "2015", "1899", "2101", "31", "29"]
refs = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])))


def _valid(value: str | None) -> bool:
    if value is None:
        return True
    parts = [int(p) for p in value.split("-")]
    if not 1900 <= parts[0] <= 2100:
        return False
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return False
    if len(parts) == 3:
        date(*parts)  # raises on an impossible day
    return True


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(MONTHS), st.text(max_size=12), st.integers(0, 40).map(str)),
                max_size=8), refs)
def test_dates_are_always_valid(words: list[str], ref: str | None) -> None:
    text = " ".join(words)
    for mention in find_dates(text, RefDate(ref) if ref else None, [2019]):
        assert _valid(mention.value), (text, mention)
        assert mention.precision == precision_of(mention.value)
        assert text[mention.start: mention.end] == mention.text


@given(st.text(max_size=40))
def test_partial_date_normaliser(value: str) -> None:
    result = normalise_partial_date(value)
    assert _valid(result)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_cleaner_never_crashes_and_is_idempotent(value: str) -> None:
    cleaned = clean_text(value)
    assert isinstance(cleaned, str)
    assert "\u00a0" not in cleaned
    assert clean_text(cleaned) == cleaned
