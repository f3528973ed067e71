"""mc64: a multiple-choice question's choices numbered as its source numbers them (`- 1: ...`,
`Answer: 1`, as in sudheerj's javascript-interview-questions): the bank's `answer` is then a
number, checked at file:line, and the Markdown importer keeps them with their numbers (mc63
left them in the prompt only). The files are written for this test (no public text)."""

from __future__ import annotations

from pathlib import Path

from bank_helpers import problems_of, write

from interviewer.core.bank import load_bank
from interviewer.core.bank_json import bank_from_json, bank_to_json
from interviewer.core.importers import to_bank_yaml
from interviewer.core.importers.markdown import parse_markdown

BANK = """\
id: quiz
title: Quiz
questions:
  - id: quiz-1
    prompt: Which phase runs first?
    choices:
      - Bubbling
      - Capturing
      - Neither
    answer: 2
    references: 2. Capturing runs from the window down before bubbling goes back up.
"""


def test_a_numbered_answer_loads_with_number_labels(tmp_path: Path) -> None:
    question = load_bank(write(tmp_path, BANK)).get("quiz-1")
    assert question.right_choice == "2"
    assert question.choice_labels == ("1", "2", "3")
    quoted = load_bank(write(tmp_path, BANK.replace("answer: 2", "answer: '2'"), "q.yaml"))
    assert quoted.get("quiz-1").right_choice == "2"
    lettered = load_bank(write(tmp_path, BANK.replace("answer: 2", "answer: b"), "l.yaml"))
    assert lettered.get("quiz-1").choice_labels == ("A", "B", "C")


def test_a_number_not_among_the_choices(tmp_path: Path) -> None:
    for wrong in ("4", "0"):
        path = write(tmp_path, BANK.replace("answer: 2", f"answer: {wrong}"), f"{wrong}.yaml")
        assert problems_of(path) == [
            f"{path}:10: question 'quiz-1': answer must be one of the choices' letters A, B, C "
            f"or numbers 1, 2, 3 (got '{wrong}')"
        ]


def test_the_bank_cache_keeps_the_numbers(tmp_path: Path) -> None:
    again = bank_from_json(bank_to_json(load_bank(write(tmp_path, BANK)))).get("quiz-1")
    assert (again.right_choice, again.choice_labels) == ("2", ("1", "2", "3"))


LIST = """# Quiz

#### 1. What is the output of below code

```javascript
console.log(typeof null);
```

- 1: null
- 2: object
- 3: undefined

<details><summary><b>Answer</b></summary>
<p>

##### Answer: 2

typeof null gives "object", a leftover of the first implementation.

</p>
</details>

#### 2. What is the output of below code

```javascript
console.log([] + []);
```

- 1: an empty string
- 2: 0

##### Answer: 3

Both arrays become empty strings.
"""


def test_the_importer_keeps_numbered_choices(tmp_path: Path) -> None:
    found = parse_markdown(LIST, "quiz.md")
    typeof, bad = found.questions
    assert (typeof.choices, typeof.right_choice) == (["null", "object", "undefined"], "2")
    # a marker naming no number among the choices: neither key (the list stays in the prompt)
    assert bad.right_choice is None
    bank = load_bank(write(tmp_path, to_bank_yaml(found, "quiz")))
    question = bank.questions[0]
    assert (question.choices, question.right_choice) == (("null", "object", "undefined"), "2")
    assert "- 2: object" in question.prompt
    assert bank.questions[1].choices == ()
