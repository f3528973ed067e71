"""veto54: statements said of another method or held by other people are not the candidate's
claims (correct_probes54, issue 8).

- A relative clause opened by "where" on the noun a rejecting phrase names ("unlike
  underfitting, where the model fails to learn the new task") is said of that noun, as "which"
  already was (review52's finding on genai-092); so is a relative clause on the noun after
  "compared with", "compared to", "in contrast to" (asides.py `_set_aside`). The main clause
  after it is the candidate's claim.
- A misconception named with who holds it is dismissed: "a mistake people make is to think
  that ...", "people often assume ..." (denial_words.DISMISSING). Not a model's own mistake
  ("each mistake it makes").
Sentences written for this test; each with a control that is still read as a claim."""

from __future__ import annotations

import pytest

from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denial_words import dismissing
from interviewer.core.grading.text import Text


def read(text: str) -> tuple[Structure, list[str]]:
    structure = Structure.of(Text.of(text))
    return structure, structure.text.words


@pytest.mark.parametrize(
    ("text", "other", "claimed"),
    [
        (
            "Unlike an RNN, where order comes from reading tokens one by one, a Transformer "
            "sees all tokens at once.",
            "order",
            "sees",
        ),
        (
            "Compared with prompting, where you only change the instructions, fine-tuning "
            "updates the weights.",
            "change",
            "updates",
        ),
        (
            "In contrast to GANs, where a discriminator judges each sample, diffusion models "
            "learn to remove noise.",
            "judges",
            "remove",
        ),
    ],
)
def test_a_relative_clause_on_the_other_method_is_set_aside(
    text: str, other: str, claimed: str
) -> None:
    s, w = read(text)
    assert s.dismissed([w.index(other)])
    assert not s.dismissed([w.index(claimed)])


def test_compared_with_does_not_set_aside_its_own_clause() -> None:
    s, w = read("Compared with prompting, fine-tuning updates the weights.")
    assert not s.dismissed([w.index("updates")])


@pytest.mark.parametrize(
    "before",
    [
        "a mistake people make is to think that",
        "a misconception many have is that",
        "people often assume",
        "people sometimes assume",
    ],
)
def test_a_misconception_named_with_its_holder_is_dismissed(before: str) -> None:
    assert dismissing(before.split())


@pytest.mark.parametrize(
    "before", ["the generator learns from each mistake it makes and", "the mistake the model"]
)
def test_a_models_own_mistake_dismisses_nothing(before: str) -> None:
    assert not dismissing(before.split())


CORRECT = [
    (
        "genai-075",
        "GAN training is unstable. A mistake people make is to think that the fix is to make "
        "the discriminator as strong as possible; a perfect discriminator gives the generator "
        "almost no gradient. Use a Wasserstein loss with gradient penalty and spectral "
        "normalization.",
    ),
    (
        "genai-094",
        "People often assume more data is always better, but for fine-tuning quality matters "
        "more than quantity: a small set of accurate, diverse examples beats a large noisy one.",
    ),
    (
        "genai-081",
        "Fine-tuning updates the weights on examples of the task. Compared with prompting, "
        "where changing settings like temperature is all you do, it needs data and compute.",
    ),
]
WRONG = [
    (
        "genai-075",
        "GAN training is unstable. The fix is to make the discriminator as strong as possible "
        "so the generator gets the best gradients.",
    ),
    ("genai-094", "For fine-tuning, more data is always better, so scrape as much as you can."),
    (
        "genai-081",
        "Fine-tuning means changing settings like temperature until the answers look right.",
    ),
]


@pytest.mark.parametrize(
    ("question_id", "answer", "wrong"),
    [(q, a, False) for q, a in CORRECT] + [(q, a, True) for q, a in WRONG],
)
def test_graded_with_the_real_bank(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    found = bool(grade.contradictions or grade.misconceptions)
    assert found == wrong and (grade.score < 25) == wrong, (grade.score, grade.contradictions)
