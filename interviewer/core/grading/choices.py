"""A multiple-choice question is graded on the choice the answer names (mc63, after play62: the
right answer "D: undefined and ReferenceError" scored 25.8 and was flagged as restating the
question, a bare "B" 0.0, since the choices' words are the question's own).

The rule, for a question whose bank lists `choices` (lettered A, B, C ... in order) and
`answer` (the right letter); an open question is never read here:

- **Which choice the answer names** (`named_choice`). Only letters among the choices count.
  - *A leading letter*: the answer opens (after spaces, quotes, `*`, `>`) with a letter alone
    (`D`), followed by `:`, `.`, `)`, `,`, `;`, a dash or the end (`D:`, `D.`, `D) ...`), in
    parentheses (`(D)`), or, for a capital other than `A` and `I`, a space (`D because ...`):
    "A closure ..." and "I think ..." open with a word, not a choice. Letters joined to it by
    "or", "and", "/" or "," (`A or D`, `B/C`) are named too.
  - *A named letter anywhere*: "option D", "choice d", "answer D", "answer: D", "the answer is
    D" (a capital after "answer": "the answer is a closure" names none), "(D)".
  - *A choice's full text*, when no letter is named: the answer opens with a choice's text
    (compared without case, backticks, quotes and punctuation; the longest such choice):
    "undefined and ReferenceError, because ..." names D.
  - Two different letters named (`A or D`, "option A ... (C)") is **no clear choice**.
- **Right choice**: the score is the words' grade or 80.0, whichever is higher (`adequate` at
  least; `strong` only when the words earn it: the reason is graded as before), the
  explanation says "Choice D is right", and `too_short` / `restates_question` / `empty` are
  dropped with their notes (a letter is the whole answer a list asks for; "A" alone has no
  content word and was graded as empty). The explanation is the one part `choice`, whose
  points are the score.
- **Wrong choice**: the score is the words' grade or 20.0, whichever is lower (`missing`),
  feedback "You chose A; the answer is D: <its text>" alone (what the words' grade said of
  the reason, "close to the answer key", would mislead), the same flags dropped, and no
  concept listed as matched or missed (a report's "What to do next" named the reference's
  words "target", "window" as missed by an answer "A").
- **No clear choice**: the words' grade as it was, with "Name one choice: A, B, C or D." first
  in its feedback. An empty answer's grade is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..bank import CHOICE_LETTERS as LETTERS
from ..bank import Question
from .feedback import RESTATED_NOTE, SAY_MORE_NOTE
from .result import Grade, ScorePart, band_for

RIGHT_FLOOR = 80.0
"""The least a right choice scores: `adequate` (a grade of 4 of 5)."""
WRONG_CEILING = 20.0
"""The most a wrong choice scores: `missing` (a grade of 1 of 5)."""

_DROPPED_FLAGS = ("too_short", "restates_question", "empty")
_DROPPED_NOTES = (RESTATED_NOTE, SAY_MORE_NOTE)

_LEAD = r"^[\s*_\"'`>\u201c\u2018]*"
_BARE_RE = re.compile(
    _LEAD + r"(?:\(([A-Ha-h])\)|([A-Ha-h])(?=[*_]*(?:$|\s*[:.),;!?/])|\s+[-\u2013\u2014]\s"
    r"|\s+(?:or|and)\s+\(?[A-Ha-h]\b)|([B-H])(?=\s))"
)
_JOINED_RE = re.compile(r"\s*(?:or|and|/|,)\s*\(?([A-Ha-h])\b\)?", re.I)
_NAMED_RE = re.compile(
    r"\b(?:[Oo]ption|OPTION|[Cc]hoice|CHOICE)\s*:?\s*\(?([A-Ha-h])(?!\w)"
    r"|\b(?:[Aa]nswer|ANSWER)(?:\s+is)?\s*:?\s*\(?([A-H])(?!\w)"
    r"|\(([A-H])\)"
)
_PLAIN_RE = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class NamedChoice:
    """What an answer names: one letter, or none (`letters` holds every letter found)."""

    letter: str | None
    letters: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.letters) > 1


def _plain(text: str) -> str:
    return " ".join(_PLAIN_RE.sub(" ", text.lower()).split())


def _keyword_matches(answer: str) -> list[str]:
    """Letters named with a keyword ("option D", "the answer is D") or in parentheses."""
    return [next(g for g in m.groups() if g) for m in _NAMED_RE.finditer(answer)]


def named_choice(answer: str, count: int, texts: tuple[str, ...] = ()) -> NamedChoice:
    """The choice `answer` names among `count` lettered choices (their `texts` for a choice
    named by its text), by the rules of this module's docstring. Never raises."""
    allowed = LETTERS[: max(0, min(count, len(LETTERS)))]
    letters: list[str] = []
    bare = _BARE_RE.match(answer)
    if bare is not None:
        letters.append(next(g for g in bare.groups() if g))
        position = bare.end()
        while answer[position : position + 1] in (")", "*", "_") and position < len(answer):
            position += 1
        while (joined := _JOINED_RE.match(answer, position)) is not None:
            letters.append(joined.group(1))
            position = joined.end()
    letters += _keyword_matches(answer)
    named = tuple(dict.fromkeys(x.upper() for x in letters if x.upper() in allowed))
    if len(named) == 1:
        return NamedChoice(named[0], named)
    if named:
        return NamedChoice(None, named)
    said = _plain(answer)
    best: tuple[int, str] | None = None
    for letter, text in zip(allowed, texts, strict=False):
        plain = _plain(text)
        opens = plain and (said == plain or said.startswith(plain + " "))
        if opens and (best is None or len(plain) > best[0]):
            best = (len(plain), letter)
    if best is not None:
        return NamedChoice(best[1], (best[1],))
    return NamedChoice(None)


def _listed(letters: str) -> str:
    return letters[0] if len(letters) == 1 else f"{', '.join(letters[:-1])} or {letters[-1]}"


def graded_choice(question: Question, answer: object, grade: Grade) -> Grade:
    """`grade` (the words' grade of `answer`) read again on the choice it names, when
    `question` lists choices; unchanged otherwise and for an empty answer."""
    if question.rubric is not None or question.right_choice is None or not question.choices:
        return grade
    if not isinstance(answer, str):
        return grade
    if not answer.strip():
        return grade
    letters = LETTERS[: len(question.choices)]
    named = named_choice(answer, len(question.choices), question.choices)
    if named.letter is None:
        said = f" (you named {' and '.join(named.letters)})" if named.ambiguous else ""
        note = f"Name one choice: {_listed(letters)}{said}."
        return replace(grade, feedback=(note, *grade.feedback))
    right = question.right_choice
    right_text = question.choices[letters.index(right)]
    flags = tuple(f for f in grade.flags if f not in _DROPPED_FLAGS)
    # "A" alone has no content word ('a' is a stop word): graded as empty, it is a choice here
    words_graded = "empty" not in grade.flags
    kept = tuple(n for n in grade.feedback if n not in _DROPPED_NOTES) if words_graded else ()
    if named.letter == right:
        score = max(grade.score, RIGHT_FLOOR)
        detail = f"Choice {right} is right"
        feedback = (f"Choice {right} is right: {right_text}", *kept)
    else:
        score = min(grade.score, WRONG_CEILING)
        detail = f"You chose {named.letter}; the answer is {right}"
        feedback = (f"You chose {named.letter}; the answer is {right}: {right_text}",)
    part = ScorePart("choice", 1.0 if named.letter == right else 0.0, score, detail)
    if named.letter != right:  # what the words matched or missed is beside the point
        grade = replace(grade, matched=(), missed=(), misconceptions=(), contradictions=())
    return replace(
        grade,
        score=score,
        band=band_for(score, flags),
        flags=flags,
        feedback=feedback,
        explanation=(part,),
        expected_grade=None if grade.expected_grade is None else round(score / 20.0, 2),
    )
