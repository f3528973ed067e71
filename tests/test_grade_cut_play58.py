"""play58: `interviewer grade` says once on stderr which answers it read only the start of
(longer than the grader's 20,000 characters); before, only each row's `flags` said `truncated`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cli_helpers import grade_process as run

from interviewer.core.batch.cut_answers import CutAnswers

REPO = Path(__file__).parent.parent
MINI = str(REPO / "tests" / "data" / "banks" / "mini.yaml")
LONG = "Temperature divides the logits before the softmax. " * 450  # 23,400 characters
SHORT = "Temperature divides the logits: low is focused, high is diverse."


def test_a_class_file_with_long_answers_is_told_once_with_the_lines(tmp_path: Path) -> None:
    source = tmp_path / "class.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", "question_id", "answer"])
        writer.writerow(["ann", "mini-002", SHORT])
        writer.writerow(["bob", "mini-002", LONG])
        writer.writerow(["cy", "mini-002", "two\nlines"])  # the next row is on line 6
        writer.writerow(["dee", "mini-002", LONG])
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 0, result.stderr
    err = result.stderr.decode()
    said = (
        "interviewer: 2 answers are longer than 20,000 characters (the most the grader reads):"
        f" only the start of each was graded (flag 'truncated'): lines 3 and 6 of {source}\n"
    )
    assert err.count(said) == 1, err
    assert err.index(said) < err.index("4 lines: 4 graded")  # before the summary line
    with (tmp_path / "out.csv").open(encoding="utf-8") as handle:
        cut = [row["line"] for row in csv.DictReader(handle) if "truncated" in row["flags"]]
    assert cut == ["3", "6"]


def test_standard_input_names_its_line_and_a_short_run_says_nothing(tmp_path: Path) -> None:
    rows = [{"question_id": "mini-002", "answer": text} for text in (SHORT, LONG)]
    stdin = b"".join(json.dumps(row).encode() + b"\n" for row in rows)
    result = run(tmp_path, "--bank", MINI, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert (
        "interviewer: 1 answer is longer than 20,000 characters (the most the grader reads):"
        " only the start of it was graded (flag 'truncated'): line 2\n"
    ) in result.stderr.decode()
    result = run(tmp_path, "--bank", MINI, stdin=stdin.splitlines(keepends=True)[0])
    assert result.returncode == 0 and "truncated" not in result.stderr.decode()


def test_a_whole_cohort_names_twenty_lines_and_counts_the_rest() -> None:
    cut = CutAnswers()
    for line in range(2, 1_502):
        cut.add({"line": line, "flags": ["truncated"] if line % 2 else []})
        cut.add({"line": line, "error": "unknown question id"})  # an error row has no flags
    said = cut.said("class.csv")
    assert said is not None
    assert said.endswith(
        "lines 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41 and"
        " 730 more of class.csv"
    )
    assert said.startswith("750 answers are longer than 20,000 characters")
    assert CutAnswers().said(None) is None
