"""Pipeline stages, one module each; `run.ingest` says the order."""
