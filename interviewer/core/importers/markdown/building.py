"""The question list a Markdown file builds as it is read: its questions and their answers, the
topic and level they fall under, and the account of every line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..levels import heading_level_mark, take_level_mark
from ..model import ImportedQuestion, LineAccount
from ..text import clean_inline, excerpt, is_placeholder
from .syntax import ITEM_HEADING_RE, Q_PREFIX_RE, STAR_LABEL_RE, topic_title
from .versus import Versus

NUMBERED_LINE_RE = re.compile(r"(\d+)\. ")
"""A line of an answer as it is kept when it was a numbered item: `2. Generate from them.`"""


@dataclass
class OpenQuestion:
    """The question whose answer is being read, and the style it was written in."""

    question: ImportedQuestion
    style: str
    index: int
    answer_entries: list[int] = field(default_factory=list)
    """Positions in the account of the lines read as this question's answer so far."""
    item: tuple[int, int] | None = None
    """The number and indent of a question written as a numbered item (`2. What ...`)."""
    peer_points: bool = False
    """Whether the answer has top-level bullets, the question's peers (`- What is RAG?`, then
    `- Retrieval first.`): its points written at the question's level."""
    peer_question: bool = False
    """Whether this question is a bullet read as one for following an answered bullet
    question (`misspelt_peer`): the list is one of questions."""
    answer_items: list[tuple[int, int | None]] = field(default_factory=list)
    """The number and indent of each numbered line of the answer (`1. Retrieve.`): its own
    list of points. The indent is None for a numbered line not read as a list item (`A: 1.
    Retrieve.`), which counts at any indent."""


class ListBuilder:
    """What the lines read so far have made: questions, the open one, the topic and level."""

    def __init__(self) -> None:
        self.account: list[LineAccount] = []
        self.questions: list[ImportedQuestion] = []
        self.topic = ""
        self.topic_depth = 0
        self.level: str | None = None
        self.level_depth = 0
        self.open: OpenQuestion | None = None
        self.pending_prompt: str | None = None

    # -- the account ----------------------------------------------------------------------

    def note(self, number: int, kind: str, note: str = "") -> None:
        self.account.append(LineAccount(number, kind, note))

    def ignore(self, number: int, reason: str) -> None:
        self.note(number, "ignored", reason)

    # -- questions, answers, headings -----------------------------------------------------

    def start_versus(self, number: int, pair: Versus, style: str) -> None:
        """A question from "X vs Y", the rest of its line the start of its answer."""
        question = ImportedQuestion(pair.prompt, number, self.topic, level=self.level)
        if pair.rest:
            question.answer_lines.append(pair.rest)
        self.questions.append(question)
        self.open = OpenQuestion(question, style, len(self.questions))
        self.note(number, "question", pair.note)

    def start_question(self, number: int, prompt: str, style: str) -> None:
        prompt = clean_inline(prompt)
        prompt = Q_PREFIX_RE.sub("", prompt).strip()
        prompt = ITEM_HEADING_RE.sub("", prompt)  # "35. ### What is context?" (play60)
        prompt, level = take_level_mark(prompt)
        prompt = prompt.strip(" *_")
        if not prompt:
            self.ignore(number, "question marker with no question text")
            return
        question = ImportedQuestion(prompt, number, self.topic, level=level or self.level)
        self.questions.append(question)
        self.open = OpenQuestion(question, style, len(self.questions))
        self.note(number, "question", excerpt(question.prompt))

    def add_answer(self, number: int, text: str, indent: int | None = None) -> None:
        """A line of the open question's answer; `indent` is a numbered item's, if it is one."""
        assert self.open is not None
        if not text:
            self.ignore(number, "markup only")
            return
        if is_placeholder(text):
            self.ignore(number, f"placeholder, not an answer: {text[:30]!r}")
            if self.open.style == "bold-number":
                self.text_before_placeholder_is_the_question()
            return
        if STAR_LABEL_RE.match(text):
            self.ignore(number, f"empty label: {text!r}")
            return
        self.open.question.answer_lines.append(text)
        self.open.answer_entries.append(len(self.account))
        if numbered := NUMBERED_LINE_RE.match(text):
            self.open.answer_items.append((int(numbered.group(1)), indent))
        self.note(number, "answer", f"answer to question {self.open.index}")

    def add_instruction(self, number: int, text: str) -> None:
        """An instruction for the answer (`Use the STAR format`): a line of the open
        question's prompt, which the candidate reads with it."""
        assert self.open is not None
        question = self.open.question
        question.prompt = f"{question.prompt}\n{text}"
        self.note(number, "question", f"part of question {self.open.index} (an instruction)")

    def text_before_placeholder_is_the_question(self) -> None:
        """'Answer here' after some text under a bold-numbered task (`**14) PMI**. Given
        ...`): that text was the rest of the task (its details), not its answer. Under any
        other question a placeholder changes nothing before it."""
        assert self.open is not None
        self.answer_so_far_is_the_question("text before a placeholder")

    def answer_so_far_is_the_question(self, why: str) -> None:
        """The lines read as the open question's answer join its prompt (`why` they do)."""
        assert self.open is not None
        question = self.open.question
        if not question.answer_lines:
            return
        question.prompt = "\n".join([question.prompt, *question.answer_lines])
        question.answer_lines.clear()
        note = f"part of question {self.open.index} ({why})"
        for position in self.open.answer_entries:
            self.account[position] = LineAccount(self.account[position].line, "question", note)
        self.open.answer_entries.clear()

    def heading(self, number: int, depth: int, text: str) -> None:
        self.open = None
        self.pending_prompt = None
        rest, level = heading_level_mark(clean_inline(text))
        if level is not None and not rest:
            self.level, self.level_depth = level, depth
            self.note(number, "heading", f"level: {level}")
            return
        if self.level is not None and depth <= self.level_depth:
            self.level = None
        title = topic_title(rest if level is not None else text)
        self.topic, self.topic_depth = title, depth
        if level is not None:
            # "## Basics (easy)": a topic whose questions are all of one level
            self.level, self.level_depth = level, depth
            title = f"{title}, level: {level}"
        self.note(number, "heading", f"topic: {title}")
