"""play62: a multiple-choice list in lydiahallie's layout (`###### 1. What's the output?`, a
fenced block, choices `- A: ...`, `<summary>Answer</summary>`, `#### Answer: D`) imported
"What's the output?" alone as the prompt, with the code, the choices and a bare "D" as its
reference; a numbered heading without '?' among them (`###### 3. Every object has a
prototype.`) became a topic and the question under it read "Answer". A numbered item that is a
heading without '?' (`1. ### What is the output of below code`, sudheerj's layout) was text
before the first question. The files below are written for this test in those layouts (no
public text)."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.importers import to_bank_yaml
from interviewer.core.importers.markdown import parse_markdown
from interviewer.core.importers.markdown.code_block import MULTIPLE_CHOICE_LINE, listed_choices

LETTERED = """# Quiz

---

###### 1. What's the output?

```javascript
function f() {
  return typeof x;
}
console.log(f());
```

- A: `x`
- B: `"undefined"`
- C: `ReferenceError`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

typeof on a name never declared gives the string "undefined" and throws nothing.

</p>
</details>

---

###### 2. Which event phase runs first?

- A: Bubbling
- B: Capturing

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

Capturing runs from the window down to the target before bubbling goes back up.

</p>
</details>

---

###### 3. Every object has a prototype.

- A: true
- B: false

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

An object made with Object.create(null) has none.

</p>
</details>
"""

ITEM_HEADINGS = """# Quiz

1. ### What is the output of below code

   ```javascript
   console.log([1, 2] + [3]);
   ```

   - 1: 1,23
   - 2: [1, 2, 3]

   <details><summary><b>Answer</b></summary>
   <p>

   ##### Answer: 1

   Both arrays become strings before the + joins them.

   </p>
   </details>

2. ### What are the ways to copy an array

   Spread it, or call slice with no arguments.
"""


def test_a_lettered_multiple_choice_list() -> None:
    found = parse_markdown(LETTERED, "quiz.md")
    output, phase, prototype = found.questions
    assert output.prompt.splitlines() == [
        "What's the output?",
        "function f() {",
        "  return typeof x;",
        "}",
        "console.log(f());",
        "- A: `x`",
        '- B: `"undefined"`',
        "- C: `ReferenceError`",
        MULTIPLE_CHOICE_LINE,
    ]
    assert output.answer_lines[0] == 'B: `"undefined"`.'
    choices = ["- A: Bubbling", "- B: Capturing", MULTIPLE_CHOICE_LINE]
    assert phase.prompt.splitlines()[1:] == choices
    assert phase.answer_lines[0] == "B: Capturing."
    # a numbered heading without '?' among numbered questions is one, not a topic
    assert prototype.prompt.splitlines()[0] == "Every object has a prototype."
    assert prototype.answer_lines[0] == "B: false."
    assert {q.topic for q in found.questions} == {"Quiz"}
    assert found.warnings == []


def test_a_numbered_item_that_is_a_heading_asks() -> None:
    found = parse_markdown(ITEM_HEADINGS, "quiz.md")
    code, ways = found.questions
    assert code.prompt.splitlines() == [
        "What is the output of below code",
        "console.log([1, 2] + [3]);",
        "- 1: 1,23",
        "- 2: [1, 2, 3]",
        MULTIPLE_CHOICE_LINE,
    ]
    assert code.answer_lines == ["1: 1,23.", "Both arrays become strings before the + joins them."]
    assert ways.prompt == "What are the ways to copy an array"
    assert ways.answer_lines == ["Spread it, or call slice with no arguments."]


def test_choices_are_two_or_more_labelled_in_order() -> None:
    assert listed_choices(["code();", "- A: one", "- B: two"]) == 2
    assert listed_choices(["- 1: one", "- 2: two", "- 3: three"]) == 3
    # a lone "- A: ..." is an answer's line; letters out of order are not choices
    assert listed_choices(["- A: It is a cache."]) == 0
    assert listed_choices(["- B: one", "- C: two"]) == 0
    assert listed_choices(["- e.g. a cache", "- f. two"]) == 0


def test_the_bank_written_loads(tmp_path: Path) -> None:
    path = tmp_path / "quiz.yaml"
    path.write_text(to_bank_yaml(parse_markdown(LETTERED, "quiz.md"), "quiz"), "utf-8")
    bank = load_bank(path)
    assert bank.get("quiz-003").prompt.endswith(MULTIPLE_CHOICE_LINE)
