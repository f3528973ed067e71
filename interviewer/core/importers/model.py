"""What an importer found in a source file: questions, topics, and an account of every line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Problem
from ..story_prompts import is_behavioural
from .text import unquoted

_LONE_ITEM_RE = re.compile(r"^[-*+\u2022]\s+(?=\S)")

LINE_KINDS = ("question", "answer", "heading", "ignored", "header")
"""What a source line can become: 'header' is a table's row of column names (play59: it was
counted as a heading, a topic title, in the summary)."""

_SHOWN_WHEN_NONE = LINE_KINDS[:4]
"""The kinds the summary counts even at 0 (a Markdown list has no header row to count)."""


@dataclass(frozen=True)
class LineAccount:
    """What became of one source line."""

    line: int
    kind: str
    """One of LINE_KINDS."""
    note: str = ""
    """For 'ignored', why; for the others, a short excerpt or the question it belongs to."""


@dataclass
class ImportedQuestion:
    """A question found in the source, with its cleaned answer (empty when it has none)."""

    prompt: str
    line: int
    topic: str = ""
    """The topic's title (the heading it sat under), or '' when none."""
    answer_lines: list[str] = field(default_factory=list)
    level: str | None = None
    """A level marked in the source, or None when the source gives none."""
    qid: str | None = None
    """The question's own id from the source (an `id` column), or None: numbered on import."""
    choices: list[str] = field(default_factory=list)
    """A multiple-choice question's options (`- A: ...` or `- 1: ...`), in order; [] when
    none."""
    choices_numbered: bool = False
    """Whether the options are numbered from 1 (sudheerj's `- 1: ...`), not lettered from A."""
    right_choice: str | None = None
    """The label its answer marker names (`Answer: D`, `Answer: 1`), or None."""

    def __post_init__(self) -> None:
        self.prompt = unquoted(self.prompt)

    @property
    def answer(self) -> str:
        """The answer as text; list items stay on their own lines, but an answer that is one
        list item loses its marker ('- Lists are mutable' is not a list)."""
        answer = "\n".join(self.answer_lines).strip()
        return answer if "\n" in answer else _LONE_ITEM_RE.sub("", answer, count=1)

    @property
    def rubric(self) -> str | None:
        """'star' for a behavioural question ('Tell me about a time ...'), graded by STAR
        structure like the bundled behavioural bank; None for the rest."""
        return "star" if is_behavioural(self.prompt) else None


def title_from_source(source: str) -> str:
    """A list's title when its text gives none: the file's name without its folder and
    suffix ("notes/my-sql.md" -> "my-sql"), or "Imported bank"."""
    return source.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "Imported bank"


@dataclass
class ImportedList:
    """Everything an importer understood of one source."""

    title: str
    questions: list[ImportedQuestion]
    account: list[LineAccount]
    source: str = "<text>"
    warnings: list[Problem] = field(default_factory=list)
    """What the importer had to work around (`file:line: warning: ...`), to be shown."""
    refusal: str = ""
    """Why the list must not become a bank (a table most of whose rows were misread), or ''."""

    @property
    def topics(self) -> list[str]:
        """Topic titles in order of first use (topics holding no question are left out)."""
        seen: list[str] = []
        for question in self.questions:
            if question.topic and question.topic not in seen:
                seen.append(question.topic)
        return seen

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.answer)

    def summary(self) -> str:
        """One line: topics, questions, answered, how lines were used, and how many warnings
        there are (each printed on its own `file:line` line)."""
        counts = {kind: 0 for kind in LINE_KINDS}
        for entry in self.account:
            counts[entry.kind] += 1
        shown = [k for k in LINE_KINDS if k in _SHOWN_WHEN_NONE or counts[k]]
        lines = ", ".join(f"{counts[k]} {k}" for k in shown)
        topics, questions, read = len(self.topics), len(self.questions), len(self.account)
        star = sum(1 for q in self.questions if q.rubric == "star")
        warned = len(self.warnings)
        links = sum(1 for e in self.account if e.kind == "ignored" and _of_links(e.note))
        intro = sum(1 for e in self.account if e.kind == "ignored" and _of_intro(e.note))
        skipped = [
            f"{n} of {what}" for n, what in ((links, "links"), (intro, "the introduction")) if n
        ]
        return (
            f"{topics} topic{'s' if topics != 1 else ''}, "
            f"{questions} question{'s' if questions != 1 else ''}, "
            f"{self.answered} answered"
            + (f", {star} behavioural (graded by STAR structure)" if star else "")
            + f"; {read} line{'s' if read != 1 else ''}: {lines}"
            + (f" ({', '.join(skipped)}, not questions)" if skipped else "")
            + (f"; {warned} warning{'s' if warned != 1 else ''}" if warned else "")
        )


def _of_links(note: str) -> bool:
    """A line skipped as a link or in a section of links (`importers/markdown/links.py`)."""
    return note.startswith(("a link only", "in a section of links"))


def _of_intro(note: str) -> bool:
    """An item of the list's introduction (`importers/markdown/introduction.py`)."""
    return note.startswith("the list's introduction")


def repeated_questions(found: ImportedList) -> list[Problem]:
    """A warning for each question whose prompt is the same as, or nearly the same as, an
    earlier one's (as `bank validate` finds them), naming both lines."""
    from ..bank import NEAR_DUPLICATE_RATIO, normalise_prompt, prompt_key
    from ..bank_checks import NEAR_DUPLICATE_REPORTS, near_duplicate_pairs

    prompts = [normalise_prompt(q.prompt) for q in found.questions]
    pairs = near_duplicate_pairs(prompts, NEAR_DUPLICATE_RATIO)
    warnings = []
    for earlier, later, score in pairs[:NEAR_DUPLICATE_REPORTS]:
        first, second = found.questions[earlier], found.questions[later]
        same = prompt_key(first.prompt) == prompt_key(second.prompt)
        alike = "repeats" if same else f"nearly repeats ({score:.0f}% alike)"
        why = f"this question {alike} the question on line {first.line}; keep one of them"
        warnings.append(Problem(found.source, second.line, why, warning=True))
    if len(pairs) > NEAR_DUPLICATE_REPORTS:
        rest = len(pairs) - NEAR_DUPLICATE_REPORTS
        line = found.questions[pairs[NEAR_DUPLICATE_REPORTS][1]].line
        why = f"{rest:,} more questions repeat an earlier one"
        why += f" (the first {NEAR_DUPLICATE_REPORTS} are listed)"
        warnings.append(Problem(found.source, line, why, warning=True))
    return warnings
