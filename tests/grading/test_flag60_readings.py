"""flag60: what "too" denies and statements said past a threshold (issue 8, stop 49).

- "too X to VERB": the "to" is a negation of the rest of its clause ("a cross-encoder is too slow
  to score the whole corpus" does not say it scores the whole corpus), not after "all too", and
  what stands before "too" is still said (too_to.too_to);
- a statement said wholly in a gerund, infinitive or relative-clause subject that "would be too
  X" rules out is supposed, not claimed ("a cross-encoder that scored the whole corpus would be
  far too slow": too_to.ruled_out_subject, read by Asides.framed);
- a "without" after "too X" in its clause names what is needed ("too much for a single GPU
  without sharding"): too_to.needed_without;
- a statement said past a threshold ("with a large enough batch", "once the batch is large
  enough", "only at very large batch sizes") is not a general claim (thresholds.py).

Found on blind correct answers (correct_probes60f cp60f-001, 003, 015, 017) and stop 48's known
cases (genai-200, genai-167). Each reading's test failed on affad430; the wrong controls in the
same shapes pass on both.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching.answer import Answer
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.text import Text
from interviewer.core.grading.thresholds import past_threshold
from interviewer.core.grading.too_to import needed_without, ruled_out_subject, too_to


def made(answer: str) -> Answer:
    return Answer.of(Text.of(answer))


def span(words: list[str], phrase: str) -> list[int]:
    """The positions of the words of `phrase`, in order, first found."""
    parts = phrase.split()
    for i in range(len(words) - len(parts) + 1):
        if words[i : i + len(parts)] == parts:
            return list(range(i, i + len(parts)))
    raise AssertionError(phrase)


def flagged(genai, genai_grader, question_id: str, answer: str) -> bool:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    "answer",
    [
        "A cross-encoder is too slow to score the whole corpus.",
        "A cross-encoder is far too slow to score the whole corpus.",
        "The model is too large to fit on one GPU.",
        "The prompt holds too many tokens to be processed in one pass.",
    ],
)
def test_the_to_after_too_is_a_negation(answer: str) -> None:
    words = made(answer).text.words
    assert any(too_to(words, i) for i in range(len(words)))


@pytest.mark.parametrize(
    "answer",
    [
        "The point is too close to the boundary.",
        "It is all too easy to overfit a small dataset.",
        "A cross-encoder is not too slow to score a short list.",
        "Decoding is compute-bound too.",
        "It is only too happy to answer.",
    ],
)
def test_still_no_negation(answer: str) -> None:
    words = made(answer).text.words
    assert not any(too_to(words, i) for i in range(len(words)))


def test_what_stands_before_too_is_still_said() -> None:
    answer = made("A cross-encoder is too slow to score the whole corpus.")
    words = answer.text.words
    assert not answer.structure.rejected(span(words, "is too slow"))
    assert answer.structure.rejected(span(words, "score the whole corpus"))


def test_a_rubric_phrase_that_says_too_to_is_a_negative_one() -> None:
    phrase = make_phrase("the model is too small to memorise the data")
    assert phrase is not None and phrase.negative


@pytest.mark.parametrize(
    ("answer", "statement"),
    [
        ("A cross-encoder that scored the whole corpus would be far too slow.", "scored the whole"),
        ("A cross-encoder scoring the whole corpus would be too slow.", "scoring the whole"),
        ("Using the biggest model for everything would be too expensive.", "biggest model for"),
        ("Scoring the whole corpus with a cross-encoder is too slow.", "whole corpus with"),
        ("To score the whole corpus with a cross-encoder would be too slow.", "whole corpus"),
    ],
)
def test_a_subject_ruled_out_by_too_is_supposed(answer: str, statement: str) -> None:
    parsed = made(answer)
    text, structure = parsed.text, parsed.structure
    positions = span(text.words, statement)
    assert ruled_out_subject(text.words, text.stems, structure.clauses, positions)
    assert structure.framed(positions)


@pytest.mark.parametrize(
    ("answer", "statement"),
    [
        ("A cross-encoder scores the whole corpus and is too slow.", "scores the whole"),
        ("A cross-encoder scores the whole corpus, which is too slow.", "scores the whole"),
        ("Using the biggest model for everything is the best approach.", "biggest model for"),
        ("A cross-encoder that scores the whole corpus is the first stage.", "scores the whole"),
        ("The cross-encoder scores the whole corpus.", "scores the whole"),
        ("Forgetting happens when the learning rate during fine-tuning is too low.", "happens"),
    ],
)
def test_still_claimed(answer: str, statement: str) -> None:
    parsed = made(answer)
    text, structure = parsed.text, parsed.structure
    positions = span(text.words, statement)
    assert not ruled_out_subject(text.words, text.stems, structure.clauses, positions)


@pytest.mark.parametrize(
    "answer",
    [
        "With a large enough batch, LLM decoding is compute-bound too.",
        "When the batch is large enough, LLM decoding is compute-bound.",
        "Once the batch is large enough, LLM decoding is compute-bound.",
        "LLM decoding is compute-bound once the batch is large enough.",
        "LLM decoding is compute-bound only at very large batch sizes.",
        "Given enough requests in the batch, LLM decoding is compute-bound.",
    ],
)
def test_a_statement_past_a_threshold_is_not_a_claim(answer: str) -> None:
    parsed = made(answer)
    text, structure = parsed.text, parsed.structure
    positions = span(text.words, "llm decoding is compute bound")
    assert past_threshold(text.words, structure.sentences, structure.clauses, positions)


@pytest.mark.parametrize(
    "answer",
    [
        "LLM decoding is compute-bound.",
        "With batching, LLM decoding is compute-bound.",
        "Even with a small batch, LLM decoding is compute-bound.",
        "LLM decoding is compute-bound, so batching helps little. Prefill is fast enough.",
        "LLM decoding is compute-bound and only prefill is memory-bound.",
        "LLM decoding is compute-bound: each step reads the weights, so after enough steps "
        "the cache grows.",
    ],
)
def test_still_a_claim_without_a_threshold(answer: str) -> None:
    parsed = made(answer)
    text, structure = parsed.text, parsed.structure
    positions = span(text.words, "llm decoding is compute bound")
    assert not past_threshold(text.words, structure.sentences, structure.clauses, positions)


@pytest.mark.parametrize(
    ("answer", "needed"),
    [
        ("A 7B model needs 112 GB, too much for a single GPU without sharding.", True),
        ("Generation is too slow without a KV cache.", True),
        ("DPO works too without a reward model.", False),
        ("You can train it on one GPU without sharding.", False),
    ],
)
def test_a_without_after_too_names_what_is_needed(answer: str, needed: bool) -> None:
    parsed = made(answer)
    words = parsed.text.words
    at = words.index("without")
    assert needed_without(words, parsed.structure.clauses, at) is needed
    assert parsed.structure.negated(at + 1) is not needed


CORRECT = [
    ("genai-200", "A cross-encoder is too slow to score the whole corpus."),
    ("genai-200", "A cross-encoder is far too slow to score the whole corpus."),
    ("genai-200", "A cross-encoder that scored the whole corpus would be far too slow."),
    ("genai-200", "A cross-encoder scoring the whole corpus would be too slow."),
    ("genai-167", "With a large enough batch, LLM decoding is compute-bound too."),
    ("genai-167", "LLM decoding is compute-bound only at very large batch sizes."),
    ("genai-167", "Once the batch is large enough, LLM decoding is compute-bound."),
    ("genai-125", "Using the biggest model for everything would be too expensive."),
    (
        "genai-186",
        "A 7B model needs around 112 GB before activations, too much for a single 80 GB GPU "
        "without sharding.",
    ),
]

WRONG = [
    ("genai-200", "A cross-encoder scores the whole corpus."),
    ("genai-200", "A cross-encoder scores the whole corpus, which is too slow."),
    ("genai-200", "A cross-encoder scores the whole corpus and is too slow."),
    ("genai-200", "A cross-encoder is fast enough to score the whole corpus."),
    ("genai-200", "It is all too easy for a cross-encoder to score the whole corpus."),
    ("genai-200", "A cross-encoder that scores the whole corpus is the first stage."),
    ("genai-167", "LLM decoding is compute-bound."),
    ("genai-167", "With batching, LLM decoding is compute-bound."),
    ("genai-167", "Even with a small batch, LLM decoding is compute-bound."),
    ("genai-125", "Use the biggest model for everything."),
    ("genai-125", "Using the biggest model for everything is the best approach."),
    ("genai-186", "You can train a 7B model with Adam on one GPU without sharding."),
    (
        "genai-099",
        "This is also why RLHF completely eliminates hallucinations: any made-up statement gets "
        "a low reward, so after enough PPO steps the model can no longer produce false content.",
    ),
    (
        "genai-092",
        "Catastrophic forgetting happens when the learning rate during fine-tuning is too low.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_true_sentence_is_not_flagged(genai, genai_grader, question_id: str, answer: str) -> None:
    assert not flagged(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_still_flagged(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert flagged(genai, genai_grader, question_id, answer)
