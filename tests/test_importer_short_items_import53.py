"""A numbered question list never loses a question however short it is (play52: `2. Explain
RAG.` under an answered `1. What is ...?` was read as a line of question 1's answer, and the
summary said `1 question`). A numbered item that goes on with the questions' numbering, at their
indent, and opens with a question word or an instruction verb is the next question; a short
numbered item in an answer's own list of points stays the answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.markdown.syntax import asks_as_numbered_item

PLAY52_LIST = """\
# RAG prep

1. What is retrieval-augmented generation?
   The model reads retrieved passages before it answers.
2. Explain RAG.
3. Define overfitting.
4. What is RAG.
5. Why chunking
6. Compare them.
"""


def test_two_word_items_numbered_on_are_questions() -> None:
    found = parse_markdown(PLAY52_LIST)
    assert [q.prompt for q in found.questions] == [
        "What is retrieval-augmented generation?",
        "Explain RAG.",
        "Define overfitting.",
        "What is RAG.",
        "Why chunking",
        "Compare them.",
    ]
    assert found.questions[0].answer == "The model reads retrieved passages before it answers."
    assert [e.kind for e in found.account if e.line >= 5] == ["question"] * 5


def test_an_unanswered_question_then_a_short_one() -> None:
    found = parse_markdown("1. What is RAG?\n2. Explain RAG.\n")
    assert [q.prompt for q in found.questions] == ["What is RAG?", "Explain RAG."]


def test_a_short_item_after_a_nested_list_of_points_is_the_next_question() -> None:
    """Markdown's own reading: `2.` at the question's indent is the outer list's next item,
    not point 2 of the list nested under question 1."""
    text = (
        "1. What are the steps of RAG?\n"
        "   1. Retrieve passages.\n"
        "   2. Generate from them.\n"
        "2. Explain chunking.\n"
    )
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [
        "What are the steps of RAG?",
        "Explain chunking.",
    ]
    assert found.questions[0].answer == "1. Retrieve passages.\n2. Generate from them."


def test_short_points_of_an_answer_stay_the_answer() -> None:
    text = (
        "1. What would you check first in a slow query?\n"
        "1. Explain plan.\n"
        "2. Define indexes.\n"
        "3. Compare timings.\n"
    )
    found = parse_markdown(text)
    assert len(found.questions) == 1
    assert found.questions[0].answer.splitlines() == [
        "1. Explain plan.",
        "2. Define indexes.",
        "3. Compare timings.",
    ]


def test_noun_phrases_and_statements_numbered_on_stay_the_answer() -> None:
    for item in (
        "List comprehensions.",
        "Design patterns.",
        "State management.",
        "Nothing.",
        "Do nothing.",
        "Explain.",
        "explain RAG.",
    ):
        found = parse_markdown(f"1. What Python features do you use most?\n2. {item}\n")
        assert len(found.questions) == 1, item
        assert not asks_as_numbered_item(item), item


def test_what_asks_as_a_numbered_item() -> None:
    for item in (
        "Explain RAG.",
        "Define overfitting",
        "Why chunking",
        "What is RAG.",
        "How so?",
        "Explian RAG.",
        "Descibe it.",
        "Is RAG useful",
        "Outline the steps of RAG.",
    ):
        assert asks_as_numbered_item(item), item


def test_an_item_introduced_by_a_colon_is_still_the_answer() -> None:
    text = "1. What do you ask a new team?\n   Ask these:\n2. Why now\n"
    found = parse_markdown(text)
    assert len(found.questions) == 1


# -- properties ------------------------------------------------------------------------------

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda w: w not in ("vs", "versus")
)
askers = st.sampled_from(
    ["Explain", "Describe", "Define", "Compare", "Why", "What", "How", "Which", "Discuss"]
)
ends = st.sampled_from([".", "", "?"])
sentences = st.lists(words, min_size=3, max_size=8).map(lambda ws: " ".join(ws).capitalize())


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(askers, st.lists(words, min_size=1, max_size=5), ends, st.booleans()),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([".", ")"]),
    sentences,
)
def test_no_question_numbered_on_is_lost(
    items: list[tuple[str, list[str], str, bool]], mark: str, answer: str
) -> None:
    """However short (an asker and one word), answered or not: every item numbered on is a
    question and the summary counts them all."""
    out = ["1. What is retrieval-augmented generation?", f"   {answer}."]
    prompts = ["What is retrieval-augmented generation?"]
    for n, (asker, rest, end, answered) in enumerate(items, start=2):
        prompts.append(f"{asker} {' '.join(rest)}{end}")
        out.append(f"{n}{mark} {prompts[-1]}")
        out += [f"   {answer}."] if answered else []
    found = parse_markdown("\n".join(out))
    assert [q.prompt for q in found.questions] == prompts


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(askers, words), min_size=1, max_size=6),
    st.sampled_from(["", "   "]),
    st.booleans(),
)
def test_short_points_of_an_answer_never_become_questions(
    points: list[tuple[str, str]], indent: str, then_a_question: bool
) -> None:
    """An answer written as its own numbered list (`1. Explain plan.`, `2. Define indexes.`,
    at the question's indent or under it) keeps every point, whatever verb opens it; a
    question after a nested list is still found."""
    out = ["1. What would you check first in a slow query?"]
    out += [f"{indent}{n}. {verb} {word}." for n, (verb, word) in enumerate(points, start=1)]
    if then_a_question and indent:
        out.append("2. Explain caching.")
    found = parse_markdown("\n".join(out))
    expected = 2 if then_a_question and indent else 1
    assert len(found.questions) == expected
    assert found.questions[0].answer.splitlines() == [
        f"{n}. {verb} {word}." for n, (verb, word) in enumerate(points, start=1)
    ]


def test_a_short_bullet_after_an_answered_bullet_question_is_a_question() -> None:
    text = "- What is RAG?\n  Retrieval, then generation.\n- Explain RAG.\n- Define overfitting.\n"
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [
        "What is RAG?",
        "Explain RAG.",
        "Define overfitting.",
    ]


def test_short_bullets_that_may_be_points_stay_the_answer() -> None:
    """Unanswered, or after a point written as the question's peer: no numbering says which,
    and a point is the likelier reading."""
    for text in (
        "- What would you check?\n- Explain plan.\n- Define indexes.\n",
        "- What is RAG?\n- Retrieval first.\n- Explain RAG.\n",
    ):
        assert len(parse_markdown(text).questions) == 1, text
