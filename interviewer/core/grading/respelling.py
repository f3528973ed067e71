"""An answer read in other words and quoted in its own: stretches of it respelled ("RAG" read
as "retrieval augmented generation", "seven" as "7"), with where each character of the
respelling came from in the answer as typed, so that evidence taken from the respelled text is
given back as the span the candidate typed (Text.as_typed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Change = tuple[int, int, str]
"""(start, end) of a stretch of a text, and what it is read as."""


@dataclass(frozen=True)
class Respelled:
    """A text as read, `typed` as given, and for each character of `text` where the stretch of
    `typed` it stands for starts and ends (None when nothing was respelled: it is `typed`)."""

    typed: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @classmethod
    def of(cls, typed: str) -> Respelled:
        """`typed` read as it is."""
        return cls(typed, typed)

    def respell(self, changes: Sequence[Change]) -> Respelled:
        """This text with each of `changes` (stretches of `text`, in order, not overlapping)
        read as its new words: each character of a new word stands for the whole stretch of
        `typed` that the replaced one did."""
        if not changes:
            return self
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        done = 0
        for start, end, new in changes:
            pieces += [self.text[done:start], new]
            starts += [self._start(i) for i in range(done, start)]
            ends += [self._end(i) for i in range(done, start)]
            first = self._start(start) if start < len(self.text) else len(self.typed)
            last = self._end(end - 1) if end > start else first
            starts += [first] * len(new)
            ends += [last] * len(new)
            done = end
        pieces.append(self.text[done:])
        starts += [self._start(i) for i in range(done, len(self.text))]
        ends += [self._end(i) for i in range(done, len(self.text))]
        return Respelled(self.typed, "".join(pieces), tuple(starts), tuple(ends))

    def _start(self, i: int) -> int:
        return self.starts[i] if self.starts is not None else i

    def _end(self, i: int) -> int:
        return self.ends[i] if self.ends is not None else i + 1
