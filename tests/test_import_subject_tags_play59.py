"""play59: importing h5bp's Front-end Developer Interview Questions (Anki/anki-card.csv, MIT)
turned "Describe the difference between <script>, <script async> and <script defer>." into
"Describe the difference between , and .": every HTML tag was dropped as markup, even one a
question names as its subject. A tag no Markdown list uses for its layout is kept as written;
layout tags are still dropped."""

from __future__ import annotations

from interviewer.core.importers import clean_inline, parse_markdown, parse_table

SCRIPT = "Describe the difference between <script>, <script async> and <script defer>."
HEAD = (
    "Why is it generally a good idea to position CSS <link>s between <head></head> and JS"
    " <script>s just before </body>?"
)


def test_a_tag_a_question_asks_about_is_kept():
    assert clean_inline(SCRIPT) == SCRIPT
    assert clean_inline(HEAD) == HEAD


def test_an_anki_table_keeps_the_tags_of_its_questions():
    found = parse_table(f"# FRONT\tBACK\n{SCRIPT}\t\nWhat does a doctype do?\t\n", "anki.csv")
    assert [q.prompt for q in found.questions] == [SCRIPT, "What does a doctype do?"]


def test_layout_tags_are_still_dropped():
    assert clean_inline('<p align="center">What is <b>X</b>?</p>') == "What is X?"
    assert clean_inline("What is X?<br/>") == "What is X?"
    [question] = parse_markdown(
        "<details><summary>What is a closure?</summary>\n\nA function with its scope.\n</details>\n"
    ).questions
    assert question.prompt == "What is a closure?"
