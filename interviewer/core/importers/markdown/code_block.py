"""A question about code ("What does this print?", "What is the output of below code") and the
code block right under it: the code is part of what the candidate reads, so it joins the
prompt, line by line with its indentation, instead of opening the reference answer (play61:
sudheerj's javascript-interview-questions, whose coding exercises are numbered headings over a
fenced block, their choices, and a `<summary>Answer</summary>`, imported as questions reading
"Answer" with no code at all)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_POINTING_RE = re.compile(r"\b(below|following|this|these|above|here|given)\b", re.I)
_CODE_WORD_RE = re.compile(
    r"\b(code|snippet|program|script|function|output|outputs|print|prints|printed|log|logs|"
    r"logged|return|returns|returned|evaluate|evaluates|result)\b",
    re.I,
)
CHOICE_RE = re.compile(r"^\s*[-*+]\s+(\d{1,2}|[A-Ha-h])\s*(?:[:.)]\s+|:(?=\S))(\S.*)$")
"""A choice under a question (`- 4: {model: "Honda"}` in sudheerj's lists, `- D: `undefined``
in lydiahallie's), by a number or a letter A-H."""
_OUTPUT_ONLY_RE = re.compile(
    r"^what(?:'s|\u2019s| is| will be| would be)\s+(?:the\s+)?(?:output|result)\s*\??\s*$", re.I
)
"""A prompt that is only "What's the output?" (lydiahallie's javascript-questions): the code it
asks about can only be the block under it."""


def asks_about_code(prompt: str) -> bool:
    """Whether a prompt points at code shown with it: a word pointing at it ('below', 'this',
    'the following') and a word about code or what it does ('code', 'print', 'output'). 'What
    is a closure?' does not, so a code block under it stays its answer's example."""
    first_line = prompt.split("\n", 1)[0]
    if _OUTPUT_ONLY_RE.match(first_line.strip()):
        return True
    return bool(_POINTING_RE.search(first_line) and _CODE_WORD_RE.search(first_line))


@dataclass
class PromptCode:
    """The code block being read into the open question's prompt."""

    kind: str
    """'fence' (a ``` block) or 'indent' (lines indented four spaces or more)."""
    indent: int
    """The columns dropped from each line: the fence's indentation, or the block's first."""
    lines: list[str]

    def add(self, line: str) -> None:
        width = len(line) - len(line.lstrip())
        self.lines.append(line[min(width, self.indent) :].rstrip())

    def text(self) -> str:
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()
        return "\n".join(self.lines)


def indented_code(line: str) -> bool:
    """A line of an indented code block (four spaces or a tab before its text)."""
    return bool(line.strip()) and line.expandtabs(4).startswith("    ")


def choice_answer(marked: str, choices: list[str]) -> str:
    """The answer a marker gives (`Answer: 4`, `Answer: D`) with its choice's text when the
    prompt lists it (`4: {model: "Honda", ...}`): a number alone tells a candidate's grade
    nothing."""
    number = marked.strip(" .*_")
    for choice in choices:
        match = CHOICE_RE.match(choice)
        if match and match.group(1) == number:
            text = match.group(2).strip()
            # a sentence of its own: the reference's next line (the explanation) is joined to
            # it on screen, "A: `Hello` In JavaScript, ..." read as one run-on (play62)
            end = "" if text.endswith((".", "!", "?")) else "."
            return f"{number}: {text}{end}"
    return marked


MULTIPLE_CHOICE_LINE = "Multiple choice: name your choice and say why."
"""The line a multiple-choice question's prompt ends with: the grader reads words, so a letter
alone ("D") is graded as a very short answer; the choice's text and the reason are credited."""


def _label_order(label: str) -> int:
    return int(label) if label.isdigit() else ord(label.upper()) - ord("A") + 1


def listed_choices(lines: list[str]) -> int:
    """How many of `lines`, at their end, are the choices of a multiple-choice question: two or
    more items labelled in order from `A` or `1` (`- A: `Lydia` and `undefined``, `- B:
    ...`); 0 when they are not. A single `- A: It is ...` is an answer's line, not a choice."""
    labels: list[int] = []
    for line in reversed(lines):
        match = CHOICE_RE.match(line)
        if match is None:
            break
        labels.append(_label_order(match.group(1)))
    labels.reverse()
    if len(labels) < 2:
        return 0
    for start in range(len(labels) - 1):
        run = labels[start:]
        if run[0] == 1 and run == list(range(1, len(run) + 1)):
            return len(run)
    return 0


def labelled_choices(lines: list[str]) -> tuple[list[str], bool]:
    """The texts of choices lettered from `A` (`- A: Lydia`, `- B: ...`) or numbered from `1`
    (sudheerj's `- 1: 12`, `- 2: ...`), for the bank's `choices`, and whether they are
    numbered; `([], False)` when the labels mix letters and numbers."""
    texts = []
    kinds = set()
    for line in lines:
        match = CHOICE_RE.match(line)
        if match is None:
            return [], False
        kinds.add(match.group(1).isdigit())
        texts.append(match.group(2).strip())
    if len(kinds) != 1:
        return [], False
    return texts, kinds == {True}


def right_label(marked: str, count: int, numbered: bool = False) -> str | None:
    """The label an answer marker names (`Answer: D`, `d.`, `Answer: 1`) among `count`
    choices, lettered or `numbered`, or None."""
    label = marked.strip(" .*_").upper()
    if numbered:
        return label if label.isdigit() and 1 <= int(label) <= count else None
    return label if len(label) == 1 and 0 <= ord(label) - ord("A") < count else None
