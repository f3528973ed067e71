"""grading/choices/ is two modules, one idea each (code65): `named.py` reads which choice an
answer names, `graded.py` grades it. The package still serves every name its callers import,
as the very objects of the modules."""

from __future__ import annotations

from interviewer.core.grading import choices
from interviewer.core.grading.choices import graded, named
from interviewer.core.grading.grader import answers


def test_the_package_serves_each_modules_own_names() -> None:
    for module in (named, graded):
        for name in set(choices.__all__) & set(vars(module)):
            assert getattr(choices, name) is getattr(module, name), name
    assert set(choices.__all__) <= set(vars(named)) | set(vars(graded))
    assert answers.graded_choice is graded.graded_choice


def test_the_grading_reads_the_choice_through_the_reader() -> None:
    """`graded.py` reads no label itself: the reading and the comparing of a choice's text are
    `named.py`'s."""
    assert graded.named_choice is named.named_choice
    assert graded.plain_text is named.plain_text
    assert named.plain_text("`Undefined` and  `1`.") == "undefined and 1"
