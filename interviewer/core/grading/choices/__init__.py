"""A multiple-choice question is graded on the choice the answer names (mc63, after play62: the
right answer "D: undefined and ReferenceError" scored 25.8 and was flagged as restating the
question, a bare "B" 0.0, since the choices' words are the question's own; mc64: numbered
choices, what a right choice is told, one score for a wrong one).

The rule, for a question whose bank lists `choices` and `answer` (the right one's label: the
choices are lettered A, B, C ... in order, or numbered 1, 2, 3 ... when `answer` is a number,
as sudheerj's lists are); an open question is never read here. Two ideas, a module each, each
stating its rules whole in its docstring ("a label" there is a letter among the choices'
letters, or a number among theirs):

named.py    which choice an answer names (`named_choice`): a label leading the answer or named
            anywhere, a label set aside, a quantity, a choice's full text, no clear choice
graded.py   the grade of the choice named (`graded_choice`): right, wrong or no clear choice,
            and the key's reason told with a right choice (`key_reason`)
"""

from .graded import REASON_CHARS, RIGHT_FLOOR, WRONG_SCORE, graded_choice, key_reason
from .named import UNIT_WORDS, NamedChoice, named_choice, plain_text

__all__ = [
    "REASON_CHARS",
    "RIGHT_FLOOR",
    "UNIT_WORDS",
    "WRONG_SCORE",
    "NamedChoice",
    "graded_choice",
    "key_reason",
    "named_choice",
    "plain_text",
]
