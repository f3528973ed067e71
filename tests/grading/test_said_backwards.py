"""A direction an alias names between two nouns ("text-to-image", "left to right", "images from
text") said the other way round in the answer ("image to text", "right to left", "text from
images") is not found (matching/phrases.direction_of, matching/matches.said_backwards): the
words are the alias's, the relation between them is not."""

from __future__ import annotations

from clause_match import alias_found as found
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import make_phrase

NOUNS = ("text", "image", "speech", "video", "audio", "music", "pixels", "molecule")
"""Nouns no verb is spelt as ("to code" reads as an infinitive, and is no direction)."""


def test_the_direction_of_an_alias_is_read_between_two_nouns_only() -> None:
    def direction(alias: str) -> tuple[str, str] | None:
        phrase = make_phrase(alias)
        assert phrase is not None
        return phrase.direction

    assert direction("text-to-image") == ("text", "imag")
    assert direction("left to right") == ("left", "right")
    assert direction("pictures from descriptions") == ("description", "pictur")
    # an infinitive, a verb's "from", a stop word beside the marker: no direction
    assert direction("trained to predict the next token") is None
    assert direction("learns from human feedback") is None
    assert direction("added to the prompt") is None
    assert direction("sequence to sequence") is None


def test_a_direction_said_the_other_way_is_not_found() -> None:
    assert found("text-to-image", "It turns text into images.")
    assert found("text-to-image", "It makes images from text prompts.")
    assert not found("text-to-image", "It turns images into text.")
    assert not found("text-to-image", "It converts an image to text.")
    assert not found("text-to-image", "It writes text from images.")
    assert found("left to right", "The decoder reads the sentence left to right.")
    assert not found("left to right", "The decoder reads the sentence right to left.")


def test_words_with_no_marker_or_far_apart_say_no_direction_and_are_found() -> None:
    assert found("text-to-image", "Image generation guided by text is the main use.")
    assert found("text-to-image", "Images are generated, and the user only types text.")
    assert found("speech to text", "Transcription turns speech into text.")
    assert found(
        "text-to-image",
        "The image model was trained on captions, and people pay a lot to write text.",
    )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(NOUNS), st.sampled_from(("to", "into")))
def test_an_alias_finds_its_own_direction_and_never_the_reverse(
    source: str, target: str, marker: str
) -> None:
    if source == target:
        return
    alias = f"{source} to {target}"
    assert found(alias, f"The model maps {source} {marker} {target} quickly.")
    assert found(alias, f"The model makes {target} from {source} quickly.")
    assert not found(alias, f"The model maps {target} {marker} {source} quickly.")
    assert not found(alias, f"The model makes {source} from {target} quickly.")


def test_a_question_asked_about_text_to_image_credits_only_the_right_way(
    genai: Bank, genai_grader: Grader
) -> None:
    question = genai.get("genai-079")

    def credited(answer: str) -> set[str]:
        return {m.concept for m in genai_grader.grade(question, answer).matched}

    assert "text-to-image" in credited("Diffusion models turn text into images for artists.")
    assert "text-to-image" not in credited("Diffusion models turn images into text.")


def test_a_marker_that_belongs_to_another_noun_is_not_read() -> None:
    # "to" leads from "speech" here, not from "images"
    assert found("text-to-image", "It handles images and speech-to-text audio.")
    assert not found("text-to-image", "It turns the images into text.")
