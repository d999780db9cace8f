"""Sources -> RawDocument: files, directories, HTML, documents JSON Lines."""

from rightswatch.ingest.files import IngestItem, read_sources

__all__ = ["IngestItem", "read_sources"]
