"""Commands in a report's summary (`resume`, `regrade`, with the `--data-dir` they were read
from) kept verbatim in the Markdown and HTML exports (ux35: a Markdown cell joined the two
spaces of `/tmp/my  data` into one and escaped the backticks around the command)."""

from __future__ import annotations

import re
import shlex
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import load_bank
from interviewer.core.clock import FakeClock
from interviewer.core.report import build_report, to_html, to_markdown
from interviewer.core.report.formatting import command_pieces
from interviewer.core.report.markdown import code_span
from interviewer.core.session import SessionConfig
from interviewer.core.store import Store

MINI = Path(__file__).parent / "data" / "banks" / "mini.yaml"


@pytest.fixture
def bank():
    return load_bank(MINI)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "history.sqlite3", clock=FakeClock()) as opened:
        yield opened


def _unfinished_report(store, bank, folder: str):
    session = store.create_session(SessionConfig(bank_id="mini", count=2, seed=1), bank)
    command = f"interviewer --data-dir {shlex.quote(folder)}"
    return build_report(store, session.id, bank, command=command), command, session.id[:8]


def _read_code_span(cell: str) -> str:
    """What a Markdown reader shows for the one code span in `cell` (GFM table rules)."""
    match = re.search(r"(`+)( ?)(.*?)\2\1(?!`)", cell)
    assert match is not None, cell
    return match.group(3).replace("\\|", "|")


def test_a_data_dir_with_two_spaces_stays_verbatim_in_the_markdown_summary(store, bank):
    report, command, short = _unfinished_report(store, bank, "/tmp/my  data")
    row = next(line for line in to_markdown(report).splitlines() if line.startswith("| Finished"))
    assert row == f"| Finished | not finished: `{command} resume {short}` continues it |"
    assert "'/tmp/my  data'" in row


def test_a_path_with_a_pipe_and_a_backtick_reads_back_whole_from_its_cell(store, bank):
    report, command, short = _unfinished_report(store, bank, "/tmp/a|b `c`  d")
    row = next(line for line in to_markdown(report).splitlines() if line.startswith("| Finished"))
    cell = row.split(" | ", 1)[1]
    assert _read_code_span(cell) == f"{command} resume {short}"
    assert re.search(r"(?<!\\)\|", cell[:-1]) is None  # no bare pipe ends the cell early


def test_the_html_summary_shows_the_command_as_code_that_keeps_its_spaces(store, bank):
    report, command, short = _unfinished_report(store, bank, "/tmp/my  data")
    page = to_html(report)
    code = re.search(r"<code class='command'>(.*?)</code>", page)
    assert code is not None and unescape(code.group(1)) == f"{command} resume {short}"
    assert "code.command { white-space: pre-wrap;" in page


def test_without_a_data_dir_the_command_is_a_code_span_not_escaped_backticks(store, bank):
    report, _, short = _unfinished_report(store, bank, "/x")
    plain = to_markdown(build_report(store, report.session_id, bank))
    assert f"not finished: `interviewer resume {short}` continues it" in plain
    assert "\\`" not in plain.split("## Questions")[0]


def test_command_pieces_find_the_command_and_leave_other_backticks_as_prose():
    command = "interviewer --data-dir '/a `b`  c'"
    text = f"run `{command} regrade 1a2b` or see `other` text"
    assert command_pieces(text, command) == [
        ("run ", False),
        (f"{command} regrade 1a2b", True),
        (" or see `other` text", False),
    ]
    assert command_pieces("no command here", command) == [("no command here", False)]


_PATHS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
_PROSE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="`"), max_size=20)


@given(text=st.text(max_size=60), path=_PATHS)
def test_command_pieces_join_back_to_the_text(text, path):
    command = f"interviewer --data-dir {shlex.quote(path)}"
    pieces = command_pieces(text, command)
    assert "".join(f"`{piece}`" if is_code else piece for piece, is_code in pieces) == text


@given(path=_PATHS, before=_PROSE, after=_PROSE, suffix=st.sampled_from([" resume ab12", ""]))
def test_a_command_in_backticks_is_found_whole_whatever_its_path(path, before, after, suffix):
    command = f"interviewer --data-dir {shlex.quote(path)}"
    pieces = command_pieces(f"{before}`{command}{suffix}`{after}", command)
    assert (command + suffix, True) in pieces
    assert [p for p, is_code in pieces if not is_code] == [t for t in (before, after) if t]


@given(path=_PATHS)
def test_a_code_span_reads_back_as_the_command_on_one_line(path):
    command = f"interviewer --data-dir {shlex.quote(path)} resume ab12"
    span = code_span(command)
    assert "\n" not in span and "\r" not in span
    assert _read_code_span(span) == re.sub(r"\r\n|[\r\n]", " ", command)
