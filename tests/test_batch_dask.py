"""Grading JSON Lines files on a Dask local cluster gives what `interviewer grade` gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.core.batch_dask import grade_files, grade_partition

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"
GOOD = (
    "Temperature divides the logits before the softmax: low temperature is more deterministic "
    "and focused, high temperature flattens the distribution and is more diverse."
)
STACK = {
    "question": "What is a stack?",
    "reference": "A stack is a last-in first-out structure: push adds on top, pop removes the top.",
}


def write_inputs(folder: Path) -> list[Path]:
    first = folder / "a.jsonl"
    first.write_text(
        json.dumps({"question_id": "mini-002", "answer": GOOD})
        + "\n{broken\n"
        + json.dumps({**STACK, "answer": "push and pop, LIFO"})
        + "\n",
        encoding="utf-8",
    )
    second = folder / "b.jsonl"
    second.write_text(
        "\n".join(json.dumps({"question_id": "nope", "answer": "x"}) for _ in range(3)) + "\n",
        encoding="utf-8",
    )
    return [first, second]


def test_grade_files_on_a_local_cluster(tmp_path: Path) -> None:
    write_inputs(tmp_path)
    with (
        distributed.LocalCluster(
            processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        written = grade_files(str(tmp_path / "*.jsonl"), tmp_path / "graded", bank_path=MINI)
    assert len(written) == 2
    first = [json.loads(line) for line in Path(written[0]).read_text().splitlines()]
    second = [json.loads(line) for line in Path(written[1]).read_text().splitlines()]
    assert [row["line"] for row in first] == [1, 2, 3]
    assert first[0]["score"] > 0 and "error" in first[1] and "score" in first[2]
    assert all(row["file"].endswith("a.jsonl") for row in first)
    assert [row["line"] for row in second] == [1, 2, 3]
    assert all("no question 'nope'" in row["error"] for row in second)


def test_a_partition_grades_like_the_command(tmp_path: Path) -> None:
    from interviewer.core.bank import load_bank
    from interviewer.core.batch import grade_chunk
    from interviewer.core.batch_input import items, jsonl_lines

    lines = write_inputs(tmp_path)[0].read_text().splitlines(keepends=True)
    rows = [json.loads(text) for text in grade_partition(lines, str(MINI))]
    expected = grade_chunk(list(items(jsonl_lines(lines))), load_bank(MINI))
    assert rows == json.loads(json.dumps(expected))
