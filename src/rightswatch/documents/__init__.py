"""RawDocument -> Document: decode, extract HTML, clean the text, keep metadata."""

from rightswatch.documents.build import build_document

__all__ = ["build_document"]
