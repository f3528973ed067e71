"""A `roles` problem is told at the line to fix (play55): the role's own part or wording, not
the first line of the `roles:` list, in a block list where each wording has its own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_bank import GOOD, write

from interviewer.core.bank import load_bank
from interviewer.core.errors import BankError

RUBRIC = """\
bank: demo
questions:
  demo-2:
    concepts:
      - name: whole
    roles:
      - part: [encoder]
        does:
          - reads the whole input
          - builds a representation
      - part:
          - decoder
          - encoder
        does:
          - writes the output tokens
          - builds a representation
          - encoder output
"""


def test_each_roles_problem_is_at_its_own_line(tmp_path: Path) -> None:
    bank = write(tmp_path, GOOD)
    rubric = write(tmp_path, RUBRIC, "bank.rubric.yaml")
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    where = {str(p).split(": rubric")[0]: str(p).split("roles: ")[1] for p in caught.value.problems}
    assert where == {
        f"{rubric}:13": "part name 'encoder' is given twice",
        f"{rubric}:16": "'builds a representation' is given twice",
        f"{rubric}:17": "'decoder' does 'encoder output', which names part 'encoder'",
    }, where
    lines = RUBRIC.splitlines()
    assert lines[13 - 1].strip() == "- encoder"
    assert lines[16 - 1].strip() == "- builds a representation"
    assert lines[17 - 1].strip() == "- encoder output"
