"""Bulk extraction on Dask: workers read and extract, only the driver writes to the store."""

from rightswatch.bulk.dask_runner import extract_on_dask

__all__ = ["extract_on_dask"]
