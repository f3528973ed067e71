"""The words of a question's own wrong claims are no typos (claim_words.py): a word only a
`contradicts` line or a misconception uses is left as typed, so the claim is found; a misspelt
word is still read as the question's word it misspells."""

from __future__ import annotations

from graded import assert_no_wrong_claim, assert_wrong_claim_caught, matched_concepts

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.claim_words import claim_stems

DIFFUSION = Question(
    id="t-diffusion",
    prompt="Why did diffusion models displace GANs for image generation?",
    reference_answers=(
        "Diffusion models train stably on a denoising objective with no adversarial game, "
        "and they cover every mode of the data instead of collapsing to a few.",
    ),
    concepts=(
        Concept(
            "stable training",
            2,
            ("stable training", "no adversarial game", "trains stably"),
            description="Diffusion training is stable: a denoising objective, no adversarial game.",
            contradicts=("diffusion models are trained adversarially",),
        ),
        Concept(
            "covers all modes",
            2,
            ("cover every mode", "no mode collapse"),
            description="Diffusion models cover every mode of the data.",
        ),
    ),
    misconceptions=(
        Misconception(
            "diffusion models pit a generator against a discriminator",
            note="Diffusion models denoise; no discriminator is trained against them.",
        ),
    ),
)


def _grader() -> Grader:
    return Grader(Bank(id="t", title="t", version="1", questions=(DIFFUSION,)))


def test_the_stems_of_the_contradicts_and_misconceptions():
    stems = claim_stems(DIFFUSION)
    assert "adversarially" in stems  # of the `contradicts` line
    assert "discriminator" in stems  # of the misconception
    assert "denois" not in stems  # a reference's word, no claim's


def test_a_word_only_a_wrong_claim_uses_is_not_read_as_a_typo():
    # "adversarially" was read as the reference's "adversarial", and the claim was not found
    grade = _grader().grade(DIFFUSION, "Diffusion models are trained adversarially.")
    assert_wrong_claim_caught(grade)


def test_the_claim_word_in_a_longer_answer():
    grade = _grader().grade(
        DIFFUSION,
        "Diffusion models won because diffusion models are trained adversarially with a "
        "much stronger discriminator, which gives sharper images than GANs.",
    )
    assert_wrong_claim_caught(grade)


def test_the_claim_word_denied_is_no_wrong_claim():
    grade = _grader().grade(
        DIFFUSION,
        "Diffusion models are not trained adversarially: they train stably on a denoising "
        "objective and cover every mode of the data.",
    )
    assert_no_wrong_claim(grade)
    assert "stable training" in matched_concepts(grade)


def test_a_misspelt_word_is_still_read_as_the_questions():
    grade = _grader().grade(
        DIFFUSION, "Diffusion models have stabel trainng and they cover every mode."
    )
    assert "stable training" in matched_concepts(grade)
    assert_no_wrong_claim(grade)
