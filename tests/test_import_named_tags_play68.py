"""play68: a question list about web development lost the tags its questions ask about:
"What is the difference between the <div> and <span> tags?" imported as "What is the
difference between the and tags?", "What does the <br> element do ...?" as "What does the
element do ...?". A tag that stands in a line as a word does is kept as written
(`importers.named_tags`); a tag that wraps text, carries attributes or breaks a line between
sentences is still dropped as layout."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.importers import clean_inline, parse_markdown

DATA = Path(__file__).parent / "data" / "import"
LAYOUT_TAGS = ("br", "div", "span", "p", "b", "i", "strong", "em", "ol", "ul", "li", "img", "a")
words = st.lists(st.sampled_from(("page", "text", "block", "inline", "list", "line")), min_size=1)


def test_a_web_list_in_a_real_lists_layout_imports_whole():
    """Synthetic, in the layout of mahadeokhamgal/interview_questions' Web_Dev_Cleaned.md
    (no licence found; see SOURCES.md): one `#` line per question, tags written bare."""
    prompts = [
        q.prompt for q in parse_markdown((DATA / "web_tags_layout.md").read_text()).questions
    ]
    assert prompts[:9] == [
        "What does the <br> element do, and when is it the wrong choice?",
        "When would you pick <section> over <div>?",
        "What is the difference between the <div> and <span> tags?",
        "Why write <strong> rather than <b>?",
        "What goes inside the <head> of a page, and what must not?",
        "How do <ol> and <ul> differ?",
        "What is the alt attribute of an <img> for?",
        "What does <p> add that a plain line of text lacks?",
        "How does display: block change a <span>?",
    ]


def test_a_real_lists_layout_tags_are_still_dropped():
    """tanmayi-dev/interview-questions-handbook's HTML solutions (MIT): `<details>`,
    `<summary>` and `<p>` lay the answers out and must not reach a question or an answer."""
    found = parse_markdown((DATA / "html_solutions_excerpt.md").read_text())
    prompts = [q.prompt for q in found.questions]
    assert prompts[:3] == [
        "What is `<!DOCTYPE html>` used for?",
        "What happens if <!DOCTYPE html> is not used in html page?",
        "What is semantic tags and non-semantic tags in Html?",
    ]
    assert found.questions[0].answer_lines[0] == (
        "All HTML documents must start with a <!DOCTYPE> declaration."
    )
    for question in found.questions:
        for answer in question.answer_lines:
            assert "<details>" not in answer and "<summary>" not in answer
            assert "<p>" not in answer and "</p>" not in answer


def test_named_and_layout_tags_side_by_side():
    assert clean_inline("What does <br> do?") == "What does <br> do?"
    assert clean_inline("Why put <b>bold</b> text in <strong> instead?") == (
        "Why put bold text in <strong> instead?"
    )
    assert clean_inline("<div> and <span>: which is inline?") == (
        "<div> and <span>: which is inline?"
    )
    assert clean_inline("First line. <br> Second line.") == "First line. Second line."
    assert clean_inline("Answer here <br/>") == "Answer here"
    assert clean_inline('<img src="logo.png"> What is X?') == "What is X?"
    assert clean_inline('<p align="center">What is <b>X</b>?</p>') == "What is X?"


@given(st.sampled_from(LAYOUT_TAGS), words, words)
def test_a_tag_named_between_words_is_kept(tag, before, after):
    line = f"What does the {' '.join(before)} <{tag}> {' '.join(after)} do?"
    assert f"<{tag}>" in clean_inline(line)


@given(st.sampled_from(LAYOUT_TAGS), words, words)
def test_a_tag_that_wraps_words_is_dropped(tag, inside, after):
    line = f"What is <{tag}>{' '.join(inside)}</{tag}> {' '.join(after)}?"
    assert clean_inline(line) == f"What is {' '.join(inside)} {' '.join(after)}?"


@given(st.sampled_from(LAYOUT_TAGS), words)
def test_a_tag_that_ends_a_line_or_a_sentence_is_dropped(tag, text):
    sentence = " ".join(text)
    assert clean_inline(f"What is {sentence}? <{tag}>") == f"What is {sentence}?"
    assert clean_inline(f"{sentence}. <{tag}> {sentence}.") == f"{sentence}. {sentence}."
