"""Annotated document -> event candidates, each with its evidence span and confidence."""

from rightswatch.extract.extractor import EXTRACTOR, Extractor

__all__ = ["EXTRACTOR", "Extractor"]
