"""Wrong-claim lines as the matcher reads them: a concept's `contradicts`, a misconception's
phrase and aliases (the question's and the bank's). The grader keeps a line's content words, its
counting words and its direction words, each once (matching/phrases.make_phrase); a line whose
kept words state something true, or much less than it says, flags correct answers or says
nothing. Three readings are checked:

- a word said twice that the matcher keeps once: "GPT-4V maps text to text" is read as
  "GPT-4V maps text", which a correct answer says;
- a word of order or comparison dropped as a stop word (`KEY_STOP_WORDS`): "top-k keeps tokens
  until the probability reaches p" is read as "top-k keeps tokens", which is true;
- a negative word that names both sides: the line is read as a denial and found only where an
  answer denies ("works whether or not the data is labelled" is read as "not ... labelled").
  A plain denial ("needs no labels") is read as written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..bank import Bank, Question
from ..grading.matching import Phrase, claim_words, make_phrase
from ..grading.text import STOP_WORDS, Text
from .lines import Lines
from .problems import AuditProblem, problem

KEY_STOP_WORDS = frozenset("until before after".split()) & STOP_WORDS
"""Stop words that carry a wrong claim's point (when, in what order): where the matcher drops
them (they are kept as direction words only in some readings), "tokens are kept until p is
reached" keeps only "tokens kept p reached". A comparison's "than" is left out: its
comparative ("cheaper", "rather") is kept and says the point."""
TWO_SIDED_RE = re.compile(r"\b(?:whether or not|with or without|or not|no matter)\b", re.I)
"""A negative word that names both sides ("works whether or not the data is labelled"): the
line is read as a denial all the same, and found only where an answer denies."""


@dataclass(frozen=True)
class ClaimLine:
    """One wrong-claim line of the rubric, where it stands and what the matcher keeps of it."""

    where: tuple[str, int | None]
    said: str
    """Whose line it is: "genai-032: concept 'x': contradicts"."""
    text: str
    phrase: Phrase | None

    @property
    def kept(self) -> list[str]:
        return [token[0] for token in self.phrase.tokens] if self.phrase else []


def claim_lines(bank: Bank, lines: Lines, canon: Mapping[str, str]) -> Iterator[ClaimLine]:
    """Every wrong-claim line of the bank, in file order: each question's `contradicts` and own
    misconceptions, then the bank-wide misconceptions once."""
    for question in bank:
        yield from _question_lines(question, lines, canon)
    seen: set[str] = set()
    for question in bank:
        for m in question.misconceptions:
            if not m.common or m.phrase in seen:
                continue
            seen.add(m.phrase)
            for text in m.phrases:
                where = lines.rubric("*", "misconceptions", m.phrase, "aliases", text)
                yield ClaimLine(where, f"misconception '{m.phrase}'", text, _read(text, canon))


def _question_lines(
    question: Question, lines: Lines, canon: Mapping[str, str]
) -> Iterator[ClaimLine]:
    qid = question.id
    for concept in question.concepts:
        for text in concept.contradicts:
            where = lines.rubric(qid, "concepts", concept.name, "contradicts", text)
            said = f"{qid}: concept '{concept.name}': contradicts"
            yield ClaimLine(where, said, text, _read(text, canon))
    for m in question.misconceptions:
        if m.common:
            continue
        for text in m.phrases:
            where = lines.rubric(qid, "misconceptions", m.phrase, "aliases", text)
            yield ClaimLine(where, f"{qid}: misconception '{m.phrase}'", text, _read(text, canon))


def _read(text: str, canon: Mapping[str, str]) -> Phrase | None:
    return make_phrase(text, canon=canon, keep=claim_words(text), twice=True)


def misreadings(line: ClaimLine, canon: Mapping[str, str]) -> list[str]:
    """What the matcher's reading of the line loses, in words; empty when it reads as written."""
    phrase = line.phrase
    if phrase is None or (len(phrase.tokens) < 2 and not phrase.negative):
        return ["it keeps one word or none, and the grader ignores it"]
    found = []
    parsed = Text.of(line.text, canon=dict(canon))
    # a word written twice ("text to text") that the matcher keeps once is found in an
    # answer that says it once (claims keep it twice: make_phrase's `twice`)
    kept = {token[0]: token[1] for token in phrase.tokens}
    times = Counter(token[0] for token in phrase.tokens)
    counts = Counter(w for w in parsed.words if w in kept)
    twice = sorted(
        w
        for w, n in counts.items()
        if n > times[w] and times[w] < 2 and kept[w] not in phrase.repeated
    )
    if twice:
        words = ", ".join(f"'{s}'" for s in twice)
        found.append(f"it says {words} twice and the matcher keeps it once")
    said = {token[0] for token in phrase.tokens}
    dropped = sorted({w for w in parsed.words if w in KEY_STOP_WORDS and w not in said})
    if dropped:
        found.append(f"'{', '.join(dropped)}' carries the claim and is dropped as a stop word")
    both = TWO_SIDED_RE.search(line.text)
    if phrase.negative and both:
        found.append(
            f"'{both.group(0)}' names both sides but makes it a denial, found only where an "
            "answer denies"
        )
    return found


def claim_line_problems(bank: Bank, lines: Lines, canon: Mapping[str, str]) -> list[AuditProblem]:
    """A warning for every wrong-claim line the matcher reads as something else, with the words
    it keeps, at the line's place in the rubric."""
    found = []
    for line in claim_lines(bank, lines, canon):
        lost = misreadings(line, canon)
        if lost:
            found.append(
                problem(
                    line.where,
                    "claim-line-reading",
                    f"{line.said} '{line.text}' is read as '{' '.join(line.kept)}': "
                    + "; ".join(lost),
                    warning=True,
                )
            )
    return found
