"""play59: `bank import` of a CSV with a header row counted that row as "1 heading" in its
summary, as if the column names were a topic title; it is counted as the header it is."""

from __future__ import annotations

from interviewer.core.importers import parse_markdown, parse_table

CSV = "question,answer,topic\nWhat is a stack?,Last in first out.,Data\nWhat is a queue?,FIFO.,D\n"


def test_the_header_row_is_a_header_not_a_heading():
    found = parse_table(CSV, "ds.csv")
    assert [(e.line, e.kind) for e in found.account] == [
        (1, "header"),
        (2, "question"),
        (3, "question"),
    ]
    assert found.summary() == (
        "2 topics, 2 questions, 2 answered; "
        "3 lines: 2 question, 0 answer, 0 heading, 0 ignored, 1 header"
    )


def test_a_list_without_a_header_row_does_not_count_one():
    headerless = parse_table("What is X?,X.\n", "l.csv").summary()
    assert headerless.endswith("1 line: 1 question, 0 answer, 0 heading, 0 ignored")
    markdown = parse_markdown("# Basics\n\n1. What is X?\n\nX is a thing.\n", "l.md").summary()
    assert "header" not in markdown and "1 heading" in markdown
