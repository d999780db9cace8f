"""Bytes -> str: UTF-8 first, then a BOM, then a detected legacy encoding (cp1251, latin-1)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from rightswatch.errors import Code, InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(source: str, data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, Code.ENCODING) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(source, Code.ENCODING)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(source, Code.ENCODING) from exc
    # Control characters other than whitespace mean the guess is wrong or the data is binary.
    controls = sum(1 for ch in text[:20_000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * min(len(text), 20_000):
        raise InputError(source, Code.ENCODING)
    return text
