"""Statements said past a threshold: "With a large enough batch, LLM decoding is compute-bound
too" says what decoding becomes beyond a point, not that decoding is compute-bound (flag60,
stop 49: it flagged genai-167's wrong claim 'LLM decoding is compute-bound' on a correct
answer, as did "once the batch is large enough" and "only at very large batch sizes").

A statement is said past a threshold when its sentence holds, outside the statement's own
words, a condition of degree:

- "enough" in a clause that a condition or a circumstance opens before it ("with", "when",
  "once", "if", "given", "at", "after", "beyond": "with a large enough batch", "once
  the batch is large enough", "given enough requests"), before or after the statement;
- "only" right before such a word ("only at very large batch sizes", "only once the batch
  is big", "only with enough data").

The condition must stand in the statement's clause or the clause right before or after it:
"RLHF completely eliminates hallucinations: any made-up statement gets a low reward, so after
enough PPO steps ..." (train-blind w48b-010, a wrong answer the first version let go) claims
the elimination; the threshold frames only its own clause.

"if" alone is read by frames.py (in the statement's clause); a plain "with X" ("with batching,
decoding is compute-bound") is a claim about X and stays one.
"""

from __future__ import annotations

from collections.abc import Sequence

from .unit_spans import unit_end, unit_start

OPENERS = frozenset("with when once if given at after beyond above past whenever".split())
"""Words that open a condition or circumstance a degree ("enough") or "only" can make a
threshold of."""


def past_threshold(
    words: Sequence[str], sentences: Sequence[int], clauses: Sequence[int], positions: Sequence[int]
) -> bool:
    """Whether the statement at `positions` is said past a threshold (the module's
    docstring)."""
    first, last = min(positions), max(positions)
    # the sentence of the statement's first word, and the statement itself when it runs on
    start, end = unit_start(sentences, first), max(last, unit_end(sentences, first))
    near = range(clauses[first] - 1, clauses[last] + 2)
    for k in (*range(start, first), *range(last + 1, end + 1)):
        word = words[k]
        if clauses[k] not in near:
            continue  # "..., so after enough steps it can no longer ..." frames its own clause
        if word == "only" and k + 1 <= end and k + 1 != first and words[k + 1] in OPENERS:
            return True
        if word == "enough" and _opened_before(words, clauses, k, first, last):
            return True
    return False


def _opened_before(
    words: Sequence[str], clauses: Sequence[int], k: int, first: int, last: int
) -> bool:
    """Whether an OPENERS word stands before "enough" at `k` in its clause, and after the
    statement's words (`first` to `last`) when "enough" follows them."""
    j = k - 1
    while j >= 0 and clauses[j] == clauses[k] and not (k > last and j <= last):
        if words[j] in OPENERS:
            return True
        j -= 1
    return False
