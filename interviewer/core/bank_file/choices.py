"""A question's `choices` and `answer` (a multiple-choice question), checked with file:line
problems: two to eight choices, and `answer` the right one's label as the source writes it: a
letter (`D`, the choices lettered A, B, C ... in order) or a number (`1`, the choices numbered
1, 2, 3 ..., as sudheerj's lists are). Either key without the other is a problem too."""

from __future__ import annotations

import yaml

from ..bank import CHOICE_LETTERS as LETTERS
from ..bank import labels_for_choices
from .reader import Reader

MIN_CHOICES = 2


def parse_choices(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], reader: Reader, label: str, node: yaml.Node
) -> tuple[tuple[str, ...], str | None]:
    """The question's choices and the right one's label (upper-case letter or number);
    `((), None)` when it has none or they are not valid (each problem is told at its line)."""
    if "choices" not in fields and "answer" not in fields:
        return (), None
    if "choices" not in fields:
        reader.problem(fields["answer"][0], f"{label}: 'answer' needs 'choices' (A, B, ...)")
        return (), None
    choices_node = fields["choices"][1]
    if not isinstance(choices_node, yaml.SequenceNode):
        reader.problem(choices_node, f"{label}: choices must be a list of texts")
        return (), None
    before = len(reader.problems)
    choices = reader.texts(choices_node, f"{label}: choice") or ()
    if len(reader.problems) > before:
        return (), None
    if not MIN_CHOICES <= len(choices) <= len(LETTERS):
        reader.problem(
            choices_node,
            f"{label}: choices must list {MIN_CHOICES} to {len(LETTERS)} options "
            f"(got {len(choices)})",
        )
        return (), None
    letters = labels_for_choices(len(choices))
    numbers = labels_for_choices(len(choices), numbered=True)
    if "answer" not in fields:
        reader.problem(
            node,
            f"{label}: choices need an 'answer' (one of {', '.join(letters)}, or of "
            f"{', '.join(numbers)} for numbered choices)",
        )
        return (), None
    answer_node = fields["answer"][1]
    given = reader.text(answer_node, f"{label}: answer")
    if given is None:
        return (), None
    right = given.strip().upper()
    if right not in letters and right not in numbers:
        reader.problem(
            answer_node,
            f"{label}: answer must be one of the choices' letters {', '.join(letters)} "
            f"or numbers {', '.join(numbers)} (got '{given}')",
        )
        return (), None
    return choices, right
