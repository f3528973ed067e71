"""A second reader's checks of phrase54's phrase lines (review54, issue 8).

"Bias" is not "unfair treatment of groups" in every machine-learning context: a key's "bias"
is also statistical bias (pass@k's unbiased estimator, genai-191), a layer's bias term
(layer normalization, genai-043) or an architecture's inductive bias (DiT, genai-196). Read as
"bias" there, a wrong reason ("an unbiased estimator is used so the benchmark does not treat
some groups unfairly") earned the key's term: genai-191 43.0 -> 62.1 at 11a9198.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text

_UNFAIR = "so the benchmark does not treat some groups unfairly"


def _read(key: str, answer: str, prompt: str) -> list[str]:
    return PlainWords.of(prompt, [key]).read(Text.of(answer)).words


@pytest.mark.parametrize(
    ("prompt", "key"),
    [
        (
            "Why is an unbiased estimator used for pass@k?",
            "The naive estimate 1 - (1 - c/n)^k is biased.",
        ),
        ("What does layer normalization do?", "It applies a learned gain and bias."),
        ("How does a DiT differ from a U-Net?", "Convolutions carry a locality bias."),
    ],
)
def test_unfair_treatment_is_not_read_as_a_key_s_bias(prompt, key):
    answer = f"An unbiased estimator is used {_UNFAIR}."
    assert _read(key, answer, prompt) == Text.of(answer).words


def test_the_pass_at_k_question_gives_no_credit_for_a_fairness_reason(genai, genai_grader):
    grader = genai_grader
    question = genai.get("genai-191")
    stem = "pass@k is the chance that at least one of k samples passes the unit tests. "
    fair = grader.grade(
        question,
        stem + f"An unbiased estimator is used {_UNFAIR}, like less common programming languages.",
    )
    plain = grader.grade(
        question,
        stem + "A special estimator is used so the benchmark is fair to less common programming "
        "languages.",
    )
    assert fair.score <= plain.score + 5
