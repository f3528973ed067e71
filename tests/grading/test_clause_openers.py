"""Words a statement writes side by side are not found across the start of a new clause
(matching/clause_openers.py): "causal masking, so each token ..." does not say "masked tokens"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, make_phrase, match_statement
from interviewer.core.grading.matching.clause_openers import CLAUSE_OPENERS
from interviewer.core.grading.text import Text


def _stated(phrase_text: str, answer: str) -> bool:
    phrase = make_phrase(phrase_text)
    assert phrase is not None
    return match_statement(phrase, Answer.of(Text.of(answer))) is not None


def test_a_modifier_and_its_noun_across_a_new_clause_are_no_statement() -> None:
    assert not _stated("masked tokens", "It uses causal masking, so each token sees the past.")
    assert not _stated("frozen weights", "The base stays frozen, while weights of adapters train.")
    assert not _stated("noisy labels", "Crowd work is noisy, because labels come from many people.")


def test_the_same_words_in_one_clause_or_a_list_are_still_said() -> None:
    assert _stated("masked tokens", "BERT predicts the masked tokens from both sides.")
    assert _stated("masked tokens", "It predicts masked, replaced or kept tokens.")
    assert _stated("frozen weights", "Keep the frozen weights and train adapters.")


def _contrast() -> Question:
    return Question(
        id="t",
        prompt="How do the two readers differ?",
        reference_answers=(
            "The cloze reader predicts masked tokens; the forward reader predicts the next one.",
        ),
        concepts=(
            Concept("fills blanks", 2.0, ("masked tokens",), about=("cloze reader",)),
            Concept("next one", 2.0, ("next token",), about=("forward reader",)),
        ),
    )


def test_a_swap_is_not_read_across_a_new_clause() -> None:
    question = _contrast()
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    crossed = (
        "The cloze reader looks both ways. The forward reader uses causal masking, so each "
        "token sees only the tokens before it, and it predicts the next token."
    )
    assert grader.grade(question, crossed).contradictions == ()
    plain = "The forward reader predicts masked tokens, and the cloze reader the next token."
    assert grader.grade(question, plain).contradictions != ()


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(sorted(CLAUSE_OPENERS)),
    between=st.lists(st.sampled_from(["each", "the", "every", "a"]), max_size=1),
    tail=st.sampled_from(["sees the past", "is read", "counts"]),
)
def test_any_opener_after_a_comma_parts_a_modifier_from_its_noun(
    opener: str, between: list[str], tail: str
) -> None:
    answer = f"It applies masking, {opener} {' '.join([*between, 'token'])} {tail}."
    assert not _stated("masked tokens", answer)
    # without the comma and opener the two words stand in one clause and are said
    assert _stated("masked tokens", f"It applies masking to {' '.join([*between, 'token'])}.")
