"""Every setting once, with its default and help. Environment variables override defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///rightswatch.db"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default_factory=lambda: _env("RIGHTSWATCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        metadata={"help": "SQLAlchemy URL of the store (env RIGHTSWATCH_DATABASE_URL)"},
    )
    codebook: str | None = field(
        default_factory=lambda: os.environ.get("RIGHTSWATCH_CODEBOOK"),
        metadata={"help": "path of a codebook YAML; default: the bundled codebook"},
    )
    max_file_bytes: int = field(
        default_factory=lambda: int(_env("RIGHTSWATCH_MAX_FILE_BYTES", str(50 * 1024 * 1024))),
        metadata={"help": "largest input file accepted, in bytes"},
    )
    max_text_chars: int = field(
        default_factory=lambda: int(_env("RIGHTSWATCH_MAX_TEXT_CHARS", str(2_000_000))),
        metadata={"help": "longest clean text read for events, in characters"},
    )
    max_events_per_document: int = field(
        default_factory=lambda: int(_env("RIGHTSWATCH_MAX_EVENTS_PER_DOCUMENT", "200")),
        metadata={"help": "at most this many events are kept from one document"},
    )
    secret_file: Path | None = field(
        default_factory=lambda: (
            Path(os.environ["RIGHTSWATCH_SECRET_FILE"])
            if os.environ.get("RIGHTSWATCH_SECRET_FILE") else None
        ),
        metadata={"help": "file holding the instance secret (sessions, pseudonyms)"},
    )


def describe() -> list[tuple[str, str, str]]:
    """(name, current value, help) for every setting, for `rightswatch config`."""
    current = Settings()
    return [(f.name, str(getattr(current, f.name)), f.metadata.get("help", "")) for f in fields(Settings)]
