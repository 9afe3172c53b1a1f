"""Renderers: page data (`pages`) into HTML, Markdown, JSON, digest, feeds."""
