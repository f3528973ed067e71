"""Answer keys written as instructions (key_terms/instruction_keys.py, keyterms64): the words
about the answer and the candidate are no key terms; a key that names no answer or candidate is
read as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.grading import Grader, reference_question
from interviewer.core.grading.key_terms import derive_key_terms
from interviewer.core.grading.key_terms.instruction_keys import (
    instruction_words,
    is_instruction_key,
    meta_positions,
)
from interviewer.core.grading.text import Text

MISTAKE = (
    "A good answer names a real mistake and takes ownership of it without blaming others, "
    "explains the impact, the steps taken to fix it and tell the people affected, and what was "
    "changed afterwards (a checklist, a test, a review) so it does not happen again."
)
WHY_HERE = (
    "A good answer shows research on the company, its product and mission, links them to the "
    "candidate's own skills, experience and goals, and says concretely what the candidate would "
    "contribute to the team."
)
DISAGREED = (
    "A good answer describes a concrete situation, the disagreement, and the actions taken, "
    "using the STAR shape (situation, task, action, result). It shows listening to the "
    "teammate, discussing the trade-offs with evidence or data, agreeing on a decision or "
    "escalating respectfully, and the result, including what was learned."
)


def flat(_stem: str) -> float:
    return 1.0


def said(prompt: str, reference: str) -> set[str]:
    """The words of the key terms derived from the reference, in lower case."""
    terms = derive_key_terms(prompt, reference, flat)
    return {w.lower() for t in terms for w in t.name.replace("'", " ").split()}


@pytest.mark.parametrize(
    ("prompt", "reference", "meta"),
    [
        (
            "Describe a mistake you made at work and what you learned from it.",
            MISTAKE,
            {"names", "real", "good", "answer", "explains"},
        ),
        (
            "Why do you want to work here?",
            WHY_HERE,
            {"candidate", "concretely", "shows", "says", "answer"},
        ),
        (
            "Tell me about a time you disagreed with a teammate. What did you do?",
            DISAGREED,
            {"star", "shape", "concrete", "describes", "shows"},
        ),
    ],
)
def test_the_meta_language_of_an_instruction_key_is_no_key_term(
    prompt: str, reference: str, meta: set[str]
) -> None:
    words = said(prompt, reference)
    assert not words & meta
    assert words  # the subject's words stay


def test_the_subject_words_of_an_instruction_key_stay():
    words = said("Describe a mistake you made at work and what you learned from it.", MISTAKE)
    assert {"ownership", "checklist"} <= words


@pytest.mark.parametrize(
    "reference",
    [
        "A B-tree index names each page by its key; DNS names resolve to addresses.",
        "Real numbers and a concrete example: the model generates candidate tokens.",
        "An index speeds up reads; the answer is a B-tree.",
        "The response time grows with the load, and the candidate set adapts.",
        "The same model can give a vague or an excellent answer depending on the wording.",
    ],
)
def test_a_key_that_instructs_no_one_is_read_as_before(reference: str):
    assert not is_instruction_key(reference)
    assert meta_positions(Text.of(reference)) == frozenset()


@pytest.mark.parametrize(
    "reference",
    [
        "A good answer names the B-tree.",
        "An ideal response should mention the cost of writes.",
        "The answer should say that reads get faster.",
        "The candidate should explain the trade-off.",
        "It links the work to the candidate's own goals.",
        "Interviewees often forget the result.",
    ],
)
def test_a_key_that_instructs_is_known(reference: str):
    assert is_instruction_key(reference)


def test_other_forms_and_a_last_adjective_are_left_alone():
    ref = Text.of("A good answer names the name of the list; the data must be real.")
    meta = {ref.words[k] for k in meta_positions(ref)}
    assert {"good", "answer", "names", "must"} <= meta
    assert not meta & {"name", "list", "real", "data"}


def test_the_word_list_is_read():
    words, before, phrases = instruction_words()
    assert {"names", "concretely", "candidate"} <= words
    assert "real" in before and "real" not in words
    assert ("star", "shape") in phrases


def test_a_graded_story_is_not_told_it_missed_the_key_s_meta_language():
    # the question asks what to do, not for a story: graded against the key's terms (star65:
    # "Describe a mistake you made ..." with this key is graded as a story, story_keys.py)
    question = reference_question("What should you do after a mistake at work?", MISTAKE)
    answer = (
        "I deployed a migration without testing it and the site slowed down. I took ownership, "
        "rolled it back, told my manager and added a checklist so it does not happen again."
    )
    grade = Grader(questions=[question]).grade(question, answer)
    named = {m.concept for m in grade.matched} | set(grade.missed)
    assert "ownership" in {m.concept for m in grade.matched}
    assert not named & {"names", "real mistake", "real", "candidate's"}
    story = reference_question(
        "Describe a mistake you made at work and what you learned from it.", MISTAKE
    )
    graded = Grader(questions=[story]).grade(story, answer)
    named = {m.concept for m in graded.matched} | set(graded.missed)
    assert graded.key_terms == "star"
    assert not named & {"names", "real mistake", "real", "candidate's"}


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_any_text_gives_positions_of_its_words(reference: str) -> None:
    for text in (reference, "A good answer names " + reference):
        ref = Text.of(text)
        assert all(0 <= k < len(ref.words) for k in meta_positions(ref))
