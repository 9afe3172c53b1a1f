"""Persistence: all SQL lives here."""

from bantin.store.db import Store, open_store

__all__ = ["Store", "open_store"]
