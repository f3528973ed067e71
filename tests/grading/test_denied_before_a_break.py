"""A concept waved away in the clause where it is named, its words found across the break
after it: "Alignment isn't really a challenge because all modalities are turned into text"
names no alignment of modalities, it denies that aligning them is hard
(denied_after.denied_before_a_break, wrong39). And "a challenge" waves away as "an issue"
does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.denied_after import TROUBLE_NOUNS
from interviewer.core.grading.text import Text


def _question() -> Question:
    return Question(
        id="t",
        prompt="What are the challenges of training on pictures and sounds together?",
        reference_answers=("Lining up pictures and sounds in one space is the hard part.",),
        concepts=(Concept("lining up", 3.0, ("lining up pictures and sounds",)),),
    )


def _grade(answer: str):  # type: ignore[no-untyped-def]
    question = _question()
    return Grader(Bank(id="t", title="t", version="1", questions=(question,))).grade(
        question, answer
    )


def test_waved_away_before_a_break_is_denied_not_credited() -> None:
    grade = _grade("Lining up isn't really a challenge, because pictures and sounds become text.")
    assert grade.got_wrong == ("lining up",)
    grade = _grade("Lining up is no concern since pictures and sounds are turned into words.")
    assert grade.got_wrong == ("lining up",)


def test_the_same_words_said_plainly_are_still_credited() -> None:
    grade = _grade("Lining up is the hard part, because pictures and sounds differ so much.")
    assert [m.concept for m in grade.matched] == ["lining up"]
    assert grade.got_wrong == ()
    grade = _grade("Lining up pictures and sounds isn't easy, and it is the main hurdle.")
    assert grade.got_wrong == ()


def test_a_challenge_is_waved_away_as_an_issue_is() -> None:
    for text in (
        "Alignment isn't a challenge here",
        "Alignment is not really a major challenge",
        "Alignment is no obstacle at all",
    ):
        s = Structure.of(Text.of(text))
        assert s.denied_after(0), text
    s = Structure.of(Text.of("Alignment is the main challenge here"))
    assert not s.denied_after(0)


@given(noun=st.sampled_from(sorted(TROUBLE_NOUNS)), opener=st.sampled_from(["because", "since"]))
def test_any_trouble_noun_before_a_break_denies(noun: str, opener: str) -> None:
    s = Structure.of(Text.of(f"Alignment is not a {noun}, {opener} modalities become text."))
    words = s.text.words
    positions = (0, words.index("modalities"))
    assert s.clauses[positions[0]] != s.clauses[positions[1]]
    assert s.denied_before_a_break(positions)
    plain = Structure.of(Text.of(f"Alignment is a {noun}, {opener} modalities differ."))
    assert not plain.denied_before_a_break((0, plain.text.words.index("modalities")))
