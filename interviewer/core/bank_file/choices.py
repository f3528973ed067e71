"""A question's `choices` and `answer` (a multiple-choice question), checked with file:line
problems: two to eight choices (lettered A, B, C ... in order), and `answer` one of their
letters. Either key without the other is a problem too."""

from __future__ import annotations

import yaml

from ..bank import CHOICE_LETTERS as LETTERS
from .reader import Reader

MIN_CHOICES = 2


def parse_choices(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], reader: Reader, label: str, node: yaml.Node
) -> tuple[tuple[str, ...], str | None]:
    """The question's choices and the right one's letter; `((), None)` when it has none or
    they are not valid (each problem is told at its line)."""
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
    letters = LETTERS[: len(choices)]
    if "answer" not in fields:
        reader.problem(node, f"{label}: choices need an 'answer' (one of {', '.join(letters)})")
        return (), None
    answer_node = fields["answer"][1]
    letter = reader.text(answer_node, f"{label}: answer")
    if letter is None:
        return (), None
    if letter.strip().upper() not in letters:
        reader.problem(
            answer_node,
            f"{label}: answer must be one of the choices' letters {', '.join(letters)} "
            f"(got '{letter}')",
        )
        return (), None
    return choices, letter.strip().upper()
