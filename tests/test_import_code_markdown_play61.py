"""play61: a Markdown question about code ("What does this print?" over a fenced or indented
block) imported its code as the reference answer, and a coding exercise in sudheerj's layout
(a numbered heading, the code, its choices, `<summary>Answer</summary>`, `##### Answer: 2`)
became a question reading "Answer" with no code. The code is now part of the prompt; a code
block under a question that does not point at code stays in its answer. The file below is
written for this test in that layout (no public text)."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.importers import to_bank_yaml
from interviewer.core.importers.markdown import parse_markdown
from interviewer.core.importers.markdown.code_block import MULTIPLE_CHOICE_LINE

SIMPLE = """# Quiz

1. What does this print?

   ```python
   print(len({1, 1, 2}))
   ```

   It prints 2: a set keeps one copy of each value.

2. What is a generator?

   ```python
   def count():
       yield 1
   ```

   A function that yields values one at a time.

### What does the following code print?

    for i in range(2):
        print(i)

It prints 0 and then 1.
"""

EXERCISE = """# Exercises

### Coding Exercise

#### 1. What is the output of below code

```javascript
let total = 0;
for (const n of [1, 2]) {
  total += n;
}
console.log(total);
```

- 1: 0
- 2: 3
- 3: undefined

<details><summary><b>Answer</b></summary>
<p>

##### Answer: 2

The loop adds both numbers before the log runs.

</p>
</details>

**[Back to Top](#exercises)**

#### 2. What is the output of below code

```javascript
console.log(typeof []);
```

- 1: array
- 2: object

<details><summary><b>Answer</b></summary>
<p>

##### Answer: 2

Arrays are objects.

</p>
</details>
"""


def test_a_question_about_code_keeps_its_code_in_the_prompt() -> None:
    found = parse_markdown(SIMPLE, "quiz.md")
    printed, generator, indented = found.questions
    assert printed.prompt == "What does this print?\nprint(len({1, 1, 2}))"
    assert printed.answer_lines == ["It prints 2: a set keeps one copy of each value."]
    assert indented.prompt == (
        "What does the following code print?\nfor i in range(2):\n    print(i)"
    )
    assert indented.answer_lines == ["It prints 0 and then 1."]
    # 'What is a generator?' points at no code: its example stays in the answer
    assert generator.prompt == "What is a generator?"
    assert "yield 1" in generator.answer_lines


def test_a_coding_exercise_in_sudheerj_s_layout() -> None:
    found = parse_markdown(EXERCISE, "exercises.md")
    first, second = found.questions
    assert first.prompt.splitlines() == [
        "What is the output of below code",
        "let total = 0;",
        "for (const n of [1, 2]) {",
        "  total += n;",
        "}",
        "console.log(total);",
        "- 1: 0",
        "- 2: 3",
        "- 3: undefined",
        MULTIPLE_CHOICE_LINE,  # play62
    ]
    assert first.answer_lines == ["2: 3.", "The loop adds both numbers before the log runs."]
    assert second.prompt.splitlines()[1] == "console.log(typeof []);"
    assert second.answer_lines == ["2: object.", "Arrays are objects."]
    assert [q.topic for q in found.questions] == ["Coding Exercise", "Coding Exercise"]
    assert found.warnings == []


def test_the_bank_written_loads_with_the_code(tmp_path: Path) -> None:
    path = tmp_path / "exercises.yaml"
    path.write_text(to_bank_yaml(parse_markdown(EXERCISE, "exercises.md"), "ex"), "utf-8")
    bank = load_bank(path)
    assert "  total += n;" in bank.get("ex-001").prompt.splitlines()
