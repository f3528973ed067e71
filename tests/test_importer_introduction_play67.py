"""play67 (play65's and play66's notes): a list's introduction asks about the list itself
("* Why do we need the 8209th questions list on github? ...", "* How do you pick questions?
..."), and those bullets imported as the bank's first questions. Now an item that names the
list, before the list's first question, is no question (`importers/markdown/introduction.py`);
`--dry-run` says so of each line and the summary counts them.

The list played: `khangich/machine-learning-interview`, `questions.md` (no licence file: it
was imported into /tmp only, 11 questions on the base, 9 now, and no line of it is quoted
here; the lists below are written for the tests in its shape)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.markdown.introduction import INTRODUCTION, names_the_list

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
prompts = st.lists(words, min_size=2, max_size=6).map(lambda ws: "What is " + " ".join(ws) + "?")
about_the_list = st.sampled_from(
    (
        "Why do we need yet another list on github?",
        "Why another questions list? The questions here focus on understanding.",
        "How do you pick questions? A good one tells apart who understands.",
        "How should I use this repository?",
        "Who wrote these questions?",
        "Is there a list of interview questions with answers? This one has some.",
    )
)
bullets = st.sampled_from(("* ", "- ", "1. "))


@SETTINGS
@given(
    st.lists(about_the_list, min_size=1, max_size=3, unique=True),
    st.lists(prompts, min_size=1, max_size=5, unique=True),
    bullets,
    st.sampled_from(("table", "numbered", "heading")),
)
def test_an_introduction_about_the_list_holds_no_question(intro, questions, bullet, shape) -> None:
    """Fails on the base: the introduction's items became the first questions."""
    lines = ["# Yet another questions list", ""]
    lines += [f"{bullet}{item}" for item in intro]
    lines += ["", ""]
    if shape == "table":
        lines += ["| Question | Level |", "| --- | --- |"]
        lines += [f"| {prompt} | Fundamental |" for prompt in questions]
    elif shape == "numbered":
        lines += ["## Basics", ""]
        lines += [f"{n}. {prompt}" for n, prompt in enumerate(questions, start=1)]
    else:
        lines += [part for prompt in questions for part in (f"### {prompt}", "", "An answer.", "")]
    found = parse_markdown("\n".join(lines))
    assert [q.prompt for q in found.questions] == questions
    notes = [e.note for e in found.account if e.note == INTRODUCTION]
    assert len(notes) == len(intro)
    assert f"{len(intro)} of the introduction, not questions" in found.summary()


@SETTINGS
@given(
    st.lists(prompts, min_size=1, max_size=4, unique=True),
    about_the_list.filter(lambda item: item.endswith("?")),
    bullets,
)
def test_after_the_first_question_the_list_is_no_introduction(questions, item, bullet) -> None:
    """A question that names the list after the list's first question stays a question."""
    text = "\n".join([f"{bullet}{prompt}" for prompt in questions] + [f"{bullet}{item}"])
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions][: len(questions)] == questions
    assert not any(e.note == INTRODUCTION for e in found.account)
    assert [q.prompt for q in found.questions] == [*questions, item]


@SETTINGS
@given(st.lists(prompts, min_size=1, max_size=4, unique=True), bullets)
def test_a_first_question_that_does_not_name_the_list_is_kept(questions, bullet) -> None:
    found = parse_markdown("\n".join(f"{bullet}{prompt}" for prompt in questions))
    assert [q.prompt for q in found.questions] == questions


def test_what_names_the_list() -> None:
    assert names_the_list("Why do we need the 8209th questions list on github?")
    assert names_the_list("How do you pick questions?")
    assert not names_the_list("How do you reverse this list?")
    assert not names_the_list("What is a list comprehension?")
    assert not names_the_list("What questions would you ask the interviewer?")
    assert not names_the_list("What have you published on GitHub?")
