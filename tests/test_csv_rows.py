"""Property tests for the strict CSV reading that `bank import` and `interviewer grade` share
(play24 C1, C3): every line belongs to exactly one row, and a stray quote or a row with too many
cells costs that row only, never the rows after it nor the cells that name its student."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.batch_input import Item, LineError, csv_records, items
from interviewer.core.csv_rows import QUOTE_NOT_CLOSED, strict_rows

SETTINGS = settings(max_examples=80, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
answers = st.lists(words, min_size=1, max_size=6).map(" ".join)
students = st.lists(st.tuples(words, answers), min_size=1, max_size=8)


@SETTINGS
@given(st.lists(st.text(alphabet='ab ,;"\t\\x', max_size=20), max_size=12))
def test_rows_cover_every_line_once_in_order(lines: list[str]) -> None:
    rows = list(strict_rows(lines))
    covered = [n for row in rows for n in range(row.first, row.last + 1)]
    assert covered == list(range(1, len(lines) + 1))
    assert all(row.problem is None or row.first == row.last for row in rows)


@SETTINGS
@given(students, st.integers(0, 7), st.sampled_from(["\n", "\r\n"]))
def test_grade_reads_on_after_an_unclosed_quote(
    rows: list[tuple[str, str]], at: int, newline: str
) -> None:
    """A quote opened and never closed is an error at its line, carrying its student; every
    other row is read as written."""
    broken = min(at, len(rows) - 1)
    body = [f'{name},mini-002,"{answer}"' for name, answer in rows]
    body[broken] = f'{rows[broken][0]},mini-002,"{rows[broken][1]}'
    data = newline.join(["student,question_id,answer", *body]) + newline
    found = list(items(csv_records(io.BytesIO(data.encode()))))
    assert [number for number, _ in found] == list(range(2, len(rows) + 2))
    for index, ((number, entry), (name, answer)) in enumerate(zip(found, rows, strict=True)):
        if index == broken:
            assert isinstance(entry, LineError)
            assert f"opened on line {number} is not closed" in str(entry)
            assert entry.passed == (("student", name),)
            assert entry.question_id == "mini-002"
        else:
            assert isinstance(entry, Item)
            assert (entry.answer, entry.passed) == (answer, (("student", name),))


@SETTINGS
@given(students, st.integers(0, 7), st.lists(words, min_size=1, max_size=4))
def test_a_row_with_too_many_cells_keeps_its_named_cells(
    rows: list[tuple[str, str]], at: int, extra: list[str]
) -> None:
    wide = min(at, len(rows) - 1)
    body = [f"{name},mini-002,{answer},x" for name, answer in rows]
    body[wide] += "," + ",".join(extra)
    data = "\n".join(["student,question_id,answer,group", *body])
    found = list(items(csv_records(io.BytesIO(data.encode()))))
    entry = found[wide][1]
    assert isinstance(entry, LineError)
    assert entry.passed == (("student", rows[wide][0]), ("group", "x"))
    assert f"the row has {4 + len(extra)} cells; the header names 4" in str(entry)
    assert repr(extra[0]) in str(entry)
    assert sum(isinstance(e, Item) for _, e in found) == len(rows) - 1


def test_a_long_cell_is_a_problem_of_its_row_only() -> None:
    """An over-long cell raised csv.Error out of `bank import` (a traceback)."""
    rows = list(strict_rows(["q,a", "x," + "y" * 200_000, "z,w"]))
    assert [(row.first, row.cells) for row in rows if row.problem is None] == [
        (1, ["q", "a"]),
        (3, ["z", "w"]),
    ]
    assert "longer than" in (rows[1].problem or "")


def test_a_quote_that_swallows_a_long_run_of_rows_is_named_as_the_quote() -> None:
    lines = ["q,a", 'x,"open'] + [f"r{n}," + "y" * 1000 for n in range(200)]
    rows = list(strict_rows(lines))
    assert rows[1].problem == QUOTE_NOT_CLOSED
    assert [row.cells[0] for row in rows[2:]] == [f"r{n}" for n in range(200)]


def test_import_warns_of_a_long_cell_and_reads_on() -> None:
    from interviewer.core.importers import parse_table

    found = parse_table(
        "question,answer\nWhat is x?," + "y" * 200_000 + "\nWhat is z?,w\n", "x.csv"
    )
    assert [q.prompt for q in found.questions] == ["What is z?"]
    assert [(w.line, w.warning) for w in found.warnings] == [(2, True)]
    assert "the line is left out" in found.warnings[0].message
