"""Word lists for `bantin.pipeline.entities`, kept as Python data so that they
ship with the package (``pyproject`` package-data only lists ``data/*``).

Each module holds tab-separated tables in strings: easy to read and edit.
"""
