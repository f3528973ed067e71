"""play66 (play65's note): an imported list's pointers to other lists ("# Other question
list", then "* [List of ML questions](https://...)") became questions, and the paragraph
after them the last one's answer. Now a link-only item is no question, and a section titled as
a list of links holds none (`importers/markdown/links.py`); `--dry-run` says so of each line
and the import summary counts them.

The list played: `khangich/machine-learning-interview`, `questions.md` (no licence file: it
was imported into /tmp only, and no line of it is quoted here; the lists below are written for
the tests in its shape)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.core.importers import parse_markdown
from interviewer.core.importers.markdown.links import (
    IN_SECTION,
    LINK_ONLY,
    link_only,
    links_section,
)

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
prompts = st.lists(words, min_size=2, max_size=6).map(lambda ws: "What is " + " ".join(ws) + "?")
link_texts = st.lists(words, min_size=1, max_size=5).map(lambda ws: " ".join(ws).capitalize())
urls = st.lists(words, min_size=1, max_size=3).map(lambda ws: "https://example.org/" + "/".join(ws))
links = st.tuples(link_texts, urls, st.sampled_from(("[{t}]({u})", "{u}", "**[{t}]({u})**")))
link_lines = links.map(lambda p: p[2].format(t=p[0], u=p[1]))
section_titles = st.sampled_from(
    (
        "See also",
        "Other question list",
        "Other interview question lists",
        "Table of contents",
        "Further reading:",
        "Useful links",
    )
)
bullets = st.sampled_from(("* ", "- ", "1. "))


@SETTINGS
@given(
    st.lists(prompts, min_size=1, max_size=5, unique=True),
    section_titles,
    st.lists(link_lines, min_size=1, max_size=5),
    bullets,
    st.sampled_from(("#", "##")),
)
def test_a_section_of_links_holds_no_question(questions, title, pointers, bullet, depth) -> None:
    """Fails on the base: the link bullets became questions (or answers)."""
    lines = ["# Machine learning", ""]
    lines += [f"{n}. {prompt}" for n, prompt in enumerate(questions, start=1)]
    lines += ["", f"{depth} {title}"]
    lines += [f"{bullet}{pointer}" for pointer in pointers]
    lines += ["", "* If you like this list, star it. Thanks!"]
    found = parse_markdown("\n".join(lines))
    assert [q.prompt for q in found.questions] == questions
    assert len(found.account) == len(lines)  # every line accounted for
    first = len(questions) + 4  # the section's heading, 1-based
    for entry in found.account[first - 1 :]:
        assert entry.kind == "ignored"
        assert entry.note in ("blank", IN_SECTION.format(title.rstrip()))
    assert f"({len(pointers) + 2} of links, not questions)" in found.summary()


@SETTINGS
@given(st.lists(prompts, min_size=2, max_size=5, unique=True), link_lines, bullets)
def test_a_link_only_item_is_no_question(questions, pointer, bullet) -> None:
    """A pointer where a question would start (before a list of questions with no answers):
    none of them, said so (a bare URL was already "markup only"). Fails on the base."""
    lines = ["# Trees", f"{bullet}{pointer}"]
    lines += [f"{bullet}{prompt}" for prompt in questions]
    found = parse_markdown("\n".join(lines))
    assert [q.prompt for q in found.questions] == questions
    assert found.account[1].kind == "ignored"
    assert found.account[1].note in (LINK_ONLY, "markup only")


@SETTINGS
@given(prompts, urls, bullets)
def test_a_link_that_asks_is_a_question(prompt, url, bullet) -> None:
    found = parse_markdown(f"# Trees\n\n{bullet}[{prompt}]({url})\n{bullet}What is a leaf?")
    assert [q.prompt for q in found.questions] == [prompt, "What is a leaf?"]


@SETTINGS
@given(prompts, link_texts, urls)
def test_a_link_under_an_open_question_stays_in_its_answer(prompt, text, url) -> None:
    found = parse_markdown(f"1. {prompt}\n   It splits the data.\n   - [{text}]({url})")
    [question] = found.questions
    assert question.prompt == prompt
    assert text in question.answer


def test_what_is_a_link_only_item_and_a_section_of_links() -> None:
    assert link_only("[List of ML questions](https://github.com/x/y.md)")
    assert link_only("https://example.org/faq")
    assert link_only("[One](https://a.org), [Two](https://b.org)")
    assert not link_only("[Why L1 sparse?](https://stats.stackexchange.com/q/1)")
    assert not link_only("Read [this](https://a.org) and explain it.")
    assert not link_only("What is a link?")
    assert links_section("Other question list") and links_section("## See also".lstrip("# "))
    assert links_section("Contents") and links_section("**Further reading:**")
    for title in ("Other topics", "Resources", "More questions", "Machine learning"):
        assert not links_section(title), title
