"""`batch/tally.py`: what a batch run counted, for its summary line."""

from __future__ import annotations

from interviewer.core.batch.tally import Tally


def test_the_summary_line_counts_lines_errors_and_bands() -> None:
    tally = Tally()
    tally.add({"line": 2, "score": 80.0, "band": "strong"})
    tally.add({"line": 3, "error": "missing field 'answer'"})
    tally.add({"line": 5, "score": 40.0, "band": "weak"})
    assert tally.last_line == 5 and (tally.graded, tally.errors) == (2, 1)
    assert tally.summary("out.jsonl") == (
        "3 lines: 2 graded, 1 error; mean 60.0 (strong 1, adequate 0, weak 1, missing 0)"
        " -> out.jsonl"
    )


def test_a_run_with_no_graded_line_has_no_mean() -> None:
    tally = Tally()
    tally.add({"line": 2, "error": "no such question"})
    assert tally.summary("standard output") == "1 line: 0 graded, 1 error -> standard output"
