"""Helpers for the tests of a batch run stopped half way (test_grade_stopped.py and
test_grade_stopped_summary_play65.py): a small class file, and a grading loop that raises after
some chunks."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from interviewer.core.batch.workers import graded

KEY = "Photosynthesis turns light energy into chemical energy stored in glucose."


def class_file(tmp_path: Path, rows: int) -> Path:
    """A class CSV of `rows` students answering one question against KEY."""
    source = tmp_path / "class.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question", "reference", "answer"])
        for k in range(rows):
            writer.writerow(
                [f"s{k}", "What is photosynthesis?", KEY, "Plants make sugar from light."]
            )
    return source


def stop_after(chunks: int, error: BaseException) -> object:
    """`workers.graded` that raises `error` after yielding `chunks` chunks (or at its end)."""

    def stopping(*args: object) -> Iterator[list[dict]]:
        for k, rows in enumerate(graded(*args)):  # type: ignore[arg-type]
            if k == chunks:
                raise error
            yield rows
        raise error

    return stopping
