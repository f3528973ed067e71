"""across_comma.said_across_comma returns at once when a word of the claim is nowhere in the
answer (matching.word_missing): neither its subject nor its rest can then be found, so the
answer is the same as the full reading's (speed41: 24,313 of 27,228 calls on 600 speed.py
answers end there)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import across_comma
from interviewer.core.grading.across_comma import said_across_comma
from interviewer.core.grading.matching import COUNTING, Answer, Match, make_phrase
from interviewer.core.grading.text import Text

CLAIMS = [
    "LoRA trains all of the model's weights",
    "a VAE is trained adversarially",
    "Triton is a hosted cloud service",
]
WORDS = (
    "LoRA VAE Triton which is are trains trained all of the model's weights adversarially"
    " hosted cloud service services however in short , , and or never a critic"
).split()


def _read(claim: str, sentence: str, full: bool, monkeypatch: pytest.MonkeyPatch) -> Match | None:
    phrase = make_phrase(claim, keep=COUNTING, twice=True)
    assert phrase is not None
    with monkeypatch.context() as patched:
        if full:
            patched.setattr(across_comma, "word_missing", lambda phrase, answer: False)
        return said_across_comma(phrase, Answer.of(Text.of(sentence), frozenset()))


@pytest.mark.parametrize(
    ("claim", "sentence", "found"),
    [
        (CLAIMS[0], "Most teams pick LoRA, which trains all of the model's weights.", True),
        (CLAIMS[0], "Most teams pick LoRA, which trains all of the adapter.", False),
        (CLAIMS[1], "A GAN, in short, is trained adversarially.", False),
        (CLAIMS[2], "Good options are Ollama and Triton, which are hosted cloud services.", True),
    ],
)
def test_same_as_the_full_reading(
    claim: str, sentence: str, found: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = _read(claim, sentence, False, monkeypatch)
    assert (quick is not None) is found
    assert quick == _read(claim, sentence, True, monkeypatch)


@settings(max_examples=150, deadline=None)
@given(claim=st.sampled_from(CLAIMS), words=st.lists(st.sampled_from(WORDS), max_size=16))
def test_same_as_the_full_reading_on_any_words(claim: str, words: list[str]) -> None:
    sentence = " ".join(words).replace(" ,", ",") + "."
    with pytest.MonkeyPatch.context() as monkeypatch:
        quick = _read(claim, sentence, False, monkeypatch)
        assert quick == _read(claim, sentence, True, monkeypatch)


def test_the_rests_of_a_claim_are_worked_out_once() -> None:
    from interviewer.core.grading.across_comma import RESTS, subjects_and_rests

    phrase = make_phrase("standard diffusion models denoise every frame jointly", keep=COUNTING)
    assert phrase is not None
    first = subjects_and_rests(phrase)
    assert [size for size, _ in first] == [1, 2, 3]
    assert [rest.tokens for _, rest in first if rest is not None] == [
        phrase.tokens[size:] for size in (1, 2, 3)
    ]
    assert RESTS[id(phrase)][0] is phrase
    assert subjects_and_rests(phrase) is first  # remembered, not worked out again
    short = make_phrase("LoRA trains faster weights", keep=COUNTING)
    assert short is not None and len(short.tokens) == 4
    assert [rest is None for _, rest in subjects_and_rests(short)] == [False, True]
