"""Reading a Markdown or plain-text question list line by line: each line is recognised (a
heading, a question in one of its styles, a table row, a list item, an answer's text) and given
to the list being built."""

from __future__ import annotations

import re

from ..levels import level_heading
from ..text import (
    clean_inline,
    ends_question,
    is_placeholder,
    is_question_like,
    repair_text,
)
from .code_block import (
    CHOICE_RE,
    MULTIPLE_CHOICE_LINE,
    PromptCode,
    asks_about_code,
    choice_answer,
    indented_code,
    labelled_choices,
    listed_choices,
    right_label,
)
from .headings import NUMBER_PREFIX_RE, code_heading, numbered_question_depths
from .items import ItemRules, question_list_bullets
from .links import IN_SECTION, links_section
from .syntax import (
    A_MARKER_RE,
    BOLD_LINE_RE,
    BOLD_NUMBER_RE,
    BULLET_RE,
    FENCE_RE,
    HEADING_RE,
    NUMBERED_RE,
    PAGE_LINK_RE,
    Q_MARKER_RE,
    RULE_RE,
    SUMMARY_RE,
    TABLE_RULE_RE,
    TableColumns,
    is_answer_marker,
    looks_like_plain_heading,
    question_table_columns,
    question_table_row,
    setext_as_atx,
    split_one_line_answer,
    styled_question,
    table_row,
)
from .versus import BOLD_LEAD_RE, versus

QUOTE_MARKS_RE = re.compile(r"^(\s*)(?:>(?:\s|$))+")
"""A block quote's marks (`> `, `> > `): the text quoted is read as if written bare, its
indentation kept ('  > Generators are ...' is the answer of the bullet above it)."""


class LineReader(ItemRules):
    """Reads the lines of one file into the list it builds (`run`, then the inherited
    `questions` and `account`)."""

    def __init__(self, lines: list[str], source: str) -> None:
        super().__init__()
        self.lines, self.underlines = setext_as_atx(lines)
        lines = self.lines
        self.source = source
        self.answer_end: int | None = None
        """The line that ends the answer under an "X vs Y" heading (a question follows)."""
        self.table: TableColumns | None = None
        """The columns of the question table being read."""
        self.prompt_code: PromptCode | None = None
        """The code block being read into the open question's prompt (`code_block.py`)."""
        self.code_questions: set[int] = set()
        """The questions (by index) whose prompt holds their code."""
        self.listed = question_list_bullets(lines)
        self.question_depths = numbered_question_depths(lines)
        """The heading depths at which numbered headings are the list's questions."""
        self.unsure = []
        self.instructed = []
        self.md_headings = any(HEADING_RE.match(line) for line in lines)
        self.plain_questions = not any(styled_question(line) for line in lines)
        self.one_per_line = self.plain_questions and all(
            is_question_like(clean_inline(line.strip()))
            for line in lines
            if line.strip() and not HEADING_RE.match(line)
        )
        """Every line (headings aside) reads as a question, '?' or 'Explain ...': a list of
        one question a line, where a line ending in '.' is a question too, not an answer."""
        self.links_depth: int | None = None
        """The depth of the heading of the section of links being skipped (`links.py`)."""
        self.links_title = ""

    def run(self) -> None:
        in_fence = False
        for number, raw in enumerate(self.lines, start=1):
            if number == self.answer_end:
                self.open = None  # the question after an "X vs Y" heading's answer
            if number in self.underlines:
                self.ignore(number, "heading underline")
                continue
            line = QUOTE_MARKS_RE.sub(r"\1", repair_text(raw.rstrip()))
            if not in_fence and self.code_line(number, line):
                continue
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
        if self.links_depth is not None:
            heading = HEADING_RE.match(stripped)
            if heading is None or len(heading.group(1)) > self.links_depth:
                self.ignore(number, IN_SECTION.format(self.links_title))
                return
            self.links_depth = None
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
            if self.open is not None and is_answer_marker(cleaned):
                # "##### Answer: 4" under "#### 1. What is the output of below code"
                marker = A_MARKER_RE.match(cleaned)
                self.answer_marker(number, clean_inline(marker.group(1)) if marker else "")
            elif (
                ends_question(cleaned)
                or Q_MARKER_RE.match(text)
                or code_heading(cleaned)
                or (depth in self.question_depths and NUMBER_PREFIX_RE.match(cleaned))
            ):
                self.start_question(number, text, "heading")
            elif pair is not None and (end := self.heading_answer_end(number, depth)):
                self.open = self.pending_prompt = None
                self.start_versus(number, pair, "heading")
                self.answer_end = end
            elif not cleaned:
                self.ignore(number, "empty heading")
            elif links_section(text):  # "# Other question list", "## See also"
                self.open = self.pending_prompt = None
                self.links_depth, self.links_title = depth, cleaned
                self.ignore(number, IN_SECTION.format(cleaned))
            else:
                self.heading(number, depth, text)
            return
        summary = SUMMARY_RE.search(stripped)
        if summary and self.open is not None and is_answer_marker(clean_inline(summary.group(1))):
            # `<details><summary>Answer</summary>` under the question: its answer follows
            self.answer_marker(number, "")
            return
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
                self.answer_marker(number, clean_inline(a_marker.group(1)))
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
        if PAGE_LINK_RE.match(stripped):
            self.ignore(number, "a link within the page (navigation)")
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
        prompt, answer, level = question_table_row(line, self.table)
        if not prompt:
            self.ignore(number, "table row without a question")
            return True
        self.start_question(number, prompt, "table")
        if self.open is not None and answer and not is_placeholder(answer):
            self.open.question.answer_lines.append(answer)
        if self.open is not None and level_heading(level) is not None:
            self.open.question.level = level_heading(level)
        self.open = None
        return True

    def open_is_plain_boundary(self, text: str) -> bool:
        """A title-case line in a file without Markdown headings starts a new topic."""
        return bool(text) and looks_like_plain_heading(text)

    # -- a question about code and its code block (code_block.py) -------------------------

    def code_line(self, number: int, line: str) -> bool:
        """A line of the code block under a question about code, read into its prompt (the
        fence that opens or closes it, a line of it); False for any other line."""
        code = self.prompt_code
        fence = FENCE_RE.match(line) is not None
        if code is not None:
            assert self.open is not None
            if code.kind == "indent" and not (indented_code(line) or self.indented_next(number)):
                self.end_prompt_code()
                return False
            if code.kind == "fence" and fence:
                self.end_prompt_code()
            else:
                code.add(line)
            self.note(number, "question", f"code of question {self.open.index}")
            return True
        if not self.awaits_code():
            return False
        assert self.open is not None
        width = len(line) - len(line.lstrip())
        if fence:
            self.prompt_code = PromptCode("fence", width, [])
        elif indented_code(line) and self.open.style not in ("numbered", "bullet"):
            self.prompt_code = PromptCode("indent", width, [])
            self.prompt_code.add(line)
        else:
            return False
        self.note(number, "question", f"code of question {self.open.index}")
        return True

    def awaits_code(self) -> bool:
        """Whether the open question asks about code not yet shown: no answer read yet."""
        open_ = self.open
        return (
            open_ is not None
            and open_.index not in self.code_questions
            and not open_.question.answer_lines
            and asks_about_code(open_.question.prompt)
        )

    def indented_next(self, number: int) -> bool:
        """Whether a blank line `number` sits inside an indented block (an indented line
        follows it, blank lines aside)."""
        if self.lines[number - 1].strip():
            return False
        for line in self.lines[number:]:
            if line.strip():
                return indented_code(line)
        return False

    def end_prompt_code(self) -> None:
        assert self.open is not None and self.prompt_code is not None
        code = self.prompt_code.text()
        self.prompt_code = None
        if code.strip():
            self.open.question.prompt = f"{self.open.question.prompt}\n{code}"
            self.code_questions.add(self.open.index)

    def answer_marker(self, number: int, rest: str) -> None:
        """An answer marker of the open question (`A:`, `##### Answer: 4`, a `<summary>` of
        "Answer"), `rest` the text after it. Under a code question the choices read before it
        (`- 4: {model: ...}`) are the question's: they join its prompt, and `Answer: 4` is
        kept with its choice's text. Under any question, what was read before the marker when
        it ends in two or more choices labelled in order (`- A: ...`, `- B: ...`;
        `listed_choices`) is the question's too (a code block read as an answer, then the
        choices: lydiahallie's "What happens when we do this?"), and the prompt ends with
        `MULTIPLE_CHOICE_LINE`."""
        assert self.open is not None
        question = self.open.question
        choices = question.answer_lines
        code_question = self.open.index in self.code_questions
        listed = listed_choices(choices)
        only_choices = bool(choices) and all(CHOICE_RE.match(choice) for choice in choices)
        labelled, numbered = labelled_choices(choices[-listed:]) if listed else ([], False)
        if listed or (code_question and only_choices):
            self.answer_so_far_is_the_question("a choice")
        if listed:
            question.prompt = f"{question.prompt}\n{MULTIPLE_CHOICE_LINE}"
            question.choices = labelled
            question.choices_numbered = numbered
        if rest and question.choices:
            count = len(question.choices)
            question.right_choice = right_label(rest, count, question.choices_numbered)
        if rest:
            self.add_answer(number, choice_answer(rest, question.prompt.splitlines()))
        else:
            self.note(number, "answer", f"answer marker of question {self.open.index}")
