"""The lines a batch run cannot grade, told on stderr as they come: the first twenty by name,
then how many more."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from ..safe_text import neutralise

ERRORS_SHOWN = 20
"""Lines that cannot be graded named one by one on stderr; the rest are counted (each has its
reason in the output's `error` field either way): a cohort's file with a wrong id in every row
names twenty, not twenty thousand."""


@dataclass
class ErrorLines:
    """Tells the lines that cannot be graded on stderr, as `class.csv:7: why` (`line 7: why`
    for standard input), the first `ERRORS_SHOWN` of them, then how many more."""

    source: str | None
    more: int = 0
    shown: int = 0

    def where(self, line: object) -> str:
        return f"line {line}" if self.source is None else f"{self.source}:{line}"

    def all_shown(self) -> bool:
        """Whether the next line that cannot be graded is counted, not named."""
        return self.shown >= ERRORS_SHOWN

    def tell(self, row: dict[str, Any]) -> None:
        if self.all_shown():
            self.more += 1
            return
        self.shown += 1
        print(neutralise(f"{self.where(row['line'])}: {row['error']}"), file=sys.stderr)

    def end(self, destination: str, is_csv: bool) -> None:
        if self.more:
            where = "column" if is_csv else "field"
            print(
                f"interviewer: {self.more:,} more line{'s' if self.more != 1 else ''} could not"
                f" be graded (not listed here): each has its reason in the 'error' {where} of"
                f" {neutralise(destination)}",
                file=sys.stderr,
            )
