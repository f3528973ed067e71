"""A bullet list of short questions with no answers keeps every question (import53 left it:
`- What is RAG?` then `- Explain RAG.` and `- Why chunking` became one question with two
points, and a list of `- Explain RAG.` bullets with no `?` anywhere was ignored as text before
the first question, with no word said). A run of top-level bullets that all ask is a list of
questions unless its first item is a question and nothing after it asks as a question does on
its own (`?`, a question word, an answer under it): `- What would you check?` then `- Explain
plan.` may be its points. Those stay the answer, and each is named in a warning: no question
line is dropped silently."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_importer_short_items_import53 import askers, ends, words

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.markdown.syntax import asks_as_numbered_item
from interviewer.core.importers.text import clean_inline

PREP = """\
# RAG prep

- What is RAG?
- Explain RAG.
- Define overfitting.
- Why chunking
- Compare BM25 and dense retrieval.
"""


def prompts(text: str) -> list[str]:
    return [q.prompt for q in parse_markdown(text).questions]


def warned_lines(text: str) -> set[int]:
    return {w.line for w in parse_markdown(text).warnings}


def test_a_bullet_list_of_short_unanswered_questions_keeps_them_all() -> None:
    assert prompts(PREP) == [
        "What is RAG?",
        "Explain RAG.",
        "Define overfitting.",
        "Why chunking",
        "Compare BM25 and dense retrieval.",
    ]


def test_a_list_with_two_question_marks_is_a_list_of_questions() -> None:
    text = "- What is RAG?\n- Explain RAG.\n- What is a vector database?\n- Define overfitting.\n"
    assert len(prompts(text)) == 4


def test_short_bullets_with_no_question_mark_anywhere_are_questions() -> None:
    """Nothing in the list asks with a `?`: no question is there to own the others as its
    points, so each instruction is a question (was: 3 lines ignored, 0 questions, no warning)."""
    text = "## RAG\n\n- Explain RAG.\n\n- Define overfitting.\n\n- Why chunking\n"
    assert prompts(text) == ["Explain RAG.", "Define overfitting.", "Why chunking"]


def test_points_that_may_be_an_answer_stay_it_and_are_named_in_a_warning() -> None:
    text = "- What would you check?\n- Explain plan.\n- Define indexes.\n"
    found = parse_markdown(text)
    assert len(found.questions) == 1
    assert {w.line for w in found.warnings} == {2, 3}
    assert "question 1's answer" in found.warnings[0].message


def test_a_point_that_does_not_ask_is_no_warning() -> None:
    text = "- What would you check?\n- Retrieval first.\n- The index.\n"
    assert len(prompts(text)) == 1
    assert warned_lines(text) == set()


def test_bullets_under_a_numbered_question_are_its_answer() -> None:
    text = "1. What are the steps of RAG?\n- Explain the query.\n- Define the retriever.\n"
    assert prompts(text) == ["What are the steps of RAG?"]


# -- property: no question line dropped in silence ----------------------------------------


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(askers, st.lists(words, min_size=1, max_size=5), ends, st.booleans()),
        min_size=2,
        max_size=8,
    ),
    st.sampled_from(["-", "*", "+"]),
    st.booleans(),
    st.booleans(),
)
def test_no_bullet_question_is_dropped_in_silence(
    items: list[tuple[str, list[str], str, bool]], mark: str, spaced: bool, heading: bool
) -> None:
    """Every bullet that asks (an asker and 1-5 words, `.`, `?` or nothing), answered or not,
    blank lines between or not, is a question or named in a warning, and every question found
    is one of those bullets."""
    out = ["## RAG", ""] if heading else []
    asking: dict[int, str] = {}
    for asker, rest, end, answered in items:
        text = f"{asker} {' '.join(rest)}{end}"
        out.append(f"{mark} {text}")
        if asks_as_numbered_item(text):
            asking[len(out)] = clean_inline(text)
        out += ["  An answer to it."] if answered else []
        out += [""] if spaced else []
    found = parse_markdown("\n".join(out))
    as_question = {q.line for q in found.questions}
    warned = {w.line for w in found.warnings}
    for line in asking:
        assert line in as_question or line in warned, (line, out)
    assert as_question <= set(asking), out


def test_bullets_a_line_introduces_are_no_questions() -> None:
    """`Tips:` then short instructions before the first question: tips, not questions (the
    run rule alone made them 2 questions); a line that names questions keeps them."""
    tips = "# Prep\n\nTips:\n\n- Explain clearly.\n- Define terms.\n\n## Questions\n\n"
    tips += "1. What is RAG?\n"
    assert prompts(tips) == ["What is RAG?"]
    named = "Questions to practise:\n\n- Explain RAG.\n- Define chunking.\n"
    assert prompts(named) == ["Explain RAG.", "Define chunking."]
