"""The grade of a multiple-choice answer, once the choice it names is read (`named.py`): for a
question whose bank lists `choices` and `answer` (an open question is never read here).

- **Right choice**: the score is the words' grade or 80.0, whichever is higher (`adequate` at
  least; `strong` only when the words earn it: the reason is graded as before). The feedback
  is "Choice D is right: <its text>", then, when the words' grade alone does not pass (the
  reason is not the key's, or there is none), "The key's reason: <the reference's first
  sentence after the choice>" (none when the reference gives no reason). The words' own notes
  ("far from the answer key's wording", "Not detected: ...") and the key words listed as
  missed are dropped: the candidate named the right choice. The flags on the words' form,
  `too_short`, `restates_question`, `empty`, `keyword_list`, `off_topic`, are dropped too (a
  label is the whole answer a list asks for; "A" alone has no content word and was graded as
  empty). The explanation is the one part `choice`, whose points are the score.
- **Wrong choice**: a score of 0.0 (`missing`), whatever its words: a wrong choice is wrong.
  Feedback "You chose A; the answer is D: <its text>" alone, the same flags dropped, and no
  concept listed as matched or missed.
- **No clear choice**: the words' grade as it was, with "Name one choice: A, B, C or D." first
  in its feedback. An empty answer's grade is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...bank import Question
from ..result import PASS_CUTOFF, Grade, ScorePart, band_for
from .named import named_choice, plain_text

RIGHT_FLOOR = 80.0
"""The least a right choice scores: `adequate` (a grade of 4 of 5)."""
WRONG_SCORE = 0.0
"""What a wrong choice scores, whatever its words: `missing`."""
REASON_CHARS = 240
"""The longest "The key's reason: ..." line; a longer first sentence is cut at a word."""

_DROPPED_FLAGS = ("too_short", "restates_question", "empty", "keyword_list", "off_topic")
"""Flags on the words' form, dropped with their notes once a choice is read: a label is the
whole answer a list asks for, and "4, not (1): the semicolon ends it" is no list of terms."""

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(\[])")


def _listed(labels: tuple[str, ...]) -> str:
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"


def key_reason(question: Question) -> str | None:
    """The first sentence of the question's first reference after the right choice it opens
    with ("D: `undefined` and `1`." then the reason), cut to `REASON_CHARS`; None when the
    reference gives no reason."""
    if not question.reference_answers or question.right_choice is None:
        return None
    text = " ".join(question.reference_answers[0].split())
    right = question.right_choice
    right_text = question.choices[question.choice_labels.index(right)]
    opening = re.match(rf"\(?{re.escape(right)}\b\)?\s*[:.)\-\u2013\u2014]?\s*", text, re.I)
    if opening is not None:
        text = text[opening.end() :]
        plain_choice = plain_text(right_text)
        words = text.split()
        taken = 0  # the most words that read as the choice's text ("{ name: 'Mr John' }.")
        for size in range(1, len(words) + 1):
            head = plain_text(" ".join(words[:size]))
            if head == plain_choice and words[size - 1].endswith((".", ",", ";", ":", "!", "?")):
                taken = size  # the choice as a sentence or clause of its own
            elif not plain_choice.startswith(head):
                break
        if taken:
            text = " ".join(words[taken:]).lstrip(" .,;:")
    reason = _SENTENCE_END_RE.split(text, maxsplit=1)[0].strip()
    if not re.search(r"\w", reason):
        return None
    if len(reason) > REASON_CHARS:
        reason = reason[:REASON_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:") + " ..."
    return reason


def graded_choice(question: Question, answer: object, grade: Grade) -> Grade:
    """`grade` (the words' grade of `answer`) read again on the choice it names, when
    `question` lists choices; unchanged otherwise and for an empty answer."""
    if question.rubric is not None or question.right_choice is None or not question.choices:
        return grade
    if not isinstance(answer, str):
        return grade
    if not answer.strip():
        return grade
    labels = question.choice_labels
    numbered = question.right_choice.isdigit()
    named = named_choice(answer, len(question.choices), question.choices, numbered)
    if named.letter is None:
        said = f" (you named {' and '.join(named.letters)})" if named.ambiguous else ""
        if named.number_or_text is not None:
            number, others = (
                named.number_or_text,
                [x for x in named.letters if x != named.number_or_text],
            )
            said = (
                f' ("{number}" is choice {number} and the text of choice {" and ".join(others)}:'
                f' write "option {number}" or "option {others[0]}")'
            )
        note = f"Name one choice: {_listed(labels)}{said}."
        return replace(grade, feedback=(note, *grade.feedback))
    right = question.right_choice
    right_text = question.choices[labels.index(right)]
    flags = tuple(f for f in grade.flags if f not in _DROPPED_FLAGS)
    if named.letter == right:
        score = max(grade.score, RIGHT_FLOOR)
        detail = f"Choice {right} is right"
        feedback: tuple[str, ...] = (f"Choice {right} is right: {right_text}",)
        # "A" alone has no content word ('a' is a stop word): graded as empty, no reason given
        reason_passed = "empty" not in grade.flags and grade.score >= PASS_CUTOFF
        reason = None if reason_passed else key_reason(question)
        if reason is not None:
            feedback += (f"The key's reason: {reason}",)
        grade = replace(grade, missed=())
    else:
        score = WRONG_SCORE
        detail = f"You chose {named.letter}; the answer is {right}"
        feedback = (f"You chose {named.letter}; the answer is {right}: {right_text}",)
        # what the words matched or missed is beside the point
        grade = replace(grade, matched=(), missed=(), misconceptions=(), contradictions=())
    part = ScorePart("choice", 1.0 if named.letter == right else 0.0, score, detail)
    return replace(
        grade,
        score=score,
        band=band_for(score, flags),
        flags=flags,
        feedback=feedback,
        explanation=(part,),
        expected_grade=None if grade.expected_grade is None else round(score / 20.0, 2),
    )
