"""The one error type of the sources layer."""

from __future__ import annotations


class SourceError(Exception):
    """An input that could not be read, or one part of it (a feed entry, a line).

    ``origin`` says where: a file path or URL, plus "#entry 3" or ":line 12"
    when known; ``problem`` is one line saying what went wrong.
    """

    def __init__(self, origin: str | None, problem: str):
        self.origin = origin or "<input>"
        self.problem = " ".join(str(problem).split())  # one line
        super().__init__(self.origin, self.problem)

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"

    def __repr__(self) -> str:
        return f"SourceError({self.origin!r}, {self.problem!r})"
