"""Play test 29 F3: a swapped sentence earns no credit, and a half swap is caught.

- "the discriminator generates images and the generator tells real from fake": the concept's
  name "discriminator tells real from fake" was matched over "and the generator", its subject
  word taken from the first claim and its words from the second; the second claim is said of
  the generator (`Mentions.interrupting`).
- "GQA instead compresses the keys and values into a small low-rank latent vector per token,
  caches only that latent": loosely matched words plainly said of GQA were neither a swap (not
  said in order) nor denied credit; now they earn none.
- "the encoder attends to the decoder output": the question's word "encoder" is left out of the
  alias "attends to the encoder output", and the decoder named inside it as an object is not
  the one it is said of.
"""

from __future__ import annotations

from said_of import said_of

from interviewer.core.bank import Bank, Concept
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import (
    Mentions,
    attribution,
    prepare_subjects,
    swap_of,
)
from interviewer.core.grading.text import Text

GENERATOR = Concept("generator makes fakes", 3, (), about=("generator",))
DISCRIMINATOR = Concept("discriminator tells real from fake", 3, (), about=("discriminator",))


def _said_of(text: str, words: list[str], concept: Concept) -> tuple[bool, str | None]:
    return said_of((GENERATOR, DISCRIMINATOR), text, words, concept)


def test_a_phrase_run_over_another_subjects_claim_is_said_of_that_subject() -> None:
    text = "The discriminator generates images and the generator tells real from fake."
    assert _said_of(text, ["discriminator", "tells", "real", "fake"], DISCRIMINATOR) == (
        False,
        "said of generator, but it is true of discriminator",
    )


def test_the_right_way_round_it_is_said_of_its_own_subject() -> None:
    text = "The generator makes images and the discriminator tells real from fake."
    assert _said_of(text, ["discriminator", "tells", "real", "fake"], DISCRIMINATOR) == (
        True,
        None,
    )
    # and a subject named as an object inside the phrase does not cut it
    text = "The discriminator compares the generator output with real images, real or fake."
    assert _said_of(text, ["discriminator", "real", "fake"], DISCRIMINATOR) == (True, None)


def test_a_span_said_alike_is_not_cut_at_a_subject_inside_it() -> None:
    # swap_of is given a span's first and last word (the meaning match): no phrase to cut
    subjects = prepare_subjects([GENERATOR, DISCRIMINATOR])
    answer = Answer.of(Text.of("The discriminator scores images and the generator fools it."))
    mentions = Mentions.of(subjects, answer)
    last = len(answer.text.words) - 1
    assert swap_of(1, answer, mentions, subjects, [1, last]) is None


ENCODER = Concept("contextual representations", 2, (), about=("encoder",))
DECODER = Concept("cross-attention", 3, (), about=("decoder",))


def test_its_own_subject_named_as_an_object_inside_the_statement_does_not_own_it() -> None:
    subjects = prepare_subjects([ENCODER, DECODER])
    answer = Answer.of(Text.of("The encoder attends to the decoder output."))
    mentions = Mentions.of(subjects, answer)
    words = answer.text.words
    positions = [words.index("attends"), words.index("output")]
    assert attribution(1, answer, mentions, subjects, positions) == (
        False,
        "said of encoder, but it is true of decoder",
    )
    answer = Answer.of(Text.of("The decoder attends to the encoder output."))
    mentions = Mentions.of(subjects, answer)
    words = answer.text.words
    positions = [words.index("attends"), words.index("output")]
    assert attribution(1, answer, mentions, subjects, positions) == (True, None)


MLA_SWAPPED = (
    "MLA shrinks the cache by sharing one key and value head across each group of query heads, "
    "so fewer KV heads are stored. GQA instead compresses the keys and values into a small "
    "low-rank latent vector per token, caches only that latent, and up-projects it back to full "
    "keys and values at attention time, with decoupled RoPE. So GQA saves more memory than MLA."
)
GAN_HALF_SWAP = (
    "A GAN has a generator that makes fakes from noise; the discriminator generates images and "
    "the generator tells real from fake. Training is unstable."
)
GAN_RIGHT = (
    "A GAN has a generator that makes fakes from noise; the generator makes images and the "
    "discriminator tells real from fake. Training is unstable."
)


def test_the_swapped_mla_answer_earns_nothing_from_its_swapped_sentence(
    genai: Bank, genai_grader: Grader
) -> None:
    # play29 F3: 45 weak, crediting 'caches only the latent' from the GQA sentence
    grade = genai_grader.grade(genai.get("genai-168"), MLA_SWAPPED)
    assert "caches only the latent" not in {m.concept for m in grade.matched}
    assert {"low-rank latent compression", "GQA shares KV heads"} <= set(grade.got_wrong)
    assert grade.score < 30


def test_a_half_swapped_gan_answer_is_caught(genai: Bank, genai_grader: Grader) -> None:
    # play29 F3: 48 weak, crediting 'discriminator tells real from fake' with no "Got wrong"
    grade = genai_grader.grade(genai.get("genai-072"), GAN_HALF_SWAP)
    assert "discriminator tells real from fake" in grade.got_wrong
    assert "discriminator tells real from fake" not in {m.concept for m in grade.matched}
    assert "contradiction" in grade.flags and grade.score < 30
    right = genai_grader.grade(genai.get("genai-072"), GAN_RIGHT)
    assert "contradiction" not in right.flags
    assert "discriminator tells real from fake" in {m.concept for m in right.matched}


def test_the_encoder_said_to_attend_to_the_decoder_is_caught(
    genai: Bank, genai_grader: Grader
) -> None:
    wrong = (
        "The encoder is bidirectional: every token sees every other. The decoder generates one "
        "token at a time and the encoder attends to the decoder output through cross-attention."
    )
    grade = genai_grader.grade(genai.get("genai-044"), wrong)
    assert "cross-attention" in grade.got_wrong
    right = wrong.replace("the encoder attends to the decoder", "it attends to the encoder")
    grade = genai_grader.grade(genai.get("genai-044"), right)
    assert "cross-attention" in {m.concept for m in grade.matched}
    assert "contradiction" not in grade.flags


def test_a_correct_three_way_answer_keeps_its_meaning_match(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "MHA gives every query head its own key and value head, MQA shares one key-value head "
        "across all query heads, and GQA splits them into groups with one key-value head per "
        "group, a middle ground."
    )
    grade = genai_grader.grade(genai.get("genai-164"), answer)
    assert "separate KV heads in MHA" in {m.concept for m in grade.matched}
    assert "contradiction" not in grade.flags


def test_only_of_a_hyphenated_word_is_not_a_statements_only(
    genai: Bank, genai_grader: Grader
) -> None:
    # a correct control: "encoder-only ... left and right context" had stated the rubric's wrong
    # claim "BERT only sees the left context" (45.1 weak, contradiction)
    answer = (
        "BERT is encoder-only and sees the left and right context, trained with masked language "
        "modelling, and GPT is decoder-only, reads left to right and predicts the next token, so "
        "it generates text."
    )
    grade = genai_grader.grade(genai.get("genai-023"), answer)
    assert "contradiction" not in grade.flags and grade.passed
    wrong = "BERT is encoder-only and only sees the left context."
    assert "bidirectional attention" in genai_grader.grade(genai.get("genai-023"), wrong).got_wrong


def test_a_colon_carries_only_a_subject_named_in_its_own_segment() -> None:
    # "FM: ..." after "diffusion: ...; " is not said of diffusion (a terse keyword_strings note
    # lost its credit for 'straight paths' to this once a loose match said of another earned none)
    text = "Discriminator: tells real from fake; G: turns noise into fake images."
    assert _said_of(text, ["turns", "noise", "fake", "images"], GENERATOR) == (False, None)
    text = "Discriminator: tells real from fake, turns noise into fake images."
    assert _said_of(text, ["turns", "noise", "fake", "images"], GENERATOR) == (
        False,
        "said of discriminator, but it is true of generator",
    )
