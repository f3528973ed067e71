"""List items in a question list: a numbered or bulleted line is a question (by its own
wording, by the numbering going on, as a peer of a bullet question, by a `Q3:` marker) or a line
of the answer being read. The rules need the lines around the item, so they are methods of the
reader, read here apart from the other shapes of a line (`lines.py`)."""

from __future__ import annotations

import re

from ..instructions import is_instruction
from ..text import clean_inline, ends_question, is_placeholder, is_question_like, misspelt_opening
from .building import ListBuilder
from .headings import heading_asks
from .introduction import INTRODUCTION, names_the_list
from .links import LINK_ONLY, link_only
from .syntax import (
    BULLET_RE,
    ITEM_Q_MARKER_RE,
    NUMBERED_RE,
    Q_PREFIX_RE,
    WH_WORDS,
    asks_as_numbered_item,
    asks_with_mark,
    opens_with_question_word,
)
from .versus import Versus, versus, versus_after_answer


class ItemRules(ListBuilder):
    """The rules for list items, mixed into `LineReader` (`try_item` is its entry)."""

    lines: list[str]
    listed: set[int]
    """The lines of bullets read as a list of questions (`question_list_bullets`)."""
    instructed: list[tuple[int, int]]
    """Bullets that ask on their own but were read as an instruction of a question (`- Give a
    specific example.`), as (line, question): named in a warning."""
    unsure: list[tuple[int, int]]
    """Bullets that ask but were read into an answer, as (line, question): named in a
    warning, since no numbering says whether they are the question's points."""

    def try_item(self, number: int, line: str) -> bool:
        """A numbered or bulleted line: a question, or part of the answer being read."""
        for style, pattern in (("numbered", NUMBERED_RE), ("bullet", BULLET_RE)):
            match = pattern.match(line)
            if not match:
                continue
            indent = len(match.group(1).expandtabs(4))
            text = clean_inline(match.group(match.lastindex or 2))
            may_ask = self.open is None or self.open.style == style
            starts = self.open is None or (may_ask and number in self.listed)
            if indent <= 1 and starts and link_only(match.group(match.lastindex or 2)):
                # "* [List of ML questions](https://...)": a pointer to another list (links.py)
                self.ignore(number, LINK_ONLY)
                self.open = None
                return True
            if indent <= 1 and self.open is None and not self.questions and names_the_list(text):
                # "* Why do we need another questions list?": the list's introduction
                self.ignore(number, INTRODUCTION)
                return True
            if indent <= 1 and may_ask and text and is_placeholder(text):
                # "8. TODO": an item still to be written, not question 7's answer
                self.ignore(number, f"placeholder item, not a question: {text[:30]!r}")
                self.open = None
                return True
            if indent <= 1 and may_ask and is_question_like(text):
                self.start_item(number, text, style, match)
                return True
            if style == "numbered" and indent <= 1 and may_ask and heading_asks(match.group(3)):
                # "1. ### What is the output of below code": a heading item that asks
                self.start_item(number, text, style, match)
                return True
            if style == "bullet" and may_ask and number in self.listed:
                # "- Explain RAG." in a list of short questions with no answers
                self.start_item(number, text, style, match)
                return True
            if style == "bullet" and indent <= 1 and may_ask and self.misspelt_peer(text):
                # "- Descibe a time you failed." among "- Tell me about ..." bullets
                self.start_item(number, text, style, match)
                if self.open is not None:
                    self.open.peer_question = True
                return True
            if style == "numbered" and self.numbering_goes_on(int(match.group(2)), indent, text):
                # "2. Descibe a project ..." under "1. Tell me ...?": the questions' numbering
                # goes on and it opens as a question would but for a typo
                self.start_item(number, text, style, match)
                return True
            if indent <= 1 and self.list_question(text):
                # "* Q3: What is ...?" after "2) What ...?" and its answer: the list of
                # questions goes on in another marker, not question 2's answer
                self.start_question(number, text, style)
                return True
            asks = is_question_like(text) or opens_with_question_word(text)
            if style == "numbered" and indent == 0 and asks and self.after_paragraph(number):
                # "4) What are decorators in Python" after a blank line: the next question,
                # not the previous answer's list
                self.start_item(number, text, style, match)
                return True
            body = match.group(match.lastindex or 2)
            pair = None
            if indent <= 1:
                pair = versus(body) if may_ask else self.next_entry(number, body)
            if pair is not None:
                self.start_versus(number, pair, style)
                return True
            if self.open is not None and self.instruction_under(style, text):
                # "- Use the STAR format" right under "- Tell me about a time ...?": a line
                # of the question for the candidate to read, not its answer
                self.add_instruction(number, text)
                if asks_as_numbered_item(text):  # it asks on its own too: said, not silent
                    self.instructed.append((number, self.open.index))
                return True
            if self.open is not None:
                marker = "-" if style == "bullet" else f"{match.group(2)}."
                item = text if not text or is_placeholder(text) else f"{marker} {text}"
                self.add_answer(number, item if text else "", indent)
                if style == "bullet" and indent <= 1 and text:
                    self.open.peer_points = True
                    if asks_as_numbered_item(text):
                        self.unsure.append((number, self.open.index))
                return True
            return False
        return False

    def instruction_under(self, style: str, text: str) -> bool:
        """Whether a bullet is an instruction for the open question's answer
        (`is_instruction`): right under the question or its other instructions, before any
        line of its answer (`- Use an index` after an answer line is a point of it)."""
        assert self.open is not None
        if style != "bullet" or self.open.question.answer_lines:
            return False
        return is_instruction(text, asks=asks_as_numbered_item(text))

    def start_item(self, number: int, text: str, style: str, match: re.Match[str]) -> None:
        """A question written as a list item; a numbered one keeps its number and indent."""
        self.start_question(number, text, style)
        if style == "numbered" and self.open is not None:
            self.open.item = (int(match.group(2)), len(match.group(1).expandtabs(4)))

    def numbering_goes_on(self, item: int, indent: int, text: str) -> bool:
        """Whether a numbered item is the next question by its number, however short: the
        open question is item N at this indent, this is item N + 1 and it opens as a question
        does (`asks_as_numbered_item`: `Explain RAG.`, `Why chunking`, `Descibe a project
        ...`; not `The index is a B-tree.` nor `Nothing.`). It is the answer's instead when
        the answer has a numbered list of its own that it continues (`1. Explain plan.` under
        question 1, at the same indent: a nested list's `2.` is not continued by an item at
        the question's indent, as Markdown reads it), or when the answer's last line
        introduces a list (`Ask these:`)."""
        if self.open is None or self.open.item != (item - 1, indent):
            return False
        if not asks_as_numbered_item(text):
            return False
        answer = self.open.question.answer_lines
        if answer and answer[-1].rstrip().endswith(":"):
            return False  # "Ask these:" then "2. What changed recently": the answer's list
        own_list = self.open.answer_items
        return (item - 1, indent) not in own_list and (item - 1, None) not in own_list

    def misspelt_peer(self, text: str) -> bool:
        """Whether a top-level bullet under a question that is itself a top-level bullet is
        the next question though it does not read as one on its own: it opens with a typo of
        an opening verb (`- Descibe a time you failed.`) and reads as a sentence (three words
        or more), as spelled right it would be; or it is short and opens as a question does
        (`- Explain RAG.`, `asks_as_numbered_item`) after an answer written under the question
        (indented) with no top-level bullets of its own. An unanswered question's short peers
        (`- What would you check?`, `- Explain plan.`) may be its answer's points: they stay
        so, as they do after a point written as a peer (`- Retrieval first.`); but once a short
        peer was read as a question, the next one with nothing between is one too."""
        if self.open is None or self.open.style != "bullet":
            return False
        if len(text.split()) >= 3 and misspelt_opening(text) is not None:
            return True
        answered = bool(self.open.question.answer_lines) and not self.open.peer_points
        went_on = self.open.peer_question and not self.open.question.answer_lines
        return (answered or went_on) and asks_as_numbered_item(text)

    def list_question(self, text: str) -> bool:
        """Whether a top-level list item in another style than the open question's is the
        next question all the same: it carries a question marker (`Q3:`, `Q4.`, `Question
        5:`), or, under a question that is itself a list item, it ends with a question mark."""
        if ITEM_Q_MARKER_RE.match(text) and clean_inline(Q_PREFIX_RE.sub("", text)):
            return True
        in_list = self.open is not None and self.open.style in ("numbered", "bullet")
        return in_list and asks_with_mark(text)

    def next_entry(self, number: int, item: str) -> Versus | None:
        """An "X vs Y: answer" item that starts the cheat sheet's next entry, after a blank line
        that ends the open question's answer paragraph (see `versus_after_answer`)."""
        assert self.open is not None
        if self.lines[number - 2].strip():
            return None  # a list right under the paragraph continues it
        return versus_after_answer(item, self.open.question.answer_lines, self.open.question.prompt)

    def after_paragraph(self, number: int) -> bool:
        """Whether line `number` follows a blank line that is not inside a list the open
        answer introduced (`... these steps:` then a blank line, then `1. What ...`)."""
        if number < 2 or self.lines[number - 2].strip():
            return False
        answer = self.open.question.answer_lines if self.open is not None else []
        return not answer or not answer[-1].rstrip().endswith(":")


def question_list_bullets(lines: list[str]) -> set[int]:
    """The lines (1-based) of the top-level bullets that make a list of questions.

    A run of top-level bullets (blank lines and lines indented under an item may come
    between; any other line ends it) is a list of questions when it has two items or more,
    every item asks (`asks_as_numbered_item`: `Explain RAG.`, `Why chunking`, or a `?`), and
    either its first item asks no question of its own (no `?`: no question is there to own
    the others as its points) or an item after the first asks as only a question does: it
    ends in `?`, opens with a question word, or has an answer indented under it. So `- What is
    RAG?`, `- Explain RAG.`, `- Why chunking` is three questions, while `- What would you
    check?`, `- Explain plan.`, `- Define indexes.` stays one question and its points. A run
    under a line that introduces it (`Tips:`, `introduced`) is not one either.
    """
    listed: set[int] = set()
    run: list[tuple[int, str, bool]] = []  # line, text, whether an answer is indented under

    intro = ""  # the text line right above the run

    def close() -> None:
        if len(run) < 2 or not all(asks_as_numbered_item(text) for _, text, _ in run):
            return
        if introduced(intro):
            return  # "Tips:" then "- Explain clearly.": a list the line introduces
        owner = ends_question(run[0][1])
        evidence = any(
            ends_question(text) or first_word(text) in WH_WORDS or answered
            for _, text, answered in run[1:]
        )
        if not owner or evidence:
            listed.update(number for number, _, _ in run)

    for number, line in enumerate(lines, start=1):
        match = BULLET_RE.match(line)
        if match and len(match.group(1).expandtabs(4)) <= 1:
            run.append((number, clean_inline(match.group(2)), False))
        elif not line.strip():
            continue
        elif run and line[:1] in " \t":
            run[-1] = (run[-1][0], run[-1][1], True)
        else:
            close()
            run, intro = [], line.strip()
    close()
    return listed


def introduced(line: str) -> bool:
    """Whether a text line introduces the bullets under it as something else than questions:
    it ends in `:` and neither asks nor names questions (`Tips:`, `Steps:`; not `Questions to
    practise:`)."""
    text = clean_inline(line)
    return text.endswith(":") and "question" not in text.lower() and not ends_question(text)


def first_word(text: str) -> str:
    return text.split()[0].lower().strip(",.:;!?") if text.split() else ""
