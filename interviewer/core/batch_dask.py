"""Grading JSON Lines files on a Dask cluster: grading is a pure function over partitions.

Install the extra (`pip install 'interviewer-tui[dask]'`), point a `distributed.Client` at a
cluster (or let Dask use its local scheduler), then::

    from interviewer.core.batch_dask import grade_files
    grade_files("answers/*.jsonl", "graded/", bank_path="banks/genai.yaml")

Each input file is one partition (so `line` numbers are the file's own); each partition is
graded by `grade_partition`, exactly as `interviewer grade` grades its chunks, and written back
as one JSON Lines file per partition (`0.jsonl`, `1.jsonl`, ... in input order). Dask is
imported only when `grade_files` runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .bank import Bank, load_bank
from .batch import CHUNK_LINES, grade_chunk
from .batch_input import Item, items, jsonl_lines
from .safe_text import json_text

_banks: dict[tuple[str, str | None], Bank] = {}
"""Banks loaded in this worker process, so each partition does not reload (or refit) them."""


def grade_partition(
    lines: Iterable[str | tuple[str, str]],
    bank_path: str | None = None,
    rubric_path: str | None = None,
) -> list[str]:
    """Grade one partition of JSON Lines; one JSON object (as text) per non-blank line.

    Args:
        lines: the partition's lines, or (line, file path) pairs from `read_text(...,
            include_path=True)`, in which case each output row also names its `file`.
        bank_path: the bank for `question_id` lines (reference-mode lines need none).
        rubric_path: its rubric, when it is not found beside the bank.
    """
    texts: list[str] = []
    path: str | None = None
    for entry in lines:
        if isinstance(entry, tuple):
            texts.append(entry[0])
            path = entry[1]
        else:
            texts.append(entry)
    entries = list(items(jsonl_lines(texts)))
    bank = None
    if bank_path is not None and any(
        isinstance(e, Item) and e.question is None for _, e in entries
    ):
        key = (bank_path, rubric_path)
        if key not in _banks:
            _banks[key] = load_bank(bank_path, rubric_path)
        bank = _banks[key]
    rows: list[dict[str, Any]] = []
    for start in range(0, len(entries), CHUNK_LINES):
        rows.extend(grade_chunk(entries[start : start + CHUNK_LINES], bank))
    if path is not None:
        for row in rows:
            row["file"] = path
    return [json_text(row) for row in rows]


def grade_files(
    inputs: str | list[str],
    output_dir: str | Path,
    *,
    bank_path: str | Path | None = None,
    rubric_path: str | Path | None = None,
) -> list[str]:
    """Grade JSON Lines files with `dask.bag`, one output file per input file; their paths.

    Runs on the current Dask scheduler (a `distributed.Client` if one is active).
    """
    import dask.bag as db

    bag = db.read_text(  # type: ignore[no-untyped-call]
        inputs, blocksize=None, encoding="utf-8", errors="surrogateescape", include_path=True
    )
    graded = bag.map_partitions(
        grade_partition,
        str(bank_path) if bank_path is not None else None,
        str(rubric_path) if rubric_path is not None else None,
    )
    Path(output_dir).mkdir(parents=True, exist_ok=True)
    pattern = str(Path(output_dir) / "*.jsonl")
    written = graded.to_textfiles(pattern, encoding="utf-8", last_endline=True)
    return [str(p) for p in written]
