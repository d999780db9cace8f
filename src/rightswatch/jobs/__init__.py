"""Whole jobs over a store: ingest a batch of sources, extract events from stored documents.
They report progress as values; only cli/ and web/ turn them into words for people."""
