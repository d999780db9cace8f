"""The only stage that talks to the database."""

from rightswatch.store.db import Store, open_store

__all__ = ["Store", "open_store"]
