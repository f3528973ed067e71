"""play58: the answers `interviewer grade` read only the start of. A row's `flags` said
`truncated` and nothing else did: a teacher grading a class saw a summary line that looked
like every answer had been read in full. The run now says it once on stderr, with the count
and the input lines: `interviewer: 2 answers are longer than 20,000 characters (the most the
grader reads): only the start of each was graded (flag 'truncated'): lines 3 and 6 of
class.csv`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..limits import MAX_ANSWER_CHARS

LINES_NAMED = 20
"""Input lines named one by one; the rest are counted."""


@dataclass
class CutAnswers:
    """The input lines whose answer was cut at the grader's limit."""

    lines: list[int] = field(default_factory=list)
    count: int = 0

    def add(self, row: dict[str, Any]) -> None:
        """Note `row` (an output row) when its answer was cut."""
        if "truncated" not in (row.get("flags") or ()):
            return
        self.count += 1
        if len(self.lines) < LINES_NAMED:
            self.lines.append(int(row["line"]))

    def said(self, source: str | None) -> str | None:
        """The warning for a run that read `source` (None: standard input); None when no
        answer was cut."""
        if not self.count:
            return None
        named = [f"{line:,}" for line in self.lines]
        more = self.count - len(named)
        if more:
            named.append(f"{more:,} more")
        where = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
        where = f"line{'s' if self.count > 1 else ''} {where}"
        if source is not None:
            where += f" of {source}"
        answers = "1 answer is" if self.count == 1 else f"{self.count:,} answers are"
        each = "it" if self.count == 1 else "each"
        return (
            f"{answers} longer than {MAX_ANSWER_CHARS:,} characters (the most the grader reads):"
            f" only the start of {each} was graded (flag 'truncated'): {where}"
        )
