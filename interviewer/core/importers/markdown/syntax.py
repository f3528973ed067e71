"""The line syntax of Markdown question lists: what a heading (and a topic's title), a list item,
a question or answer marker, a table or a separator looks like."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..text import (
    clean_inline,
    ends_question,
    is_placeholder,
    is_question_like,
    misspelt_opening,
)

HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
ITEM_HEADING_RE = re.compile(r"^#{1,6}\s+")
"""A heading's marks inside a numbered item ("35. ### What is context?": sudheerj's lists)."""
PAGE_LINK_RE = re.compile(r"^[*_]*\[[^\]]*\]\(#[^)\s]*\)[*_]*$")
"""A line that is only a link within the page ("**[⬆ Back to Top](#table-of-contents)**"):
navigation, read as a topic "⬆ Back to Top" in a list without Markdown headings (play60)."""
RULE_RE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
NUMBERED_RE = re.compile(r"^(\s*)(?:Q\s*)?(\d{1,9})\s*[.)]\s+(\S.*)$", re.I)
BULLET_RE = re.compile(r"^(\s*)[-*+\u2022]\s+(\S.*)$")
BOLD_NUMBER_RE = re.compile(r"^\s*(\*\*|__)\s*\d{1,9}\s*[.)]\s*(.*?)\1\s*[.:]?\s*(.*)$")
BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*(\S{0,4})\s*$")
Q_MARKER_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:Q(?:uestion)?\s*\d{0,9}|Question)\s*[:.)\]-]\s*(?:\*\*|__)?\s*(.*)$",
    re.I,
)
A_MARKER_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:Best answer|Sample answer|Model answer|Answer|Solution|Ans|"
    r"A\s*\d{0,4})\s*[:.)\]-]?\s*(?:\*\*|__)?\s*[:.-]?\s*(.*)$",
    re.I,
)
ITEM_Q_MARKER_RE = re.compile(r"^(?:Q|Question)\s*\d{0,9}\s*[:.)]\s+(\S.*)$", re.I)
"""A list item's question marker (`* Q3: What ...`, `- Q4. Explain ...`, `- Question 5: ...`):
the punctuation and a space must follow, so `- Q-learning is ...` stays text."""
SUMMARY_RE = re.compile(r"<summary>(.*?)</summary>", re.I)
STAR_LABEL_RE = re.compile(r"^(situation|task|action|result)s?\s*(\([a-z]\))?\s*:?$", re.I)
Q_PREFIX_RE = re.compile(r"^(?:Q(?:uestion)?\s*\d{0,9}\s*[:.)\]-]|\d{1,9}\s*[.)])\s*", re.I)

ANSWER_WORD = r"(Ans|Answer|Best answer|Solution|Sample answer|Model answer)"
ANSWER_MARKER_RE = re.compile(
    rf"^\s*(\*\*|__)?\s*(A\s*\d{{0,4}}\s*[:.)\]]|{ANSWER_WORD}\s*(\*\*|__)?\s*[:\-]"
    rf"|{ANSWER_WORD}\s*(\*\*|__)?\s*$)",
    re.I,
)


def is_answer_marker(line: str) -> bool:
    """`A:`, `A1.`, `**Answer:**`, `Answer -`, a bare `**Best Answer**` line; not a sentence
    that starts with 'A ...' or 'Answer ...'."""
    return ANSWER_MARKER_RE.match(line) is not None and not re.match(r"^\s*A\s+\w", line)


def table_row(line: str) -> str:
    """A table row as `cell; cell; cell` (the text of a table inside an answer)."""
    return "; ".join(cell for cell in table_cells(line) if cell)


def table_cells(line: str) -> list[str]:
    """The cells of a Markdown table row, cleaned; an escaped `\\|` stays in its cell."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    cells = re.split(r"(?<!\\)\|", inner)
    return [clean_inline(cell.replace("\\|", "|")) for cell in cells]


_TABLE_QUESTION_NAMES = ("question", "questions", "q", "prompt", "front", "term")
_TABLE_ANSWER_NAMES = ("answer", "answers", "a", "reference", "back", "definition", "solution")
_TABLE_ONLY_QUESTION_NAMES = ("question", "questions")
"""A table with no answer column is a question table only when its column says "Question"
(a `| Q | Type |` table inside an answer stays part of it)."""
_TABLE_LEVEL_NAMES = ("level", "difficulty")


class TableColumns(NamedTuple):
    """The columns of a question table: the question's, the answer's (None when the table has
    none: its questions are imported without a reference answer) and the level's (or None)."""

    question: int
    answer: int | None
    level: int | None


def question_table_columns(line: str, next_line: str) -> TableColumns | None:
    """For the header row of a question table (`| Question | Answer |` over a `|---|---|`
    rule; also Q/A, Prompt/Answer, Front/Back; or a `Question` column alone, as in
    `| Question | Level |`): its columns. None for any other line."""
    if "|" not in line or not (TABLE_RULE_RE.match(next_line) and "|" in next_line):
        return None
    names = [cell.strip(" :*").lower() for cell in table_cells(line)]
    question = next((i for i, n in enumerate(names) if n in _TABLE_QUESTION_NAMES), None)
    answer = next((i for i, n in enumerate(names) if n in _TABLE_ANSWER_NAMES), None)
    level = next((i for i, n in enumerate(names) if n in _TABLE_LEVEL_NAMES), None)
    if question is None or (answer is None and names[question] not in _TABLE_ONLY_QUESTION_NAMES):
        return None
    return TableColumns(question, answer, level)


def question_table_row(line: str, columns: TableColumns) -> tuple[str, str, str]:
    """The question, the answer and the level cell of a question table's row (each '' when
    its cell, or its column, is missing)."""
    cells = table_cells(line)

    def cell(index: int | None) -> str:
        return cells[index] if index is not None and index < len(cells) else ""

    return cell(columns.question), cell(columns.answer), cell(columns.level)


_SETEXT_RE = re.compile(r"^ {0,3}(=+|-{2,})\s*$")


def setext_depth(line: str, underline: str) -> int | None:
    """1 or 2 when `line` is a setext heading, underlined by `underline` (`===` or `---`);
    None otherwise. A list item, a quote, a table row or an indented line is never one."""
    match = _SETEXT_RE.match(underline)
    if match is None or not line.strip() or line[:1] in " \t":
        return None
    if NUMBERED_RE.match(line) or BULLET_RE.match(line) or HEADING_RE.match(line.strip()):
        return None
    if line.lstrip().startswith((">", "|", "<", "```", "~~~")) or RULE_RE.match(line.strip()):
        return None
    return 1 if match.group(1)[0] == "=" else 2


_ONE_LINE_ANSWER_RE = re.compile(
    r"^(.*?\S)\s+(?:\*\*|__)?\s*A(?:nswer)?\s*:\s*(?:\*\*|__)?\s*(\S.*)$"
)


def split_one_line_answer(text: str) -> tuple[str, str] | None:
    """`What is X? A: it is Y` (a `Q:` line holding its answer): the question and the answer,
    split at `A:`; None when the line holds no `A:` after a question."""
    match = _ONE_LINE_ANSWER_RE.match(text)
    if match is None or not is_question_like(clean_inline(match.group(1))):
        return None
    return match.group(1), match.group(2)


INTERROGATIVES = frozenset(
    "what how why when where which who whom whose is are can could does do did should would "
    "will".split()
)


def opens_with_question_word(text: str) -> bool:
    """`What are decorators in Python`: a question without its '?' (a capitalised question
    word, at least three words, not a sentence ending in '.', ':' or ';')."""
    words = text.split()
    if len(words) < 3 or not text[:1].isupper() or text.rstrip()[-1:] in ".:;!":
        return False
    return words[0].lower().strip(",") in INTERROGATIVES


WH_WORDS = frozenset("what how why when where which who".split())

SHORT_ASK_VERBS = frozenset(
    "explain describe define compare discuss summarize summarise derive implement identify "
    "distinguish differentiate tell give write".split()
)
"""Instruction verbs that open a request, not a noun phrase: `Explain RAG.` asks in two words.
`List`, `Name`, `State`, `Design`, `Outline`, `Contrast`, `Share`, `Talk` and `Walk` open noun
phrases as often (`List comprehensions.`, `Design patterns.`, `State management.`): with them
an item asks from three words on, as `is_question_like` reads any line."""


def asks_as_numbered_item(text: str) -> bool:
    """Whether a numbered item opens as a question does, however short: two words or more,
    capitalised, and a question word first (`Why chunking`, `What is RAG.` with its period),
    an instruction verb that is no noun (`Explain RAG.`, `Define overfitting`) or a typo of one
    (`Explian RAG.`); or, from three words, what `opens_with_question_word` or
    `is_question_like` reads as a question or a typo of any opening verb (`Descibe a project`).
    One word (`Explain.`, `Nothing.`) does not ask: it is no prompt to answer."""
    words = text.split()
    if len(words) < 2 or not text[:1].isupper():
        return False
    first = words[0].lower().strip(",.:;!?")
    if first in WH_WORDS or first in SHORT_ASK_VERBS or ends_question(text):
        return True
    typo = misspelt_opening(text)
    if typo is not None and (typo in SHORT_ASK_VERBS or typo in WH_WORDS):
        return True
    long_enough = len(words) >= 3
    return long_enough and (
        opens_with_question_word(text) or is_question_like(text) or typo is not None
    )


_TITLE_TAIL_RE = re.compile(
    r"\s+(interview\s+)?questions?(\s*(&|and)\s*answers?)?(\s+in\s+generative\s+ai)?$"
    r"|\s+in\s+generative\s+ai$",
    re.I,
)


def topic_title(heading: str) -> str:
    """A heading as a topic title: marks gone, 'Interview Questions' tails dropped."""
    title = clean_inline(heading).strip(" :#")
    title = re.sub(r"^(\d+(\.\d+)*|[IVX]+|[A-Z])[.)]\s+", "", title)
    title = re.sub(r"\s*\((with )?answers?( included)?\)$", "", title, flags=re.I)
    shorter = _TITLE_TAIL_RE.sub("", title).strip(" :-")
    # "SQL vs Questions", "A vs B questions": a comparison keeps its words whole, and a tail
    # whose removal leaves a dangling "and"/"or" is kept (found by hypothesis)
    versus = re.search(r"\b(vs\.?|versus)(\s|$)", title, flags=re.I)
    dangling = re.search(r"\b(and|or|&)$", shorter, flags=re.I)
    return shorter if shorter and not versus and not dangling else title


def looks_like_plain_heading(line: str) -> bool:
    if len(line) > 90 or line[-1] in ".!:;,)" or ends_question(line) or is_placeholder(line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.6


def setext_as_atx(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each setext heading (`Title` over `===`, `Part` over `---`, after a
    blank line or at the top) written as `# Title` / `## Part`, its underline blanked; and the
    (1-based) numbers of the underlines."""
    out, underlines = list(lines), set()
    for index in range(len(lines) - 1):
        if index + 1 in underlines or (index > 0 and out[index - 1].strip()):
            continue
        depth = setext_depth(lines[index], lines[index + 1])
        if depth is not None:
            out[index] = "#" * depth + " " + lines[index].strip()
            out[index + 1] = ""
            underlines.add(index + 2)
    return out, underlines


def styled_question(line: str) -> bool:
    """Whether a line is a question in a style of its own (a heading ending in '?', a `Q:`
    marker, a `<summary>`, a bold number, a question-like list item or bold line): a file
    with none is read as a plain list of lines ending in '?'."""
    heading = HEADING_RE.match(line)
    if heading:
        text = clean_inline(heading.group(2))
        return ends_question(text) or Q_MARKER_RE.match(heading.group(2)) is not None
    if Q_MARKER_RE.match(line) or SUMMARY_RE.search(line) or BOLD_NUMBER_RE.match(line):
        return True
    for pattern in (NUMBERED_RE, BULLET_RE):
        match = pattern.match(line)
        if match and len(match.group(1)) <= 1 and is_question_like(clean_inline(line)):
            return True
    bold = BOLD_LINE_RE.match(line)
    return bool(bold and is_question_like(clean_inline(bold.group(2))))


def asks_with_mark(text: str) -> bool:
    """Whether cleaned text reads as a question and ends with a question mark (a level mark
    after it aside): `Why use X? (hard)`, not `Explain X`."""
    from ..levels import take_level_mark

    return is_question_like(text) and ends_question(take_level_mark(text)[0].rstrip(" )]*_"))


_LIST_MARKER_RE = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,9}[.)])\s+")


def looks_like_question(line: str) -> bool:
    """Whether a source line would be taken for a question by a reader: a `Q3:` / `Question
    5:` marker (in a list item or not), or text that reads as a question (`Explain ...`, a
    line ending in '?'). Used to warn when such a line is ignored."""
    text = clean_inline(_LIST_MARKER_RE.sub("", line.strip(), count=1))
    return ITEM_Q_MARKER_RE.match(text) is not None or is_question_like(text)


def has_question_marker(line: str) -> bool:
    """Whether a source line, perhaps a list item, opens with `Q3:` / `Question 5:`: a line
    read into an answer that the writer marked as a question."""
    text = clean_inline(_LIST_MARKER_RE.sub("", line.strip(), count=1))
    return ITEM_Q_MARKER_RE.match(text) is not None
