"""mc63: a bank question's optional `choices` (lettered A, B, ... in order) and `answer` (the
right letter), checked at file:line; the Markdown importer fills them from a lettered
multiple-choice list (`- A: ...` and `#### Answer: D`). The files are written for this test."""

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
    answer: B
    references: B. Capturing runs from the window down before bubbling goes back up.
"""


def test_choices_and_answer_load(tmp_path: Path) -> None:
    question = load_bank(write(tmp_path, BANK)).get("quiz-1")
    assert question.choices == ("Bubbling", "Capturing")
    assert question.right_choice == "B"


def test_a_letter_not_among_the_choices(tmp_path: Path) -> None:
    path = write(tmp_path, BANK.replace("answer: B", "answer: C"))
    assert problems_of(path) == [
        f"{path}:9: question 'quiz-1': answer must be one of the choices' letters A, B "
        "or numbers 1, 2 (got 'C')"
    ]


def test_fewer_than_two_choices(tmp_path: Path) -> None:
    path = write(
        tmp_path, BANK.replace("      - Capturing\n", "").replace("answer: B", "answer: A")
    )
    assert problems_of(path) == [
        f"{path}:7: question 'quiz-1': choices must list 2 to 8 options (got 1)"
    ]


def test_one_key_without_the_other(tmp_path: Path) -> None:
    no_answer = write(tmp_path, BANK.replace("    answer: B\n", ""), "a.yaml")
    assert problems_of(no_answer) == [
        f"{no_answer}:4: question 'quiz-1': choices need an 'answer' (one of A, B, "
        "or of 1, 2 for numbered choices)"
    ]
    no_choices = write(
        tmp_path, BANK.replace("    choices:\n      - Bubbling\n      - Capturing\n", ""), "b.yaml"
    )
    assert problems_of(no_choices) == [
        f"{no_choices}:6: question 'quiz-1': 'answer' needs 'choices' (A, B, ...)"
    ]


def test_the_bank_cache_keeps_them(tmp_path: Path) -> None:
    bank = load_bank(write(tmp_path, BANK))
    again = bank_from_json(bank_to_json(bank))
    assert again.get("quiz-1").choices == ("Bubbling", "Capturing")
    assert again.get("quiz-1").right_choice == "B"


LIST = """# Quiz

###### 1. What's the output?

```javascript
console.log(typeof b);
```

- A: `"number"`
- B: `"undefined"`
- C: `ReferenceError`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

typeof on a name never declared gives "undefined".

</p>
</details>

###### 2. Which phase runs first?

- A: Bubbling
- B: Capturing

#### Answer: B

Capturing runs first.

###### 3. What is the output of below code

```javascript
console.log([1] + [2]);
```

- 1: 12
- 2: [1, 2]

##### Answer: 1

Both arrays become strings.
"""


def test_the_importer_fills_choices_and_answer(tmp_path: Path) -> None:
    found = parse_markdown(LIST, "quiz.md")
    output, phase, numbered = found.questions
    assert output.choices == ['`"number"`', '`"undefined"`', "`ReferenceError`"]
    assert output.right_choice == "B"
    assert (phase.choices, phase.right_choice) == (["Bubbling", "Capturing"], "B")
    # choices numbered from 1 are kept with their numbers (mc64)
    assert (numbered.choices, numbered.right_choice) == (["12", "[1, 2]"], "1")
    bank = load_bank(write(tmp_path, to_bank_yaml(found, "quiz")))
    assert bank.questions[0].choices == ('`"number"`', '`"undefined"`', "`ReferenceError`")
    assert bank.questions[0].right_choice == "B"
    assert bank.questions[2].choices == ("12", "[1, 2]")
    assert bank.questions[2].choice_labels == ("1", "2")
