"""A numbered question list goes on by its numbers: `2. Descibe a project ...` (a typo in the
opening verb, no '?') under question 1 is question 2, not a line of question 1's answer
(play49 found the question vanished). A numbered list inside an answer stays the answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.text import misspelt_opening

TYPO_LIST = """\
# My prep

1. Tell me about a time you disagreed with your manager.
   I explained my view with data and we agreed on a trial.
2. Descibe a project where you had to learn a new technology quickly.
3. What is the difference between a process and a thread?
   A process has its own memory; threads share it.
4. Explian how a hash map works.
"""


def test_a_typo_in_the_opening_verb_keeps_the_question() -> None:
    found = parse_markdown(TYPO_LIST)
    assert [q.prompt for q in found.questions] == [
        "Tell me about a time you disagreed with your manager.",
        "Descibe a project where you had to learn a new technology quickly.",
        "What is the difference between a process and a thread?",
        "Explian how a hash map works.",
    ]
    assert found.questions[0].answer == ("I explained my view with data and we agreed on a trial.")
    assert [e.kind for e in found.account if e.line in (5, 8)] == ["question", "question"]


def test_a_numbered_answer_under_a_numbered_question_stays_the_answer() -> None:
    text = (
        "1. What are the assumptions of linear regression?\n"
        "1. A linear relationship between features and target.\n"
        "2. Features are not strongly correlated.\n"
        "2. Why does L1 give sparse solutions?\n"
        "   Its corners lie on the axes.\n"
    )
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [
        "What are the assumptions of linear regression?",
        "Why does L1 give sparse solutions?",
    ]
    assert "2. Features are not strongly correlated." in found.questions[0].answer


def test_an_item_out_of_sequence_or_deeper_is_still_the_answer() -> None:
    text = (
        "1. Tell me about a time you failed.\n"
        "   3. Situation first, then what I did.\n"
        "5. Then I owned the mistake in the team review.\n"
    )
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == ["Tell me about a time you failed."]


def test_a_short_next_number_is_not_a_question() -> None:
    text = "1. Tell me about a time you failed.\n2. Nothing.\n"
    found = parse_markdown(text)
    assert len(found.questions) == 1


def test_what_a_typo_of_an_opening_verb_is() -> None:
    for typo in ("Descibe a", "Explian how", "Expalin why", "Waht is", "Comapre the", "Desribe"):
        assert misspelt_opening(typo), typo
    for word in ("Describes a", "Designed it", "Resign now", "Contract law", "Identity is"):
        assert not misspelt_opening(word), word
    for word in ("Describe a", "The index", "Tel me", "Were the tests", "Deign to"):
        assert not misspelt_opening(word), word


def test_a_statement_numbered_on_is_still_the_answer() -> None:
    text = "1. Describe the biggest mistake you made.\n2. The index was a B-tree.\n"
    found = parse_markdown(text)
    assert [q.answer for q in found.questions] == ["2. The index was a B-tree."]


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8).filter(
    lambda w: w not in ("vs", "versus")
)
openers = st.sampled_from(
    ["Descibe", "Explian", "Expalin", "Desribe", "Comapre", "Waht", "Whcih", "Discribe", "What"]
)
statements = st.lists(words, min_size=2, max_size=8).map(lambda ws: " ".join(ws))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(openers, statements, statements), min_size=2, max_size=8),
    st.sampled_from([".", ")"]),
    st.booleans(),
)
def test_every_item_numbered_on_with_a_misspelt_opener_is_a_question(
    items: list[tuple[str, str, str]], mark: str, answered: bool
) -> None:
    """A list whose first question reads as one ("Explain ..."), then items opening with a
    typo of a verb (or a question word, no '?'): each item numbered on is a question, its
    indented line its answer."""
    out = ["1. Explain what you would change first."]
    out += ["   It depends on the users."] if answered else []
    for n, (opener, rest, answer) in enumerate(items, start=2):
        out += [f"{n}{mark} {opener} {rest}", f"   {answer.capitalize()}."]
    found = parse_markdown("\n".join(out))
    assert [q.prompt for q in found.questions][1:] == [f"{o} {r}" for o, r, _ in items]
    assert [q.answer for q in found.questions][1:] == [f"{a.capitalize()}." for _, _, a in items]


def test_a_misspelt_behavioural_question_is_graded_by_star_structure() -> None:
    """play49: with a '?' the typo'd question was a question but went to self-rating, not STAR
    grading; spelled `Describe` it was behavioural."""
    text = (
        "1. Descibe a project where you had to learn a new technology quickly?\n"
        "2. Desribe a time when you missed a deadline.\n"
        "3. Describes a system you would build?\n"
    )
    found = parse_markdown(text)
    assert [q.rubric for q in found.questions] == ["star", "star", None]
    assert misspelt_opening("Descibe a project") == "describe"


def test_a_misspelt_bullet_among_bullet_questions_is_a_question() -> None:
    text = (
        "## Behavioural\n\n"
        "- Tell me about a time you disagreed with your manager.\n"
        "- Descibe a time you failed.\n"
        "  - Identifiy what went wrong, then what you changed.\n"
        "- Give an example of a goal you missed.\n"
    )
    found = parse_markdown(text)
    assert [q.prompt for q in found.questions] == [
        "Tell me about a time you disagreed with your manager.",
        "Descibe a time you failed.",
        "Give an example of a goal you missed.",
    ]
    # a nested bullet opening with a typo is still the answer
    assert "Identifiy what went wrong" in found.questions[1].answer
    assert [q.rubric for q in found.questions] == ["star"] * 3
