"""Strings of terms with a degree word in them (degree_runs.py), and reference mode's flag."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.bare_runs import BARE_RUN_WORDS
from interviewer.core.grading.degree_runs import degree_run
from interviewer.core.grading.text import Text


def run(raw: str) -> bool:
    return degree_run(Text.of(raw))


def test_a_string_of_terms_with_a_degree_word_is_a_run():
    assert run("oxygen more electronegative hydrogen shared electrons covalent bonds bent shape")
    assert run("ice less dense liquid water hydrogen bonds open lattice crystal floats")
    assert run("stack most recent item pushed popped first queue oldest item removed")


def test_a_sentence_or_a_short_note_is_not():
    assert not run("Oxygen is more electronegative than hydrogen, so the molecule is polar.")
    assert not run("oxygen more electronegative than hydrogen shared electrons bent shape dipoles")
    assert not run("water bent, oxygen more electronegative")  # a terse note of two claims
    assert not run("oxygen hydrogen covalent bonds polar molecule electronegativity bent shape")
    assert not run("more oxygen")
    assert not run("ice less dense → floats on water, hydrogen bonds open lattice crystal")


WATER = (
    "Oxygen is more electronegative than hydrogen, so the shared electrons sit closer to the "
    "oxygen, giving it a partial negative charge and the hydrogens a partial positive one; "
    "because the molecule is bent, these charges do not cancel."
)


def test_reference_mode_flags_and_caps_it_but_not_a_correct_answer():
    question = reference_question("Why is water a polar molecule?", [WATER])
    grader = Grader(questions=[question]).fit()
    string = grader.grade(
        question,
        "oxygen more electronegative hydrogen shared electrons covalent bonds bent shape "
        "dipoles cancel",
    )
    assert "keyword_list" in string.flags
    assert string.score <= 50.0
    answer = grader.grade(
        question,
        "The oxygen pulls the shared electrons more strongly than the hydrogens do, so the "
        "oxygen end is slightly negative; the molecule is bent, so the charges do not cancel.",
    )
    assert "keyword_list" not in answer.flags
    assert answer.passed


words = st.sampled_from(
    "oxygen hydrogen dense lattice electrons bonds shape charge water ice bent polar".split()
)


@given(st.lists(words, min_size=0, max_size=14), st.integers(0, 14))
def test_a_run_needs_a_degree_word_and_enough_other_words(terms: list[str], at: int) -> None:
    assert not run(" ".join(terms))  # no degree word: keywords._bare_run's case
    with_degree = [*terms[:at], "more", *terms[at:]]
    said = run(" ".join(with_degree))
    if said:
        assert len(terms) >= BARE_RUN_WORDS
    if len(terms) >= BARE_RUN_WORDS and at < len(terms):
        assert said
    assert not run(" ".join([*with_degree, "than", "it"]))
