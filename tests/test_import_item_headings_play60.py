"""play60: a public list in the layout of sudheerj's interview-question READMEs (MIT; each
question a numbered item holding a heading, `35. ### What is context?`, each answer followed by
a `**[⬆ Back to Top](#table-of-contents)**` line) imported its prompts as "### What is
context?" and every "Back to Top" link as a topic. The heading's marks are dropped from the
prompt and a line that is only a link within the page is ignored as navigation. (A synthetic
file written by the team in that layout.)"""

from __future__ import annotations

from interviewer.core.importers import parse_markdown

LIST = """\
1. ### What is a closure?

    A *closure* is a function that keeps the variables of the scope it was created in.

    ```javascript
    const add = (a) => (b) => a + b
    ```


   **[⬆ Back to Top](#table-of-contents)**

2. ### Why use `const`?

    It stops a name from being bound again.

   [Back to top](#top)
"""


def test_numbered_headings_are_questions_and_top_links_are_ignored() -> None:
    found = parse_markdown(LIST, "list.md")
    assert [q.prompt for q in found.questions] == ["What is a closure?", "Why use `const`?"]
    assert found.topics == []
    first = found.questions[0].answer
    assert "const add = (a) => (b) => a + b" in first and "Back to Top" not in first
    assert "Back to top" not in found.questions[1].answer
    notes = {e.line: e.note for e in found.account if e.kind == "ignored"}
    assert notes[10] == notes[16] == "a link within the page (navigation)"


def test_a_link_to_another_page_stays_part_of_the_answer() -> None:
    found = parse_markdown("1. What is REST?\n\n   [The thesis](https://example.org/rest)\n")
    assert found.questions[0].answer == "The thesis"
