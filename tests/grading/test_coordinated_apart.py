"""A phrase's words turned around across "and" / "or" are two listed items, not the phrase
(matching/listing.py `coordinated_apart`): "single tokens and rare words" is no "rare tokens"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer, coordinated_apart, make_phrase
from interviewer.core.grading.text import Text


def _question() -> Question:
    return Question(
        id="t",
        prompt="What limits a parser's vocabulary?",
        reference_answers=("Rare tokens are seen seldom, and tool calls need their own tokens.",),
        concepts=(
            Concept("rare tokens", 1.0, ("rare tokens",)),
            Concept("tool calls", 1.0, ("tool calls",)),
            Concept("quick and cheap", 1.0, ("fast and cheap",)),
            Concept("picks the better", 1.0, ("choose which answer is better",)),
        ),
    )


def _credited(answer: str) -> list[str]:
    question = _question()
    grader = Grader(Bank(id="t", title="t", version="1", questions=(question,)))
    return [m.concept for m in grader.grade(question, answer).matched]


def test_two_words_turned_around_across_and_are_two_listed_items():
    said = "Frequent words become single tokens and rare words are split into pieces."
    assert "rare tokens" not in _credited(said)
    assert "tool calls" not in _credited("The agent logs its calls and tools it may use.")


def test_the_phrase_said_in_its_own_order_is_still_credited():
    assert "rare tokens" in _credited("Rare tokens and common words are both in the table.")
    assert "rare tokens" in _credited("Single words and rare tokens are both in the table.")
    assert "tool calls" in _credited("The model makes tool calls or answers directly.")


def test_a_phrase_that_itself_lists_may_be_turned_around():
    assert "quick and cheap" in _credited("Prompting is cheap and fast to try.")


def test_words_apart_in_the_phrase_are_not_read_as_one_listed_item():
    said = "Show raters two answers and pick which one is better."
    assert "picks the better" in _credited(said)


WORDS = ["rare", "tokens", "and", "or", "words", "tool", "calls", "the", ",", "."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
def test_only_a_turned_pair_around_a_lone_and_or_counts(words: list[str]):
    raw = " ".join(words)
    answer = Answer.of(Text.of(raw))
    phrase = make_phrase("rare tokens")
    assert phrase is not None
    said = answer.text.words
    for end in range(len(said)):
        for start in range(end):
            positions = (start, end)
            found = coordinated_apart(phrase, answer, positions)
            turned = (
                end - start == 2
                and said[start + 1] in ("and", "or")
                and answer.text.stems[start] == phrase.tokens[1][1]
                and answer.text.stems[end] == phrase.tokens[0][1]
            )
            assert found == turned
