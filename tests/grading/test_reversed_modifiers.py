"""Two matcher readings that the stems of one word family needed (stems48, from words47's
branch): a claim turned around keeps its comparative's place before its noun
(modifiers.adjacent_pairs), and a claim's last word that qualifies a noun after a joining word
is not said of the claim's subject (ties.qualifies_a_noun_after)."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict

from interviewer.core.grading.matching import Answer, make_phrase, match_statement
from interviewer.core.grading.matching.modifiers import adjacent_pairs, modifies_another
from interviewer.core.grading.matching.phrases import flipped
from interviewer.core.grading.text import Text
from interviewer.core.grading.ties import qualifies_a_noun_after

FITS = "fits on smaller GPUs"


def test_a_claim_turned_around_keeps_its_comparative_before_its_noun() -> None:
    phrase = make_phrase(FITS)
    assert phrase is not None
    turned = flipped(phrase)
    assert turned  # "fits on larger GPUs", "fits on bigger GPUs"
    # the flipped word ("larger") is not in the claim's text: it stands where "smaller" does
    assert all(adjacent_pairs(t) == adjacent_pairs(phrase) == {1} for t in turned)


def test_an_opposite_before_another_noun_does_not_turn_the_claim() -> None:
    # genai-145's correct answer: "bigger" is said of the models, "fewer" of the GPUs
    phrase = make_phrase(FITS)
    assert phrase is not None
    answer = Answer.of(Text.of("Int4 allows fitting bigger models on fewer GPUs."))
    for turned in flipped(phrase):
        match = match_statement(turned, answer, unit="clause")
        if match is not None:
            assert modifies_another(adjacent_pairs(turned), answer, list(match.positions))


def test_the_opposite_before_the_claims_noun_still_turns_it() -> None:
    phrase = make_phrase(FITS)
    assert phrase is not None
    answer = Answer.of(Text.of("Int4 allows fitting the model on bigger GPUs."))
    found = [
        (t, m)
        for t in flipped(phrase)
        if (m := match_statement(t, answer, unit="clause")) is not None
    ]
    assert found
    assert not any(modifies_another(adjacent_pairs(t), answer, list(m.positions)) for t, m in found)


@pytest.mark.parametrize(
    "text",
    [
        # genai-091's correct answer: the validation loss rises, not the training loss
        "The signal is a gap between falling training loss and rising or flat validation loss.",
        "We saw falling training loss and rising validation loss.",
    ],
)
def test_a_last_word_qualifying_a_noun_after_it_is_not_said_of_the_subject(text: str) -> None:
    assert tie_verdict(qualifies_a_noun_after, "training loss rises", text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Training loss is falling and rising.",  # no noun after it
        "Training loss and rising, validation loss too.",  # a comma: no modifier
        "Training loss and rising 3 times.",
    ],
)
def test_the_claim_is_kept_with_no_noun_right_after(text: str) -> None:
    assert tie_verdict(qualifies_a_noun_after, "training loss rises", text) is False


def test_a_noun_ending_the_claim_qualifies_nothing_after_it() -> None:
    # wrong_claims_probes47 genai-094: "quality and duplicates help" is no "quality
    # duplicates"; the wrong claim is said (the stems branch had lost this catch: 44.5 -> 100.0)
    text = "Quantity matters far more than quality and duplicates help the model."
    assert tie_verdict(qualifies_a_noun_after, "quantity matters more than quality", text) is False
