"""Refuse bytes that are not a text document before anything parses them."""

from __future__ import annotations

from rightswatch.errors import Code, InputError

# Magic numbers of common binary formats a misnamed file may hold.
MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "ELF executable",
    b"BZh": "bzip2 archive",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def check_bytes(source: str, data: bytes) -> None:
    if not data.strip():
        raise InputError(source, Code.EMPTY)
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, Code.BINARY, what=what)
    head = data[:8192]
    if b"\x00" in head and not head.startswith(UTF16_BOMS):
        # UTF-16 without a BOM has NUL in every other byte of ASCII text.
        even, odd = head[0::2], head[1::2]
        if not (odd.count(0) > 0.4 * len(odd) or even.count(0) > 0.4 * len(even)):
            raise InputError(source, Code.BINARY, what="NUL bytes")
