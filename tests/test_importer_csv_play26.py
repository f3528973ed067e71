"""Play 26 F5: a CSV saved by a spreadsheet in an EU locale (`Front;Back;Tags`, quoted cells
holding commas) is read with the separator it uses, found by the function `grade` uses too; a
table most of whose rows are misread is refused, not written as a bank of garbage."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from cli_helpers import run_captured as run
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.batch_input import header_delimiter
from interviewer.core.csv_rows import DELIMITERS, detect_delimiter
from interviewer.core.errors import BankError
from interviewer.core.importers import import_list, parse_table, to_bank_yaml

SETTINGS = settings(max_examples=80, deadline=None)
DATA = Path(__file__).parent / "data" / "import"
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
punctuation = st.sampled_from(["", ",", ";", " |", ":", " (x, y)", '"quoted"'])
phrases = st.lists(st.tuples(words, punctuation), min_size=3, max_size=8).map(
    lambda ws: " ".join(w + p for w, p in ws)
)
prompts = phrases.map(lambda p: "What is " + p + "?")
answers = phrases.map(lambda p: p.capitalize() + ".")
topics = words.map(lambda w: f"Topic-{w}")  # one tag; a lone level word would be a level
HEADERS = [("Front", "Back", "Tags"), ("question", "answer", "topic"), ("Q", "A", "Deck")]


def written(rows: list[tuple[str, ...]], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_the_testers_semicolon_cards_import_like_their_comma_twin() -> None:
    semi = import_list(DATA / "play26_sql_cards_semicolon.csv")
    comma = import_list(DATA / "play26_sql_cards_comma.csv")
    assert semi.warnings == [] and not semi.refusal
    assert len(semi.questions) == 10 and semi.summary().startswith("1 topic, 10 questions")
    assert semi.questions[0].prompt == "What is a primary key?"
    assert semi.questions[0].answer.endswith("; it cannot be NULL.")
    assert semi.questions[3].answer.startswith("An index is a data structure, usually a B-tree,")
    assert [q.prompt for q in semi.questions] == [q.prompt for q in comma.questions[:10]]


def test_the_separator_is_the_one_naming_known_columns_else_sniffed_else_comma() -> None:
    names = {"question", "answer", "front", "back", "tags"}
    assert detect_delimiter(["Front;Back;Tags\n", '"a, b";"c";d'], names) == ";"
    assert detect_delimiter(["question|answer"], names) == "|"
    assert detect_delimiter(["question,answer;notes"], names) == ","
    headerless = ['"What is x, really?";"It is y, mostly.";sql'] * 3
    assert detect_delimiter(headerless, names) == ";"
    assert detect_delimiter(["just words"], names) == ","
    # grade reads its header with the same function
    assert header_delimiter("question|reference|answer\n") == "|"


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers, topics), min_size=1, max_size=8),
    st.sampled_from(DELIMITERS),
    st.sampled_from(HEADERS),
)
def test_a_table_with_a_header_reads_the_same_with_any_separator(
    rows: list[tuple[str, str, str]], delimiter: str, header: tuple[str, str, str]
) -> None:
    found = parse_table(written([header, *rows], delimiter), "cards.csv")
    assert found.warnings == [] and not found.refusal
    assert [(q.prompt, q.answer, q.topic) for q in found.questions] == rows


@SETTINGS
@given(
    st.lists(st.tuples(prompts, answers, topics), min_size=3, max_size=8),
    st.sampled_from(DELIMITERS),
)
def test_a_table_without_a_header_reads_the_same_with_any_separator(
    rows: list[tuple[str, str, str]], delimiter: str
) -> None:
    found = parse_table(written(rows, delimiter), "cards.csv")
    assert [(q.prompt, q.answer, q.topic) for q in found.questions] == rows


def test_a_table_misread_on_most_rows_is_refused(tmp_path: Path, capsys) -> None:
    text = (DATA / "play26_sql_cards_semicolon.csv").read_text(encoding="utf-8")
    found = parse_table(text, "cards.csv", ",")  # what the import did before it looked
    assert found.refusal.startswith("not imported: 10 of 11 rows have a warning")
    with pytest.raises(BankError, match="check the file's separator and quotes"):
        to_bank_yaml(found, "cards")
    source = tmp_path / "broken.csv"
    source.write_text("question,answer\n" + '"What is x?" y,"z"\n' * 3, encoding="utf-8")
    data = tmp_path / "data"
    for extra in ([], ["--dry-run"], ["-o", "-"]):
        code, out, err = run(
            ["--data-dir", str(data), "bank", "import", str(source), *extra], capsys
        )
        assert code == 2
        assert f"{source}: not imported: 3 of 3 rows have a warning" in err
        assert "questions:" not in out
    assert not (data / "banks").exists() or not any((data / "banks").iterdir())
