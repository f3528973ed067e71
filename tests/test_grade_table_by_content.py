"""A table saved under another name than .csv/.tsv (a spreadsheet's "Unicode text" is a
UTF-16, tab-separated `.txt`), or piped in, is read as the table its header says it is, not as
JSON Lines whose every line fails."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.cli import main
from interviewer.core.batch_input import table_delimiter

KEY = "A primary key uniquely identifies each row and is never NULL."
NAMES = st.lists(
    st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True).filter(lambda n: n != "answer"),
    max_size=4,
)


@given(NAMES, st.integers(0, 4), st.sampled_from([",", "\t", ";"]))
def test_a_header_naming_answer_is_split_into_its_columns(
    names: list[str], at: int, delimiter: str
) -> None:
    names = [*names[:at], "answer", *names[at:]]
    head = (delimiter.join(names) + "\r\nana" + delimiter + "x\n").encode()
    found = table_delimiter(head)
    assert found is not None
    assert next(csv.reader([delimiter.join(names)], delimiter=found)) == names


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=4))
def test_json_lines_are_never_a_table(line: dict) -> None:
    assert table_delimiter((json.dumps(line) + "\n").encode()) is None
    assert table_delimiter(b"\n\n" + json.dumps({"answer": "a,b"}).encode()) is None


@pytest.mark.parametrize("head", [b"", b"just some text\n", b"student,name\nana,x\n"])
def test_other_text_is_left_to_json_lines(head: bytes) -> None:
    assert table_delimiter(head) is None


def test_unicode_text_saved_as_txt_is_graded_as_a_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "class.txt"
    answer = "It identifies each row uniquely, never NULL."
    rows = ["student\tquestion\treference\tanswer", f"ana\tWhat is a primary key?\t{KEY}\t{answer}"]
    source.write_text("\r\n".join(rows) + "\r\n", encoding="utf-16")
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source)])
    out, err = capsys.readouterr()
    assert exited.value.code == 0
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["line"] == 2 and row["student"] == "ana" and row["score"] > 0
    assert f"{source}: read as a table (tab-separated), not JSON Lines" in err
