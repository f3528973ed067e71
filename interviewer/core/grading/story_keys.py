"""Behavioural questions whose answer key is written as instructions: graded as stories.

A teacher's or a team's own list often asks for a story ("Tell me about a time you disagreed
with a teammate.") and keys it with what a good answer does ("A good answer describes a
concrete situation, the disagreement, and the actions taken ..."). Reference mode compares an
answer's words with the key's, and a story shares few words with a key that describes stories:
good stories scored 52-63 `weak` on play64's cohort key, below answers of what the candidate
*would* do, which repeat the key's words. The built-in `star` rubric reads a story for its
Situation, Task, Action, Result and Reflection, and caps filler, hypotheticals and stories off
the question.

The rule (`graded_as_story`): a question is graded by the `star` rubric, as if its bank said
`rubric: star`, when all of these hold:

- it has no rubric of its own (no concepts, no misconceptions, no built-in rubric) and no
  choices;
- its prompt asks for a story from the candidate's past (`importers.behavioural.is_behavioural`,
  the reading `bank import` gives `rubric: star` by: "Tell me about a time ...", "Describe a
  mistake you made ...");
- it has a reference answer, and every reference answer is written as instructions
  (`key_terms.instruction_keys.is_instruction_key`: "A good answer names ...", "The candidate
  should ...").

In: "Tell me about a time you disagreed with a teammate." keyed "A good answer describes a
concrete situation ..."; "Describe a mistake you made at work ..." keyed "A good answer names a
real mistake ...".
Out (graded as before): "How do you prioritise when you have several urgent deadlines?" keyed
the same way (no story asked for: an approach is, and its key's words are what it is graded
on); "Tell me about a time you dealt with an unhappy customer." keyed with a sample story (a
key to compare with); any question with a rubric (the shipped banks: nothing of theirs moves).

A grade given this way says so: its feedback ends with STORY_KEY_NOTE. The key's own points
("takes ownership", "a checklist") are not checked word by word: a story says them in its own
words, and a term missing from a good story would be coaching it on the key's wording.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..bank import Question
from .key_terms.instruction_keys import is_instruction_key
from .result import Grade

STORY_KEY_NOTE = (
    "Graded as a story (Situation, Task, Action, Result): the question asks for one and its "
    "answer key says what a good answer does, so the story's parts were read, not the key's "
    "words. Check the key's own points yourself."
)
"""The last feedback line of a grade given by `graded_as_story`."""


def graded_as_story(question: Question) -> bool:
    """Whether `question` is graded by the `star` rubric though its bank does not say so (see
    the module docstring)."""
    if (
        question.rubric is not None
        or question.concepts
        or question.misconceptions
        or question.choices
        or not question.has_reference
    ):
        return False
    return _story_key(question.prompt, question.reference_answers)


@lru_cache(maxsize=4096)
def _story_key(prompt: str, references: tuple[str, ...]) -> bool:
    """Whether the prompt asks for a story and every reference is written as instructions."""
    # the importer's reading of a prompt, so that `bank import` and grading agree on what a
    # behavioural question is (it is plain text reading, no import of the importers' input)
    from ..importers.behavioural import is_behavioural

    keys = [text for text in references if text.strip()]
    return is_behavioural(prompt) and all(is_instruction_key(text) for text in keys)


def story_grade(question: Question, answer: object, *, timed_out: bool = False) -> Grade:
    """The `star` rubric's grade of `answer`, its feedback ending with STORY_KEY_NOTE."""
    from .star import grade_star

    grade = grade_star(question, answer, timed_out=timed_out)
    return replace(grade, feedback=(*grade.feedback, STORY_KEY_NOTE))
