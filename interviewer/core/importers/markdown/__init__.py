"""Markdown and plain-text question lists: headings become topics, questions are found in every
common style (numbered, bullets, bold lines, `Q:` markers, headings, `<summary>`), answers are the
text that follows them, and every line is accounted for.

syntax.py     the shapes of a line: headings, list items, markers, tables, topic titles
versus.py     "X vs Y" cheat-sheet entries as questions
building.py   the list being built: questions, answers, topic and level, the line account
lines.py      reading line by line: what each line is, given to the list being built
items.py      list items: a question (its wording, its number, its peers) or its answer's line
links.py      link-only items and sections of links: no question
introduction.py  an introduction's items about the list itself: no question
title.py      the list's title: its first line of text, or its front matter's title
"""

from __future__ import annotations

from ...errors import Problem
from ..model import ImportedList, LineAccount, title_from_source
from .lines import LineReader
from .syntax import has_question_marker, looks_like_question
from .title import list_title

__all__ = ["parse_markdown"]


def parse_markdown(text: str, source: str = "<text>") -> ImportedList:
    """Read a Markdown or plain-text question list; every line lands in the account."""
    lines = text.splitlines()
    parser = LineReader(lines, source)
    parser.run()
    # A list that opens with its first question has no title line: it is named after the
    # file, as CSV and JSON Lines lists are.
    title = list_title(lines, {entry.line: entry.kind for entry in parser.account})
    warnings = unread_questions(parser.account, lines, source)
    warnings += [
        Problem(
            source,
            line,
            f"this bullet may be a question but was read into question {index}'s answer, as a "
            "point of it; number the list (1. 2. 3.) to import it as a question",
            warning=True,
        )
        for line, index in parser.unsure
    ]
    warnings += [
        Problem(
            source,
            line,
            f"this bullet may be a question but was read as an instruction of question {index}"
            " (a line of its prompt); number the list (1. 2. 3.) to import it as a question",
            warning=True,
        )
        for line, index in parser.instructed
    ]
    warnings.sort(key=lambda problem: problem.line or 0)
    return ImportedList(
        title or title_from_source(source), parser.questions, parser.account, source, warnings
    )


OUTSIDE = "text outside any question"
BEFORE = "text before the first question"


def unread_questions(account: list[LineAccount], lines: list[str], source: str) -> list[Problem]:
    """A warning for each line that looks like a question but did not become one: left out
    as text outside any question, or read into an answer though it carries a `Q3:` marker.
    A question lost in silence would be missing from the bank, or would corrupt the grading
    of the question whose answer swallowed it. Before the first question only a `Q3:` marker
    counts: a guide's introduction asks questions of its reader ("Who should use this
    guide?")."""
    warnings = []
    for entry in account:
        line = lines[entry.line - 1]
        if entry.kind != "ignored" or entry.note not in (OUTSIDE, BEFORE):
            left_out = False
        elif entry.note == BEFORE:
            left_out = has_question_marker(line)
        else:
            left_out = looks_like_question(line)
        if left_out:
            why = (
                f"this line looks like a question but was left out ({entry.note}); "
                "write it as a numbered item, a `Q:` line or a heading to import it"
            )
        elif entry.kind == "answer" and has_question_marker(line):
            why = (
                f"this line looks like a question but was read into an answer ({entry.note}); "
                "put it on a line of its own, as a numbered item or a `Q:` line"
            )
        else:
            continue
        warnings.append(Problem(source, entry.line, why, warning=True))
    return warnings
