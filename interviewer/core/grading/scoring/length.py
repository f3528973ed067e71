"""The length signal: content words on the question's subject, each counted a few times at most,
full at a length the question's longest reference may lower; a complete answer is not a short
one, and an answer mostly wrong does not keep the credit of its length."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..flags import said_once
from ..matching import Answer
from ..prepared import PreparedQuestion
from ..text import Text
from .off_subject import off_subject

FULL_LENGTH_WORDS = 40
"""Content words on the question's subject at which the length signal is full, unless the
question's longest reference says fewer (full_length)."""
SHORTEST_FULL_LENGTH = 10
"""The length signal is never full below this many content words, however short the
references."""


def kept_length(length: float, right: float, wrong: float) -> float:
    """The length signal of an answer whose claims found wrong weigh `wrong` and those found
    right `right` (rubric weight): whole while the right outweigh the wrong, else scaled by
    right / wrong, so that an answer whose claims are mostly caught as wrong does not keep the
    credit of its length (play28 M1: 'length +58' next to 'wrong claims -47' left a fluent answer
    wrong on every point at 45-50, 'weak'). A correct answer falsely flagged on one concept
    keeps it: its right claims outweigh the one found wrong. Measured on trust.py (train / dev):
    fluent wrong mean 24.3 -> 24.1 / 24.5 -> 23.8, Spearman 0.840 -> 0.841 / 0.849 -> 0.851,
    the other kinds unchanged; the 9 false flags of false_flags.py unchanged (setting the
    length to 0 instead measured the same)."""
    if wrong <= right:
        return length
    return length * right / wrong


COMPLETE_COVERAGE = 0.6
"""An answer whose concepts detected hold at least this share of the rubric's weight has the
length signal of that share when it is shorter: a complete answer said in few words is not a
short one (play26: a 31-word answer with 8 of 8 concepts scored 80, and four words of padding
made it 100). Chosen on the dev split (0, 0.6 and 0.8 tried: 0 cost 0.003 of Spearman, 0.6 and
0.8 changed nothing there; 0.6 lifted fresh-dev's grade-4 answers passing from 88% to 92%)."""


def complete_length(coverage: float) -> float:
    """The length signal an answer of this coverage has at least (see COMPLETE_COVERAGE)."""
    return coverage if coverage >= COMPLETE_COVERAGE else 0.0


REPEATS_COUNTED = 3
"""A content word counts towards length at most this many times."""
_SPACE = re.compile(r"\s")
"""Any character `str.isspace` holds to be a space (the same set, code point for code point)."""


def content_length(parsed: Answer, off: frozenset[int], said: list[int]) -> int:
    """Content words towards the length signal: those of the sentences on the question's
    subject (not in `off`), a sentence that repeats an earlier one's content words counting
    once (flags.said_once), and each word at most REPEATS_COUNTED times: the same sentence
    pasted a hundred times says it once. (`off` holds whole sentences, judged by their words,
    so a repeat is off exactly when the sentence it repeats is.) `said` is flags.said_once of
    the answer."""
    text = parsed.text
    stems, spans, raw = text.stems, text.spans, text.raw
    uses: dict[str, int] = {}
    read_as_term: dict[tuple[int, int], int] = {}
    count = 0
    for i in said:
        if i not in off:
            uses[stems[i]] = uses.get(stems[i], 0) + 1
            count += uses[stems[i]] <= REPEATS_COUNTED
            start, end = spans[i]
            if _SPACE.search(raw, start, end):
                read_as_term[spans[i]] = read_as_term.get(spans[i], 0) + 1
    # a run of plain words read as a term ("makes things up" as "hallucination",
    # plain_words.py) stands as the term's words, all with the run's span: the answer is as
    # long as it was written
    for (start, end), term_words in read_as_term.items():
        count += max(0, len(Text.of(text.raw[start:end]).content) - term_words)
    return count


def full_length(prepared: PreparedQuestion, references: Sequence[Text]) -> int:
    """The content words on the subject at which the length signal is full: FULL_LENGTH_WORDS,
    or what the longest reference says, counted the same way, if it says fewer (at least
    SHORTEST_FULL_LENGTH). The bank's own complete answer is long enough: a one-sentence
    reference had graded `weak` in its own rubric for its length alone (play22 F4), and an
    off-topic sentence added to it made it pass. The bundled genai references all say 67 or
    more, so nothing changes there."""
    longest = 0
    for text in references:
        parsed = Answer.of(text)
        counted = content_length(
            parsed, off_subject(parsed, prepared), said_once(parsed.text, parsed.structure)
        )
        longest = max(longest, counted)
    if not longest:
        return FULL_LENGTH_WORDS
    return max(SHORTEST_FULL_LENGTH, min(FULL_LENGTH_WORDS, longest))
