"""Importer fixes from play 26: list items with a question marker (`* Q3:`, `- Q4.`) in another
style than the list's are questions, not the previous answer or ignored text, and a line that
looks like a question but is not imported is a warning (F4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured as run
from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import import_list, parse_markdown

SETTINGS = settings(max_examples=80, deadline=None)
DATA = Path(__file__).parent / "data" / "import"
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
prompts = st.one_of(
    st.lists(words, min_size=2, max_size=6).map(lambda ws: "What is " + " ".join(ws) + "?"),
    st.lists(words, min_size=2, max_size=6).map(lambda ws: "Explain " + " ".join(ws)),
)
answers = st.lists(words, min_size=3, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
ITEM_STYLES = [
    "{n}. {p}",
    "{n}) {p}",
    "* Q{n}: {p}",
    "- Q{n}. {p}",
    "- Question {n}: {p}",
    "Q{n}: {p}",
]
ANSWER_STYLES = ["A: {a}", "Answer: {a}", "  {a}", "   > {a}", "  - {a}"]


def accounted(found, text: str) -> bool:
    return [e.line for e in found.account] == list(range(1, len(text.splitlines()) + 1))


def test_the_testers_notes_import_all_ten_questions_each_with_its_own_answer() -> None:
    found = import_list(DATA / "play26_python_notes.md")
    prompts = [q.prompt for q in found.questions]
    assert len(prompts) == 10
    assert prompts[2] == "What is a Python decorator?"
    assert prompts[3] == "Explain the GIL"
    assert found.questions[3].level == "intermediate"  # its "(medium)" mark
    assert found.questions[1].answer == (
        "`is` checks identity (same object), `==` checks equality of values."
    )
    assert found.questions[2].answer.startswith("A function that takes a function")
    assert found.questions[3].answer.startswith("the Global Interpreter Lock")
    assert found.warnings == []


def test_a_question_in_another_list_style_closes_the_answer_before_it() -> None:
    text = (
        "1. What is a list?\n   A mutable sequence.\n\n"
        "* What is a tuple?\n  An immutable sequence.\n\n"
        "- Q3. Explain the GIL (hard)\n  Answer: one thread runs bytecode at a time.\n"
    )
    found = parse_markdown(text, "mixed.md")
    assert [(q.prompt, q.answer) for q in found.questions] == [
        ("What is a list?", "A mutable sequence."),
        ("What is a tuple?", "An immutable sequence."),
        ("Explain the GIL", "one thread runs bytecode at a time."),
    ]
    assert found.questions[2].level == "expert"
    assert accounted(found, text)


def test_a_bullet_without_a_mark_under_a_numbered_question_stays_its_answer() -> None:
    text = "1. What is a list?\n- it is mutable\n- Q-learning is unrelated\n"
    [question] = parse_markdown(text).questions
    assert question.answer == "- it is mutable\n- Q-learning is unrelated"


def test_a_question_left_out_or_read_into_an_answer_is_a_warning_naming_its_line() -> None:
    text = (
        "## Basics\n\n1. What is a list?\n   A mutable sequence.\n"
        "     - Q2: What is a tuple?\n\n## More\n\nExplain the GIL in CPython\nIt locks.\n"
    )
    found = parse_markdown(text, "notes.md")
    assert [q.prompt for q in found.questions] == ["What is a list?"]
    shown = [str(w) for w in found.warnings]
    assert len(shown) == 2
    assert shown[0].startswith("notes.md:5: warning: this line looks like a question")
    assert "read into an answer" in shown[0]
    assert shown[1].startswith("notes.md:9: warning: this line looks like a question")
    assert "left out" in shown[1]


def test_the_dry_run_summary_counts_the_warnings_it_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.md"
    source.write_text("1. What is a list?\nA sequence.\n\n## More\n\nExplain the GIL in CPython\n")
    args = ["--data-dir", str(tmp_path / "data"), "bank", "import", str(source), "--dry-run"]
    code, out, err = run(args, capsys)
    assert code == 0
    assert f"{source}:6: warning: this line looks like a question but was left out" in err
    assert out.rstrip().endswith("; 1 warning")


def test_a_guides_introduction_asking_its_reader_is_not_a_warning() -> None:
    text = "Intro\nWho should use this guide?\nEveryone.\n\n1. What is a list?\nA sequence.\n"
    found = parse_markdown(text, "guide.md")
    assert [q.prompt for q in found.questions] == ["What is a list?"]
    assert found.warnings == []


@SETTINGS
@given(
    st.lists(
        st.tuples(prompts, answers, st.sampled_from(ITEM_STYLES), st.sampled_from(ANSWER_STYLES)),
        min_size=1,
        max_size=8,
    )
)
def test_questions_in_mixed_marker_styles_each_keep_their_own_answer(
    items: list[tuple[str, str, str, str]],
) -> None:
    out = ["# Questions", ""]
    for n, (prompt, answer, item, answer_style) in enumerate(items, start=1):
        out += [item.format(n=n, p=prompt), answer_style.format(a=answer), ""]
    text = "\n".join(out)
    found = parse_markdown(text, "mixed.md")
    assert accounted(found, text)
    assert [(q.prompt, q.answer) for q in found.questions] == [(p, a) for p, a, _, _ in items]
    assert found.warnings == []
