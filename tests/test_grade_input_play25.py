"""Play 25 C1/C2, F4, F5: grade reads TSV, UTF-16 and semicolon CSV; `--time-limit` keeps a
bank's bounds; every command's help opens with a description."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from interviewer.cli import build_parser, main
from interviewer.core.batch_bytes import text_stream
from interviewer.core.batch_input import csv_records, header_delimiter

ROWS = [
    ["student", "question", "reference", "answer"],
    ["Ana", "What is a stack?", "A last-in first-out structure.", "Last in first out."],
]


def grade(tmp_path: Path, name: str, data: bytes, capsys: pytest.CaptureFixture[str]) -> list:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source)])
    out, err = capsys.readouterr()
    assert exited.value.code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def as_text(separator: str) -> str:
    return "".join(separator.join(row) + "\r\n" for row in ROWS)


def test_tsv_csv_semicolon_and_utf16_give_the_same_grades(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = grade(tmp_path, "a.csv", as_text(",").encode(), capsys)
    assert plain[0]["student"] == "Ana" and "score" in plain[0]
    assert grade(tmp_path, "a.tsv", as_text("\t").encode(), capsys) == plain
    assert grade(tmp_path, "semi.csv", as_text(";").encode(), capsys) == plain
    utf16 = codecs.BOM_UTF16_LE + as_text(",").encode("utf-16-le")
    assert grade(tmp_path, "u16.csv", utf16, capsys) == plain
    utf16_tsv = codecs.BOM_UTF16_BE + as_text("\t").encode("utf-16-be")
    assert grade(tmp_path, "u16.tsv", utf16_tsv, capsys) == plain
    jsonl = json.dumps(dict(zip(ROWS[0], ROWS[1], strict=True))) + "\n"
    utf16_jsonl = codecs.BOM_UTF16_LE + jsonl.encode("utf-16-le")
    [from_jsonl] = grade(tmp_path, "u16.jsonl", utf16_jsonl, capsys)
    assert from_jsonl == {**plain[0], "line": 1}


def test_a_header_picks_the_separator_that_names_columns() -> None:
    assert header_delimiter("student;question;reference;answer\n") == ";"
    assert header_delimiter("question\treference\tanswer\n") == "\t"
    assert header_delimiter("question,answer;notes\n") == ","
    assert header_delimiter("nothing here\n") == ","


def test_utf16_is_read_across_chunk_boundaries() -> None:
    text = "question,reference,answer\n" + "".join(
        f"Q{n} é?,Réf {n} ☕.,Ans {n} 日本.\n" for n in range(5000)
    )
    stream = text_stream(io.BytesIO(codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert stream.read().decode("utf-8") == text
    records = list(
        csv_records(text_stream(io.BytesIO(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))))
    )
    assert len(records) == 5000 and records[-1][1]["answer"] == "Ans 4999 日本."


@pytest.mark.parametrize("value", ["1", "4", "0", "-3", "86401", "ten"])
def test_time_limit_below_five_seconds_is_refused(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["start", "--time-limit", value])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--time-limit" in err and ("between 5 and 86,400" in err or "whole number" in err)


def test_time_limit_of_five_seconds_is_accepted() -> None:
    assert build_parser().parse_args(["start", "--time-limit", "5"]).time_limit == 5


def commands(parser, path=()):  # noqa: ANN001, ANN201
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*path, name), sub
                yield from commands(sub, (*path, name))


def test_every_command_help_opens_with_a_description() -> None:
    found = list(commands(build_parser()))
    assert len(found) >= 13
    for path, parser in found:
        assert parser.description, path
        assert parser.format_help().split("\n\n")[1].strip(), path


def test_report_format_help_names_its_choices_and_default() -> None:
    [report] = [p for path, p in commands(build_parser()) if path == ("report",)]
    text = " ".join(report.format_help().split())
    assert "md: Markdown (the default)" in text and "html:" in text and "json:" in text
