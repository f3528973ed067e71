"""What a batch run stopped half way (Ctrl+C, a worker that died) leaves: the lines graded so
far in `NAME.partial.SUFFIX` beside the output (and the class summary of those lines beside
`--summary`'s file), and the words that say so."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from ..safe_text import neutralise
from .tally import Tally


def partial_path(target: Path) -> Path:
    """Where the lines graded before a run stopped are kept: `graded.partial.csv` beside
    `graded.csv` (same suffix, so it opens as the full output would)."""
    return target.with_name(f"{target.stem}.partial{target.suffix}")


def keep_partial(pending: Path | None, target: Path | None, stream: IO[bytes]) -> Path | None:
    """Move the rows written so far to `partial_path(target)`; None when writing to stdout."""
    with contextlib.suppress(OSError, ValueError):  # a closed or broken stdout
        stream.flush()
    if pending is None or target is None:
        return None
    stream.close()
    kept = partial_path(target)
    os.replace(pending, kept)
    return kept


def why_stopped(err: BaseException) -> str:
    """How a stopped run says why it stopped."""
    return "stopped by Ctrl+C" if isinstance(err, KeyboardInterrupt) else "stopped"


def say_stopped(err: BaseException, tally: Tally, kept: Path | None, target: Path | None) -> None:
    """What a stopped run leaves, and how to finish it: `interviewer: stopped by Ctrl+C: the
    first 4,500 lines (in input order, up to line 4,501) are in graded.partial.csv; ...`."""
    why = why_stopped(err)
    lines = tally.graded + tally.errors
    rows = f"{lines:,} line{'s' if lines != 1 else ''}"
    if kept is None:
        where = f"the output above holds the first {rows} only"
    else:
        where = f"the first {rows} (in input order, up to line {tally.last_line:,}) are in {kept}"
        if target is not None:
            where += f"; {target} was left as it was"
    print(neutralise(f"interviewer: {why}: {where}"), file=sys.stderr)
    print(tally.summary("standard output" if kept is None else str(kept)), file=sys.stderr)
