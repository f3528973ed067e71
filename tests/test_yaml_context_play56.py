"""A YAML syntax error names the line where the quote or bracket left open started, not only
the line where the parser gave up (play56: `prompt: "unclosed` on line 5 of a 9-line bank was
told as `:9: YAML syntax error: found unexpected end of stream`, the end of the file)."""

from __future__ import annotations

from pathlib import Path

from test_bank import problems_of, write


def test_an_unclosed_quote_names_the_line_it_opened_on(tmp_path: Path) -> None:
    content = (
        b'id: bad\ntitle: Bad\nquestions:\n  - id: q1\n    prompt: "unclosed\n'
        b"    level: expert\n  - id: q2\n    prompt: fine\n"
    )
    [message] = problems_of(write(tmp_path, content))
    assert message.endswith(
        ":9: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar"
        " started on line 5)"
    ), message


def test_a_problem_on_its_own_line_says_nothing_more(tmp_path: Path) -> None:
    [message] = problems_of(write(tmp_path, b"id: x\ntitle: T\n  bad: indent\n"))
    assert "YAML syntax error" in message and "started on line" not in message, message
