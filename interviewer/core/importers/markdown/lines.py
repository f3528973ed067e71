"""Reading a Markdown or plain-text question list line by line: each line is recognised (a
heading, a question in one of its styles, a table row, a list item, an answer's text) and given
to the list being built."""

from __future__ import annotations

import re

from ..text import (
    clean_inline,
    ends_question,
    is_placeholder,
    is_question_like,
    misspelt_opening,
    repair_text,
)
from .building import ListBuilder
from .syntax import (
    A_MARKER_RE,
    BOLD_LINE_RE,
    BOLD_NUMBER_RE,
    BULLET_RE,
    FENCE_RE,
    HEADING_RE,
    ITEM_Q_MARKER_RE,
    NUMBERED_RE,
    Q_MARKER_RE,
    Q_PREFIX_RE,
    RULE_RE,
    SUMMARY_RE,
    TABLE_RULE_RE,
    asks_as_numbered_item,
    asks_with_mark,
    is_answer_marker,
    looks_like_plain_heading,
    opens_with_question_word,
    question_table_columns,
    question_table_row,
    setext_as_atx,
    split_one_line_answer,
    styled_question,
    table_row,
)
from .versus import BOLD_LEAD_RE, Versus, versus, versus_after_answer

QUOTE_MARKS_RE = re.compile(r"^(\s*)(?:>(?:\s|$))+")
"""A block quote's marks (`> `, `> > `): the text quoted is read as if written bare, its
indentation kept ('  > Generators are ...' is the answer of the bullet above it)."""


class LineReader(ListBuilder):
    """Reads the lines of one file into the list it builds (`run`, then the inherited
    `questions` and `account`)."""

    def __init__(self, lines: list[str], source: str) -> None:
        super().__init__()
        self.lines, self.underlines = setext_as_atx(lines)
        lines = self.lines
        self.source = source
        self.answer_end: int | None = None
        """The line that ends the answer under an "X vs Y" heading (a question follows)."""
        self.table: tuple[int, int] | None = None
        """The question and answer columns of the question table being read."""
        self.md_headings = any(HEADING_RE.match(line) for line in lines)
        self.plain_questions = not any(styled_question(line) for line in lines)
        self.one_per_line = self.plain_questions and all(
            is_question_like(clean_inline(line.strip()))
            for line in lines
            if line.strip() and not HEADING_RE.match(line)
        )
        """Every line (headings aside) reads as a question, '?' or 'Explain ...': a list of
        one question a line, where a line ending in '.' is a question too, not an answer."""

    def run(self) -> None:
        in_fence = False
        for number, raw in enumerate(self.lines, start=1):
            if number == self.answer_end:
                self.open = None  # the question after an "X vs Y" heading's answer
            if number in self.underlines:
                self.ignore(number, "heading underline")
                continue
            line = QUOTE_MARKS_RE.sub(r"\1", repair_text(raw.rstrip()))
            if FENCE_RE.match(line):
                in_fence = not in_fence
                if self.open is not None:
                    self.note(number, "answer", f"code fence in question {self.open.index}")
                else:
                    self.ignore(number, "code fence outside an answer")
                continue
            if in_fence:
                if self.open is not None and line.strip():
                    self.open.question.answer_lines.append(line.strip())
                    self.open.answer_entries.append(len(self.account))
                    self.note(number, "answer", f"code in question {self.open.index}")
                else:
                    self.ignore(number, "code outside an answer" if line.strip() else "blank")
                continue
            self.read_line(number, line)

    def read_line(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not stripped:
            self.ignore(number, "blank")
            return
        if RULE_RE.match(stripped):
            self.ignore(number, "separator")
            if self.open is not None and self.open.style == "marker":
                self.open = None
            return
        if self.table_line(number, stripped):
            return
        if self.pending_prompt is not None:
            text = clean_inline(stripped)
            if text:
                self.pending_prompt = None
                self.start_question(number, text, "marker")
                return
        heading = HEADING_RE.match(stripped)
        if heading:
            depth, text = len(heading.group(1)), heading.group(2)
            cleaned = clean_inline(text)
            pair = None if ends_question(cleaned) else versus(text, rest_allowed=False)
            if ends_question(cleaned) or Q_MARKER_RE.match(text):
                self.start_question(number, text, "heading")
            elif pair is not None and (end := self.heading_answer_end(number, depth)):
                self.open = self.pending_prompt = None
                self.start_versus(number, pair, "heading")
                self.answer_end = end
            elif not cleaned:
                self.ignore(number, "empty heading")
            else:
                self.heading(number, depth, text)
            return
        summary = SUMMARY_RE.search(stripped)
        if summary:
            self.start_question(number, summary.group(1), "summary")
            return
        q_marker = Q_MARKER_RE.match(stripped)
        if q_marker and (not stripped[:1].isdigit()):
            one_line = split_one_line_answer(q_marker.group(1))
            if one_line is not None:
                self.start_question(number, one_line[0], "marker")
                answer = clean_inline(one_line[1])
                if self.open is not None and answer and not is_placeholder(answer):
                    self.open.question.answer_lines.append(answer)
            elif clean_inline(q_marker.group(1)):
                self.start_question(number, q_marker.group(1), "marker")
            else:
                self.open = None
                self.pending_prompt = ""
                self.note(number, "question", "question marker (the prompt follows)")
            return
        if self.open is not None:
            a_marker = A_MARKER_RE.match(stripped)
            if a_marker and is_answer_marker(stripped):
                rest = clean_inline(a_marker.group(1))
                if rest:
                    self.add_answer(number, rest)
                else:
                    self.note(number, "answer", f"answer marker of question {self.open.index}")
                return
        bold_number = BOLD_NUMBER_RE.match(stripped)
        if bold_number and (self.open is None or self.open.style == "bold-number"):
            title, rest = clean_inline(bold_number.group(2)), clean_inline(bold_number.group(3))
            prompt = f"{title.rstrip('.')}. {rest}" if title and rest else title or rest
            self.start_question(number, prompt, "bold-number")
            return
        if self.try_item(number, line):
            return
        if self.open is not None and self.open.style == "bullet" and line[:1] not in " \t":
            self.open = None
        if self.open is None or self.open.style == "bold":
            pair = versus(stripped) if BOLD_LEAD_RE.match(stripped) else None
            if pair is not None:
                self.start_versus(number, pair, "bold")
                return
        bold = BOLD_LINE_RE.match(stripped)
        if bold and (self.open is None or self.open.style == "bold"):
            text = clean_inline(bold.group(2) + " " + bold.group(3))
            if is_question_like(text):
                self.start_question(number, text, "bold")
                return
        if TABLE_RULE_RE.match(stripped) and "|" in stripped:
            self.ignore(number, "table rule") if self.open is None else self.note(
                number, "answer", f"table in question {self.open.index}"
            )
            return
        text = table_row(stripped) if stripped.startswith("|") else clean_inline(stripped)
        table = stripped.startswith("|")
        if not self.md_headings and not table and self.open_is_plain_boundary(text):
            self.heading(number, 1, text)
            return
        if (
            self.plain_questions
            and is_question_like(text)
            and (ends_question(text) or self.one_per_line)
        ):
            self.start_question(number, text, "plain")
            return
        if self.open is not None:
            self.add_answer(number, text if text else "")
            return
        if not text:
            self.ignore(number, "HTML markup")
        elif not self.questions:
            self.ignore(number, "text before the first question")
        else:
            self.ignore(number, "text outside any question")

    def heading_answer_end(self, number: int, depth: int) -> int | None:
        """Where the answer under the "X vs Y" heading of line `number` ends (the line after
        it), or None when the heading is a topic.

        It is an answer when text follows, then the next heading no deeper, and no question in
        between; or, when a question follows, when the text before it reads as an answer (a
        list, an `A:` line: "### TCP vs UDP" over its two bullets; the section's later
        questions go to the topic around it). Else the heading is a topic: "## SQL vs NoSQL"
        over questions of its own, perhaps after an introduction.
        """
        text = answer_like = False
        for index in range(number, len(self.lines)):
            line = self.lines[index]
            stripped = line.strip()
            heading = HEADING_RE.match(stripped)
            if heading:
                return index + 1 if text and len(heading.group(1)) <= depth else None
            if styled_question(line) or versus(stripped.lstrip("-*+0123456789.) ")):
                return index + 1 if answer_like else None
            text = text or bool(stripped)
            answer_like = answer_like or bool(
                BULLET_RE.match(line) or NUMBERED_RE.match(line) or is_answer_marker(stripped)
            )
        return len(self.lines) + 1 if text else None

    def table_line(self, number: int, line: str) -> bool:
        """A line of a question table (`| Question | Answer |`): its header, its rule, or a
        row, which is one question with its answer. False for any other line."""
        next_line = self.lines[number] if number < len(self.lines) else ""
        if self.table is None:
            self.table = question_table_columns(line, next_line)
            if self.table is None:
                return False
            self.open = self.pending_prompt = None
            self.note(number, "heading", "question table: one question a row")
            return True
        if "|" not in line:
            self.table = None
            return False
        if TABLE_RULE_RE.match(line):
            self.ignore(number, "table rule")
            return True
        prompt, answer = question_table_row(line, self.table)
        if not prompt:
            self.ignore(number, "table row without a question")
            return True
        self.start_question(number, prompt, "table")
        if self.open is not None and answer and not is_placeholder(answer):
            self.open.question.answer_lines.append(answer)
        self.open = None
        return True

    def try_item(self, number: int, line: str) -> bool:
        """A numbered or bulleted line: a question, or part of the answer being read."""
        for style, pattern in (("numbered", NUMBERED_RE), ("bullet", BULLET_RE)):
            match = pattern.match(line)
            if not match:
                continue
            indent = len(match.group(1).expandtabs(4))
            text = clean_inline(match.group(match.lastindex or 2))
            may_ask = self.open is None or self.open.style == style
            if indent <= 1 and may_ask and text and is_placeholder(text):
                # "8. TODO": an item still to be written, not question 7's answer
                self.ignore(number, f"placeholder item, not a question: {text[:30]!r}")
                self.open = None
                return True
            if indent <= 1 and may_ask and is_question_like(text):
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
            if self.open is not None:
                marker = "-" if style == "bullet" else f"{match.group(2)}."
                item = text if not text or is_placeholder(text) else f"{marker} {text}"
                self.add_answer(number, item if text else "", indent)
                if style == "bullet" and indent <= 1 and text:
                    self.open.peer_points = True
                return True
            return False
        return False

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

    def open_is_plain_boundary(self, text: str) -> bool:
        """A title-case line in a file without Markdown headings starts a new topic."""
        return bool(text) and looks_like_plain_heading(text)
