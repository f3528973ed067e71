"""Grading JSON Lines files on a Dask cluster: grading is a pure function over partitions.

Install the extra (`pip install 'interviewer-tui[dask]'`), point a `distributed.Client` at a
cluster (or let Dask use its local scheduler), then::

    from interviewer.core.batch_dask import grade_files
    grade_files("answers/*.jsonl", "graded/", bank_path="banks/genai.yaml")
    grade_files("answers/*.jsonl", "graded/", bank_path=["banks/genai.yaml", "banks/star.yaml"])

Several banks are taken as `interviewer grade --bank A --bank B` takes them (play57; stop 45
gave the command several banks and left this with one): each line naming a bank question is
graded against the first bank that holds it (`grade_chunk_banks`).

Each input file is one partition (so `line` numbers are the file's own); each partition is
graded by `grade_partition`, exactly as `interviewer grade` grades its chunks, and written back
as one JSON Lines file per partition (`0.jsonl`, `1.jsonl`, ... in input order). Dask is
imported only when `grade_files` runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .bank import Bank, load_bank
from .batch import CHUNK_LINES
from .batch.chunk import grade_chunk_banks
from .batch_input import Item, items, jsonl_lines
from .safe_text import json_text

_banks: dict[tuple[str, str | None], Bank] = {}
"""Banks loaded in this worker process, so each partition does not reload (or refit) them."""


def grade_partition(
    lines: Iterable[str | tuple[str, str]],
    bank_path: str | Sequence[str] | None = None,
    rubric_path: str | None = None,
) -> list[str]:
    """Grade one partition of JSON Lines; one JSON object (as text) per non-blank line.

    Args:
        lines: the partition's lines, or (line, file path) pairs from `read_text(...,
            include_path=True)`, in which case each output row also names its `file`.
        bank_path: the bank for `question_id` lines (reference-mode lines need none), or
            several: a line is graded against the first that holds its question.
        rubric_path: the bank's rubric, when it is not found beside it (one bank only).

    Raises:
        ValueError: `rubric_path` given with several banks.
    """
    paths = [bank_path] if isinstance(bank_path, str) else list(bank_path or ())
    if rubric_path is not None and len(paths) > 1:
        raise ValueError(
            "rubric_path is for one bank: with several, each rubric is found beside its bank"
        )
    texts: list[str] = []
    path: str | None = None
    for entry in lines:
        if isinstance(entry, tuple):
            texts.append(entry[0])
            path = entry[1]
        else:
            texts.append(entry)
    entries = list(items(jsonl_lines(texts)))
    banks: list[Bank] = []
    if any(isinstance(e, Item) and e.question is None for _, e in entries):
        for one in paths:
            key = (one, rubric_path)
            if key not in _banks:
                _banks[key] = load_bank(one, rubric_path)
            banks.append(_banks[key])
    rows: list[dict[str, Any]] = []
    for start in range(0, len(entries), CHUNK_LINES):
        rows.extend(grade_chunk_banks(entries[start : start + CHUNK_LINES], banks))
    if path is not None:
        for row in rows:
            row["file"] = path
    return [json_text(row) for row in rows]


def grade_files(
    inputs: str | list[str],
    output_dir: str | Path,
    *,
    bank_path: str | Path | Sequence[str | Path] | None = None,
    rubric_path: str | Path | None = None,
) -> list[str]:
    """Grade JSON Lines files with `dask.bag`, one output file per input file; their paths.
    `bank_path`: one bank, or several as `interviewer grade --bank A --bank B` takes them.

    Runs on the current Dask scheduler (a `distributed.Client` if one is active).
    """
    if bank_path is None or isinstance(bank_path, (str, Path)):
        paths: str | tuple[str, ...] | None = None if bank_path is None else str(bank_path)
    else:
        paths = tuple(str(one) for one in bank_path)
    import dask.bag as db

    bag = db.read_text(  # type: ignore[no-untyped-call]
        inputs, blocksize=None, encoding="utf-8", errors="surrogateescape", include_path=True
    )
    graded = bag.map_partitions(
        grade_partition,
        paths,
        str(rubric_path) if rubric_path is not None else None,
    )
    Path(output_dir).mkdir(parents=True, exist_ok=True)
    pattern = str(Path(output_dir) / "*.jsonl")
    written = graded.to_textfiles(pattern, encoding="utf-8", last_endline=True)
    return [str(p) for p in written]
