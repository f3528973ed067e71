"""play67: tech-interview-handbook's behavioural list (MIT, tests/data/import/
tih_behavioural_excerpt.md) opens with YAML front matter, and its bank was titled "---" on the
home screen. A list's title now comes from its front matter's `title:`, and a separator line is
never a title (`importers/markdown/title.py`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown

EXCERPT = Path(__file__).parent / "data" / "import" / "tih_behavioural_excerpt.md"


def test_the_real_lists_title_is_its_front_matters() -> None:
    """Fails on the base: '---'."""
    found = parse_markdown(EXCERPT.read_text(encoding="utf-8"), source=str(EXCERPT))
    assert found.title == "The 30 most common Software Engineer behavioral interview questions"


def test_front_matter_without_a_title_is_passed_over() -> None:
    """Fails on the base: '---'."""
    text = "---\nid: x\nsidebar: y\n---\n\n# Python questions\n\n1. What is a list?\n"
    assert parse_markdown(text, source="notes.md").title == "Python questions"


def test_a_separator_is_no_title() -> None:
    """Fails on the base: '***'."""
    text = "***\n\nPython questions\n\n1. What is a list?\n"
    assert parse_markdown(text, source="notes.md").title == "Python questions"


def test_a_list_that_opens_with_its_question_is_named_after_the_file() -> None:
    """Fails on the base: '---'."""
    assert parse_markdown("---\n\n1. What is a list?\n", source="notes.md").title == "notes"


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
titles = st.lists(words, min_size=1, max_size=6).map(lambda ws: " ".join(ws).capitalize())
keys = st.lists(st.tuples(words.filter(lambda w: w != "title"), words), max_size=4)


@settings(max_examples=60, deadline=None)
@given(titles, keys, st.booleans(), st.sampled_from(("", '"', "'")))
def test_any_front_matter_title_is_the_lists(title, others, title_first, quote) -> None:
    """Fails on the base: '---'."""
    matter = [f"{key}: {value}" for key, value in others]
    line = f"title: {quote}{title}{quote}"
    matter = [line, *matter] if title_first else [*matter, line]
    text = "\n".join(["---", *matter, "---", "", "## Basics", "", "1. What is a list?", ""])
    found = parse_markdown(text, source="notes.md")
    assert found.title == title
    assert [q.prompt for q in found.questions] == ["What is a list?"]
