"""play57: `batch_dask.grade_files` took one bank while `interviewer grade --bank` takes several
(stop 45): a class answering questions of two banks needed two Dask runs, each failing the
other bank's lines. It takes several now, as the command does: each line is graded against
the first bank that holds its question, and its grade is the one that bank alone gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer.core.batch_dask import grade_files, grade_partition

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"
STAR = REPO / "banks" / "behavioural.yaml"
LINES = [
    json.dumps({"question_id": "mini-002", "answer": "Temperature divides the logits."}) + "\n",
    json.dumps(
        {
            "question_id": "beh-001",
            "answer": "In my last team we disagreed on the schema. I was asked to decide, so I "
            "built both prototypes and measured them; we shipped the faster one, 30% quicker, "
            "and I learned to test before arguing.",
        }
    )
    + "\n",
    json.dumps({"question_id": "nope", "answer": "x"}) + "\n",
]


def test_a_partition_grades_each_line_against_the_bank_that_holds_it() -> None:
    both = [json.loads(t) for t in grade_partition(LINES, [str(MINI), str(STAR)])]
    mini = [json.loads(t) for t in grade_partition(LINES, str(MINI))]
    star = [json.loads(t) for t in grade_partition(LINES, str(STAR))]
    assert "error" in mini[1] and "error" in star[0]  # one bank fails the other's line
    assert both[0] == mini[0] and both[1] == star[1]
    assert "score" in both[0] and "score" in both[1] and "error" in both[2]
    with pytest.raises(ValueError, match="rubric_path is for one bank"):
        grade_partition(LINES, [str(MINI), str(STAR)], rubric_path=str(MINI))


def test_grade_files_takes_several_banks(tmp_path: Path) -> None:
    (tmp_path / "class.jsonl").write_text("".join(LINES), encoding="utf-8")
    with (
        distributed.LocalCluster(
            processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        [written] = grade_files(
            str(tmp_path / "class.jsonl"), tmp_path / "graded", bank_path=[MINI, STAR]
        )
    rows = [json.loads(line) for line in Path(written).read_text().splitlines()]
    assert [row["question_id"] for row in rows[:2]] == ["mini-002", "beh-001"]
    assert "score" in rows[0] and "score" in rows[1] and "error" in rows[2]
