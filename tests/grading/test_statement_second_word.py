"""StatementIndex tells the candidates from a second word of each statement too (speed41): a
statement whose second word is certainly not in the answer is no candidate, and none that the
answer states is left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading.matching import Answer, Phrase, make_phrase, match_statement
from interviewer.core.grading.statements import StatementIndex
from interviewer.core.grading.text import Text
from interviewer.core.grading.typos import FuzzyWords

CLAIMS = [
    "the encoder generates text",
    "attention replaces recurrence",
    "quantization shrinks the weights",
    "retrieval grounds the generator",
    "dropout regularizes training",
    "caching",
]
PHRASES: list[Phrase] = [p for c in CLAIMS if (p := make_phrase(c)) is not None]
INDEX = StatementIndex.of([[p] for p in PHRASES])


def _answer(said: str) -> Answer:
    """The answer with the phrases' words looked up, as the grader does."""
    answer = Answer.of(Text.of(said), frozenset())
    answer.look_up(FuzzyWords.of((w, s) for p in PHRASES for w, s, fuzzy in p.tokens if fuzzy))
    return answer


def test_a_statement_missing_its_second_word_is_no_candidate() -> None:
    # "generates" is the longest word of the first claim; "encoder" is its second
    assert (0, 0) not in INDEX.candidates(_answer("A decoder generates text."))
    assert (0, 0) in INDEX.candidates(_answer("The encoder generates text."))
    # a one-word statement has no second word: its one word is enough
    assert (5, 0) in INDEX.candidates(_answer("Caching helps."))


def test_a_second_word_not_yet_looked_up_may_be_there() -> None:
    # no look-up made: "weihgts" may be "weights" misspelt
    answer = Answer.of(Text.of("Quantization shrinks the weihgts."), frozenset())
    assert (2, 0) in INDEX.candidates(answer)
    # looked up in vain: it is not
    assert (2, 0) not in INDEX.candidates(_answer("Quantization shrinks the model."))


def test_an_index_made_without_second_words_filters_on_one() -> None:
    one = StatementIndex(INDEX.exact, INDEX.fuzzy, INDEX.owner)
    assert (0, 0) in one.candidates(_answer("A decoder generates text."))


@settings(max_examples=200, deadline=None)
@given(said=st.lists(st.sampled_from(" ".join(CLAIMS).split() + ["weihgts", "not"]), max_size=14))
def test_every_statement_found_is_a_candidate(said: list[str]) -> None:
    answer = _answer(" ".join(said))
    candidates = INDEX.candidates(answer)
    for number, phrase in enumerate(PHRASES):
        if match_statement(phrase, answer) is not None:
            assert (number, 0) in candidates
