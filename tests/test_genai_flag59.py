"""flag59: wrong-claim lines of tunable questions that flag a true sentence a correct answer
naturally says, narrowed by tune57's rule (decisions and reasons: the flag59 section of
docs/grading-log.md). Each correct sentence below was flagged on 528bb0cf; each wrong control
is still found (a contradiction or misconception, < 25).

- genai-167: with a large enough batch, decoding becomes compute-bound (the roofline's ridge
  point, cp59f-014) -> the bare 'decode is compute-bound' and 'decoding is compute-bound' are
  gone; kept: 'LLM decoding is compute-bound' (a committed pronoun probe of 57p needs it) and
  the swapped or likened forms ('... and prefill is memory-bound', '... like prefill').
- genai-200: running a cross-encoder over the whole corpus would be far too slow -> 'cross-encoder
  over the whole corpus' is now said with a verb ('runs / is run over', 'searches the whole
  corpus', 'first stage uses a cross-encoder').
"""

from __future__ import annotations

import pytest

CORRECT = [
    (
        "genai-167",
        "Batching raises intensity until the batch is large enough to reach the ridge point, "
        "where decoding becomes compute-bound too.",
    ),
    ("genai-167", "When the batch is large enough, decoding becomes compute-bound."),
    ("genai-167", "Decoding only becomes compute-bound at very large batch sizes."),
    ("genai-167", "Batching helps until decoding becomes compute-bound."),
    ("genai-200", "Running a cross-encoder over the whole corpus would be far too slow."),
    ("genai-200", "Using a cross-encoder over the whole corpus would be far too slow."),
]

WRONG = [
    ("genai-167", "LLM decoding is compute-bound."),
    ("genai-167", "Decode is compute-bound like prefill."),
    ("genai-167", "Decoding is compute-bound like prefill, so batching helps little."),
    ("genai-167", "Decoding is compute-bound while prefill is memory-bound."),
    (
        "genai-167",
        "LLM decoding produces one token at a time for each sequence. Thus it is compute-bound "
        "rather than memory-bound.",
    ),
    ("genai-200", "The cross-encoder runs over the whole corpus at query time."),
    ("genai-200", "The cross-encoder is run over the whole corpus and the bi-encoder reranks."),
    ("genai-200", "The first stage uses a cross-encoder over the whole corpus."),
    ("genai-200", "The first stage uses a cross-encoder."),
    ("genai-200", "The cross-encoder scores the whole corpus."),
]

CASES = [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_only_the_wrong_claim_is_flagged(genai, genai_grader, question_id, answer, wrong) -> None:
    """A true sentence a correct answer naturally says keeps no contradiction or misconception;
    the wrong claim is still found and keeps it under 25."""
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = (grade.contradictions, grade.misconceptions, grade.score)
    if wrong:
        assert (grade.contradictions or grade.misconceptions) and grade.score < 25, found
    else:
        assert not grade.contradictions and not grade.misconceptions, found
