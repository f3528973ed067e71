"""store42 #2: the CSV output of `interviewer grade` had no `misconceptions` column while the
JSON Lines output had one, so a teacher reading the CSV never saw a misconception flagged."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import load_bank
from interviewer.core.batch import CSV_OUTPUT_FIELDS, result_row
from interviewer.core.batch.output import RowWriter
from interviewer.core.batch_input import Item
from interviewer.core.grading import Grader
from interviewer.core.safe_text import FORMULA_START, neutralise

REPO = Path(__file__).parent.parent
MINI = REPO / "tests" / "data" / "banks" / "mini.yaml"
WRONG = (
    "Temperature controls the length of the output: a high temperature makes the model write "
    "longer answers and a low one shorter answers, by scaling the logits before the softmax."
)


def grade(tmp_path: Path, source: Path, target: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "interviewer", "--data-dir", str(tmp_path / "data"), "grade",
         "--bank", str(MINI), str(source), "-o", str(target)],
        capture_output=True, cwd=REPO, timeout=120,
        env={"PATH": "", "INTERVIEWER_DATA_DIR": str(tmp_path / "data")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_the_csv_carries_every_key_the_json_lines_row_has(tmp_path: Path) -> None:
    bank = load_bank(MINI)
    grader = Grader(bank)
    question = bank.get("mini-002")
    row = result_row(
        Item(line=1, answer=WRONG, question_id="mini-002"), grader.grade(question, WRONG)
    )
    assert set(row) - {"line"} <= set(CSV_OUTPUT_FIELDS)


def test_a_misconception_shows_in_the_csv_as_in_the_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "answers.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "question_id", "answer"])
    writer.writerow(["ana", "mini-002", WRONG])
    writer.writerow(["ben", "mini-002", "Low temperature is more deterministic; high is diverse."])
    source.write_text(buffer.getvalue(), encoding="utf-8")
    as_csv, as_json = tmp_path / "out.csv", tmp_path / "out.jsonl"
    grade(tmp_path, source, as_csv)
    grade(tmp_path, source, as_json)
    rows = list(csv.DictReader(io.StringIO(as_csv.read_text(encoding="utf-8"))))
    objects = [json.loads(line) for line in as_json.read_text(encoding="utf-8").splitlines()]
    assert objects[0]["misconceptions"] == ["temperature controls the length"]
    assert [r["misconceptions"] for r in rows] == ["temperature controls the length", ""]
    assert [o["misconceptions"] for o in objects][1] == []
    assert rows[0]["grader_version"] == objects[0]["grader_version"] != ""
    header = as_csv.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:2] == ["line", "student"] and "misconceptions" in header


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(
            lambda t: "; " not in t and not t.startswith(FORMULA_START)
        ),
        max_size=4,
    )
)
def test_a_csv_misconceptions_cell_reads_back_as_the_json_list(phrases: list[str]) -> None:
    """Whatever a rubric's phrases hold (commas, quotes, line breaks), the CSV row stays one
    row and its cell splits back on "; " into the list the JSON Lines row has (a lone "\r"
    split the row in two: it is now written as a newline)."""
    stream = io.BytesIO()
    writer = RowWriter(stream, is_csv=True)
    writer.write({"line": 1, "score": 10.0, "misconceptions": phrases})
    text = stream.getvalue().decode("utf-8")
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    # one line end; any other control character U+FFFD (play57: shown, never obeyed)
    as_csv = [neutralise(p.replace("\r\n", "\n").replace("\r", "\n")) for p in phrases]
    assert (row["misconceptions"].split("; ") if row["misconceptions"] else []) == as_csv
