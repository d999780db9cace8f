"""RawDocument -> Document."""

from __future__ import annotations

from rightswatch.documents.clean import CLEANER, clean_text
from rightswatch.documents.decode import decode_bytes
from rightswatch.documents.html import extract_html
from rightswatch.documents.language import guess_language
from rightswatch.errors import Code, InputError
from rightswatch.nlp.partial_dates import normalise_partial_date
from rightswatch.records import Document, RawDocument


def build_document(raw: RawDocument, *, max_chars: int) -> Document:
    text = decode_bytes(raw.origin, raw.raw)
    title, published, url = raw.title, raw.published, raw.url
    if raw.media_type == "text/html":
        content = extract_html(raw.origin, text)
        text = content.text
        title = title or content.title
        published = published or normalise_partial_date(content.published or "")
        url = url or content.url
    clean = clean_text(text)
    if not clean:
        raise InputError(raw.origin, Code.NO_TEXT)
    if len(clean) > max_chars:
        raise InputError(raw.origin, Code.TOO_MUCH_TEXT, chars=len(clean), limit=max_chars)
    if title is None:
        first_line = clean.split("\n", 1)[0].strip()
        title = first_line[:200] if 0 < len(first_line) <= 200 else None
    return Document(
        key=raw.doc_key or raw.sha256[:16],
        sha256=raw.sha256,
        clean_text=clean,
        title=title,
        published=published,
        url=url,
        language=raw.language or guess_language(clean),
        kind=raw.kind,
        cleaner=CLEANER,
    )
