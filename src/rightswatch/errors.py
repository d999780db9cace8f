"""Numbered error catalogue. Bad-input messages name the file and the reason."""

from __future__ import annotations

from enum import Enum


class Code(str, Enum):
    EMPTY = "RW-E101"
    TOO_LARGE = "RW-E102"
    BINARY = "RW-E103"
    ENCODING = "RW-E104"
    MALFORMED_JSONL = "RW-E105"
    MISSING = "RW-E106"
    UNSUPPORTED = "RW-E107"
    HTML_UNREADABLE = "RW-E108"
    NO_TEXT = "RW-E109"
    LOOP = "RW-E110"
    TOO_MUCH_TEXT = "RW-E111"
    EXTRACT_FAILED = "RW-E201"
    CODEBOOK = "RW-E301"
    SCHEMA_TOO_NEW = "RW-E401"
    STORE_UNAVAILABLE = "RW-E402"
    TAMPERED = "RW-E403"
    NOT_FOUND = "RW-E404"


MESSAGES: dict[Code, str] = {
    Code.EMPTY: "the file is empty",
    Code.TOO_LARGE: "the file is {size} bytes, over the limit of {limit} bytes",
    Code.BINARY: "the file is binary ({what}), not text",
    Code.ENCODING: "the bytes are not text in any encoding we could recognise",
    Code.MALFORMED_JSONL: "line {line} is not a valid document record: {reason}",
    Code.MISSING: "no such file or directory",
    Code.UNSUPPORTED: "unsupported file type {suffix!r} (use .txt, .md, .html, .htm, .jsonl)",
    Code.HTML_UNREADABLE: "the HTML could not be parsed: {reason}",
    Code.NO_TEXT: "no readable text was found in it",
    Code.LOOP: "a directory loop (symbolic link back to {target})",
    Code.TOO_MUCH_TEXT: "the clean text has {chars} characters, over the limit of {limit}",
    Code.EXTRACT_FAILED: "extraction failed: {reason}",
    Code.CODEBOOK: "the codebook is invalid: {reason}",
    Code.SCHEMA_TOO_NEW: "the database schema ({found}) is newer than this program knows ({known})",
    Code.STORE_UNAVAILABLE: "the database cannot be opened: {reason}",
    Code.TAMPERED: "stored bytes no longer match their SHA-256",
    Code.NOT_FOUND: "{what} {key} was not found",
}


class RightswatchError(Exception):
    """An error with a catalogue code; its message is fit to show a user."""

    def __init__(self, code: Code, **params: object) -> None:
        self.code = code
        self.params = params
        self.reason = MESSAGES[code].format(**params)
        super().__init__(f"{code.value}: {self.reason}")


class InputError(RightswatchError):
    """One input cannot be read; the batch goes on without it."""

    def __init__(self, source: str, code: Code, **params: object) -> None:
        self.source = source
        super().__init__(code, **params)

    def __str__(self) -> str:
        return f"{self.source}: {self.code.value} {self.reason}"


class StoreError(RightswatchError):
    """The database cannot be used as asked."""
