"""A wrong claim whose words are a list is found in one clause when the answer writes the list
with commas (matching/list_commas.py): "the queries, keys and values come from the same
modality" states "queries, keys and values from the same modality"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.claims import statement_phrases
from interviewer.core.grading.matching import Answer, match_statement
from interviewer.core.grading.text import Text


def _stated(phrase_text: str, answer: str) -> bool:
    (phrase,) = statement_phrases([phrase_text])
    return match_statement(phrase, Answer.of(Text.of(answer)), unit="clause") is not None


def test_a_list_written_with_commas_is_one_clause() -> None:
    claim = "queries keys and values from the same modality"
    assert _stated(claim, "Here the queries, keys and values come from the same modality.")
    assert _stated(claim, "Here the queries keys and values come from the same modality.")
    assert _stated("cats, dogs or birds eat seeds", "Cats, dogs, or birds eat seeds daily.")


def test_other_words_or_a_clause_opener_after_the_comma_keep_the_break() -> None:
    # a word of the claim's list that is not the comma's neighbour: two claims
    claim = "queries keys and values from the same modality"
    assert not _stated(
        claim, "It has queries, and its keys and values come from the same modality."
    )
    # the statement does not list: a comma still parts its words
    assert not _stated("masked tokens", "It uses causal masking, tokens see the past.")
    # a new sentence is no list
    assert not _stated(claim, "It has queries. Keys and values come from the same modality.")


def _question() -> Question:
    return Question(
        id="t",
        prompt="Where do the three inputs of cross-attention come from?",
        reference_answers=("Queries come from one sequence, keys and values from the other.",),
        concepts=(
            Concept(
                "other sequence",
                3.0,
                ("keys and values from another sequence",),
                contradicts=("queries keys and values from the same sequence",),
            ),
        ),
    )


def test_the_wrong_claim_is_found_and_its_denial_is_not() -> None:
    question = _question()
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    wrong = "In cross-attention the queries, keys and values come from the same sequence."
    assert grader.grade(question, wrong).contradictions != ()
    denied = "In cross-attention the queries, keys and values do not come from the same sequence."
    assert grader.grade(question, denied).contradictions == ()


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(
        st.sampled_from(["apples", "pears", "plums", "figs", "limes"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    joint=st.sampled_from(["and", "or"]),
    oxford=st.booleans(),
)
def test_any_comma_list_of_the_claims_items_states_it(
    items: list[str], joint: str, oxford: bool
) -> None:
    claim = f"{' '.join(items[:-1])} {joint} {items[-1]} grow on trees"
    head = ", ".join(items[:-1])
    written = f"{head}{',' if oxford and len(items) > 2 else ''} {joint} {items[-1]}"
    assert _stated(claim, f"In summer {written} grow on trees.")
