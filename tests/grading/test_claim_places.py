"""Every place an answer says a listed wrong claim is read, each under its own frame and denial
(claim_places.py, pron67; frame66's "Noticed and left alone": "Early diffusion models were
limited to images. Today diffusion models are limited to images." was not flagged)."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.claim_places import other_places
from interviewer.core.grading.matching import Answer, make_phrase, match_statement
from interviewer.core.grading.text import Text


def _flagged(genai: Bank, grader: Grader, question: str, answer: str) -> bool:
    grade = grader.grade(genai.get(question), answer)
    return bool(grade.misconceptions or grade.contradictions)


def test_each_other_sentence_holding_the_claim_is_a_place() -> None:
    answer = Answer.of(
        Text.of(
            "In the past, GPT read text in both directions. It was small. "
            "GPT still reads text in both directions. Later GPT reads text in both directions."
        )
    )
    phrase = make_phrase("GPT reads text in both directions")
    assert phrase is not None
    first = match_statement(phrase, answer, "clause")
    assert first is not None and answer.structure.sentences[first.positions[0]] == 0
    places = list(
        other_places(phrase, answer, first, lambda s: match_statement(phrase, answer, "clause", s))
    )
    assert [answer.structure.sentences[m.positions[0]] for m in places] == [2, 3]
    assert all(len({answer.structure.sentences[p] for p in m.positions}) == 1 for m in places)


def test_a_claim_denied_at_its_first_place_has_no_other_place() -> None:
    # the lead's mend of review67's finding: only a time or scope frame lets the claim be
    # looked for again; a denial says what the answer thinks of it
    answer = Answer.of(
        Text.of("GPT does not read text in both directions. GPT reads text in both directions.")
    )
    phrase = make_phrase("GPT reads text in both directions")
    assert phrase is not None
    first = match_statement(phrase, answer, "clause", 0)  # the denied place
    assert first is not None and answer.structure.sentences[first.positions[0]] == 0
    assert not list(
        other_places(phrase, answer, first, lambda s: match_statement(phrase, answer, "clause", s))
    )


def test_a_claim_said_once_has_no_other_place() -> None:
    answer = Answer.of(Text.of("GPT reads text in both directions. Text is long."))
    phrase = make_phrase("GPT reads text in both directions")
    assert phrase is not None
    first = match_statement(phrase, answer, "clause")
    assert first is not None
    assert not list(
        other_places(phrase, answer, first, lambda s: match_statement(phrase, answer, "clause", s))
    )


def test_a_claim_of_one_word_is_read_at_its_first_place_only() -> None:
    # false_flags' first finding: a negative line of one word ("cannot be gamed") flagged a
    # correct answer that said "the policy can exploit its flaws ... nothing to game"
    answer = Answer.of(Text.of("The policy can game its flaws. There is nothing to game."))
    phrase = make_phrase("cannot be gamed")
    assert phrase is not None and len(phrase.tokens) == 1
    first = match_statement(phrase, answer, "clause")
    assert first is not None
    assert not list(
        other_places(phrase, answer, first, lambda s: match_statement(phrase, answer, "clause", s))
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # frame66's case: the first place is said of older systems, the second is not
        (
            "genai-079",
            "Early diffusion models were limited to images. "
            "Today diffusion models are limited to images.",
        ),
        (
            "genai-079",
            "In the past, diffusion models were limited to images. "
            "Today diffusion models are limited to images.",
        ),
        # a `contradicts` line, the same way
        (
            "genai-006",
            "In the past, GPT read text in both directions. GPT still reads text in both "
            "directions.",
        ),
    ],
)
def test_a_claim_set_aside_in_one_place_and_said_in_another_is_flagged(
    genai: Bank, genai_grader: Grader, question: str, answer: str
) -> None:
    assert _flagged(genai, genai_grader, question, answer), answer


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the second place is denied, or set aside in its turn
        (
            "genai-079",
            "Early diffusion models were limited to images. "
            "Today diffusion models are not limited to images.",
        ),
        (
            "genai-006",
            "It is a myth that GPT reads text in both directions. "
            "In fact GPT never reads text in both directions.",
        ),
        (
            "genai-006",
            "It is a myth that GPT reads text in both directions. GPT reads text left to right.",
        ),
        # one place only
        (
            "genai-079",
            "Early diffusion models were limited to images. "
            "Now they also make video, audio and 3D shapes.",
        ),
        # review67: a claim denied, then the reason given, whose subject says the claim again
        (
            "genai-093",
            "Do not train for many more epochs. Training for many more epochs lets the model "
            "memorise the data.",
        ),
        (
            "genai-093",
            "Never duplicate your best examples. Duplicating your best examples makes the model "
            "memorise them.",
        ),
        (
            "genai-161",
            "Text watermarks do not survive paraphrasing well. Surviving paraphrasing would "
            "need a semantic watermark.",
        ),
        (
            "genai-094",
            "Do not remove refusal examples. Removing refusal examples teaches the model never "
            "to refuse.",
        ),
        (
            "genai-027",
            "BERT does not mask half of the tokens. Masking half of the tokens would hurt.",
        ),
        (
            "genai-093",
            "Do not use a higher learning rate. A higher learning rate makes it worse, so use a "
            "lower one.",
        ),
    ],
)
def test_a_claim_set_aside_everywhere_it_is_said_is_not_flagged(
    genai: Bank, genai_grader: Grader, question: str, answer: str
) -> None:
    assert not _flagged(genai, genai_grader, question, answer), answer
