"""Play test 27 (grader 3.13): a keyword string of hyphenated terms ("encoder-only
decoder-only ..."); reversed claims said with "turn it down/up", "big" and "maximise"; a concise
contrast of degrees ("low is focused, high is random"); a list answering a question that asks
for one."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank, Concept
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.concepts import (
    Mentions,
    find_concepts,
    prepare_concept,
    prepare_subjects,
)
from interviewer.core.grading.flags import asks_for_list
from interviewer.core.grading.keywords import is_keyword_string
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.matching.phrases import flipped, make_phrase
from interviewer.core.grading.text import Text


def keyword_string(text: str) -> bool:
    parsed = Text.of(text)
    return is_keyword_string(parsed, Structure.of(parsed))


@pytest.mark.parametrize(
    "answer",
    [
        # play27 M1: 85.2 strong, its two "only" read as function words
        "encoder-only decoder-only bidirectional causal masked language modeling next-token "
        "prediction fine-tuning generation classification",
        "decoder-only next-token prediction causal masking in-context learning scaling laws "
        "instruction-tuned RLHF",
        "end-to-end training state-of-the-art diffusion U-Net noise schedule classifier-free "
        "guidance latent space",
    ],
)
def test_a_run_of_hyphenated_terms_is_a_keyword_string(answer: str) -> None:
    assert keyword_string(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "BERT is encoder-only and reads both ways; GPT is decoder-only and predicts the next "
        "token.",
        "A decoder-only model generates text left to right, one token at a time.",
        "Train end-to-end so the encoder learns features for the task.",
    ],
)
def test_sentences_with_hyphenated_terms_are_not(answer: str) -> None:
    assert not keyword_string(answer)


def grade(grader: Grader, bank: Bank, qid: str, answer: str):  # noqa: ANN201
    return grader.grade(bank.get(qid), answer)


def test_the_hyphenated_keyword_string_scores_below_a_real_answer(
    genai: Bank, genai_grader: Grader
) -> None:
    keywords = grade(
        genai_grader,
        genai,
        "genai-023",
        "encoder-only decoder-only bidirectional causal masked language modeling next-token "
        "prediction fine-tuning generation classification",
    )
    real = grade(
        genai_grader,
        genai,
        "genai-023",
        "BERT only has the encoder, so every word sees the words before and after it, and it is "
        "trained by filling in hidden words; GPT only has the decoder, sees earlier words only "
        "and is trained to predict the next word, which is why it generates text.",
    )
    assert "keyword_list" in keywords.flags
    assert not keywords.passed and real.passed and keywords.score < real.score


def test_up_and_down_are_opposite_directions() -> None:
    phrase = make_phrase("turn the volume up")
    assert phrase is not None
    assert [t[1] for v in flipped(phrase) for t in v.tokens if t[1] == "down"] == ["down"]


REVERSED = [
    # play27 M2, and the same claims as other candidates would word them
    (
        "genai-031",
        "Temperature scales the logits. When you turn the temperature down the model "
        "takes more risks and picks unusual words; when you turn it up it plays it safe and always "
        "picks the top token.",
    ),
    (
        "genai-031",
        "It divides the logits. Turning the temperature down makes the model more "
        "adventurous and random, turning it up makes it conservative and predictable.",
    ),
    (
        "genai-110",
        "FID compares Inception features of real and generated images with means and "
        "covariances. A low FID means your generator is doing badly and a big FID is what you "
        "want.",
    ),
    (
        "genai-110",
        "FID compares the statistics of Inception-v3 features of real and generated "
        "images. You want to maximise it: the further apart the two distributions, the better.",
    ),
    (
        "genai-110",
        "It is the Fréchet distance between Gaussians fitted to Inception features. "
        "When the FID is low the generator is bad; you want a high FID score.",
    ),
]
CORRECT = [
    (
        "genai-031",
        "Temperature scales the logits. When you turn the temperature down the model "
        "plays it safe and always picks the top token; when you turn it up it takes more risks and "
        "picks unusual words.",
    ),
    (
        "genai-031",
        "It divides the logits. Turning the temperature down makes the model "
        "conservative and predictable, turning it up makes it more random and creative.",
    ),
    (
        "genai-110",
        "FID fits Gaussians to Inception features of real and fake images and takes the "
        "Fréchet distance. You want to minimise it: a low FID is good, a high FID means the "
        "generator is bad.",
    ),
    (
        "genai-110",
        "It compares the distributions of Inception features of real and generated "
        "images. A big FID is bad, a small one is what you want.",
    ),
]


@pytest.mark.parametrize(("qid", "answer"), REVERSED)
def test_a_reversed_direction_in_other_words_is_flagged(
    genai: Bank, genai_grader: Grader, qid: str, answer: str
) -> None:
    result = grade(genai_grader, genai, qid, answer)
    assert "contradiction" in result.flags and not result.passed, result


@pytest.mark.parametrize(("qid", "answer"), CORRECT)
def test_the_same_direction_the_right_way_round_is_not(
    genai: Bank, genai_grader: Grader, qid: str, answer: str
) -> None:
    result = grade(genai_grader, genai, qid, answer)
    assert "contradiction" not in result.flags and not result.contradictions, result


# play27 M3: a concise contrast of degrees ("low is focused, high is random") says the
# comparison that the rubric's "more focused" and "more random" spell out


def _findings(answer: str, concepts: list[Concept], asked: str) -> dict[str, str]:
    subjects = prepare_subjects(concepts, asked=frozenset(Text.of(asked).content_stems()))
    prepared = [
        prepare_concept(c, [p for a in c.phrases if (p := make_phrase(a)) is not None], subjects)
        for c in concepts
    ]
    found = find_concepts(prepared, subjects, Answer.of(Text.of(answer)))
    return {f.concept.name: f.status for f in found}


LEARNING_RATE = [
    Concept("overshoots", 3, ("more unstable",), about=("high learning rate",)),
    Concept("crawls", 3, ("more cautious",), about=("low learning rate",)),
]
ASKED = "What does the learning rate change?"


def test_a_degree_word_alone_names_a_setting_of_the_asked_quantity() -> None:
    subjects = prepare_subjects(LEARNING_RATE, asked=frozenset(Text.of(ASKED).content_stems()))
    assert [[t[1] for t in p.tokens] for p in subjects[0].elided] == [["high"]]
    # without the question's words, "high" alone names nothing
    assert prepare_subjects(LEARNING_RATE)[0].elided == ()


@pytest.mark.parametrize(
    ("answer", "named"),
    [
        ("At a high rate it is unstable.", True),
        ("High values are unstable.", True),
        ("Tokens of high-probability are kept.", False),
        ("Tokens of high probability are kept.", False),
    ],
)
def test_the_degree_word_names_the_setting_only_with_no_other_noun_after_it(
    answer: str, named: bool
) -> None:
    subjects = prepare_subjects(LEARNING_RATE, asked=frozenset(Text.of(ASKED).content_stems()))
    mentions = Mentions.of(subjects, Answer.of(Text.of(answer)))
    assert bool(mentions.positions[0]) is named


def test_the_bare_word_of_a_more_phrase_said_of_its_subject_is_credited() -> None:
    found = _findings(
        "With a high rate it is unstable, with a low rate cautious.", LEARNING_RATE, ASKED
    )
    assert found == {"overshoots": "credited", "crawls": "credited"}


@pytest.mark.parametrize(
    "answer",
    [
        "With a low rate it is unstable, with a high rate cautious.",  # said of the other
        "With a high rate it is less unstable, with a low rate not cautious.",  # turned
        "Training can be unstable or cautious.",  # said of no setting
    ],
)
def test_the_bare_word_is_not_credited_otherwise(answer: str) -> None:
    found = _findings(answer, LEARNING_RATE, ASKED)
    assert "credited" not in found.values(), found


CONCISE = [
    "Temperature divides the logits; low is focused, high is random.",
    "Low T sharpens the softmax toward argmax, high T flattens it.",
    "Temperature divides the logits: low gives focused output, high gives random output.",
]


@pytest.mark.parametrize("answer", CONCISE)
def test_concise_temperature_answers_are_credited_both_sides(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    result = grade(genai_grader, genai, "genai-031", answer)
    matched = {m.concept for m in result.matched}
    assert {"sharpens the distribution", "flattens the distribution"} <= matched, result
    assert result.score > 40 and not result.flags


@pytest.mark.parametrize(
    "answer",
    [
        "Temperature divides the logits; high is more focused, low is more random.",
        "Low T flattens the softmax, high T sharpens it toward argmax.",
    ],
)
def test_concise_temperature_answers_turned_around_are_flagged(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    result = grade(genai_grader, genai, "genai-031", answer)
    assert "contradiction" in result.flags and not result.passed, result


# play27 M4: a question that asks for a list is answered by one


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("What can Generative AI make besides text?", True),
        ("What are the main types of Generative AI?", True),
        ("Name three primary colours.", True),
        ("List the stages of mitosis.", True),
        ("Give two examples of a sorting algorithm.", True),
        ("Give an example of a conflict you helped resolve.", False),
        ("What are the trade-offs between the two types of attention?", False),
        ("What kinds of bias can a language model show?", True),
        ("What is temperature in language generation?", False),
        ("What can go wrong when fine-tuning on a small dataset?", False),
        ("How does BERT differ from GPT?", False),
    ],
)
def test_a_question_asking_for_a_list_is_told_apart(prompt: str, asks: bool) -> None:
    assert asks_for_list(prompt) is asks


def test_a_list_answering_a_list_question_is_no_keyword_string(
    genai: Bank, genai_grader: Grader
) -> None:
    for answer in (
        "Images, audio and music, video, code, 3D models and synthetic data",
        "Pictures, songs, voices and video clips.",
    ):
        result = grade(genai_grader, genai, "genai-011", answer)
        assert "keyword_list" not in result.flags, result
        assert {"image generation", "video generation"} <= {m.concept for m in result.matched}
    listed = grade(genai_grader, genai, "genai-011", "Images, audio and music, video, code")
    assert listed.passed, listed


def test_a_list_of_the_wrong_things_still_scores_nothing(genai: Bank, genai_grader: Grader) -> None:
    result = grade(
        genai_grader, genai, "genai-011", "Diffusion, transformers, GANs, latent space, embeddings."
    )
    assert not result.passed and not result.matched


def test_the_same_list_on_a_question_that_asks_why_is_still_flagged(
    genai: Bank, genai_grader: Grader
) -> None:
    result = grade(
        genai_grader,
        genai,
        "genai-031",
        "logits, softmax, sharpening, flattening, randomness, creativity, greedy decoding",
    )
    assert "keyword_list" in result.flags and not result.passed, result
