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
- its prompt asks for a story from the candidate's past (`core.story_prompts.is_behavioural`,
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

What the key asks for is still read where that is fair (`with_key_score`): a story told as it
stands (the `star` grade flags nothing but how the answer was read: not empty, hypothetical,
filler, off the question, taken back, unreadable, nor with a red flag) keeps reference mode's
score against the key when that is higher, the raise shown as an "answer key" part of the
explanation. A short story that says what the key asks for is not lowered by the story's length
rule: play64's cohort answer "... I listened, we compared the trade-offs with data from our
metrics, agreed to refactor gradually ..." (40 words) scores 31.1 as a story, 66.6 against the
key, and keeps 66.6. An answer of what the candidate would do ("I would listen ... I would find
data ...") is no story and keeps the story's cap, however many of the key's words it repeats
(52.6 against the key, 0.0 as a story). The feedback is the story's (its parts, what is
missing), ending with STORY_KEY_NOTE; no "Not detected: the term ..." line, as a story says the
key's points in its own words.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..bank import Question
from ..story_prompts import is_behavioural
from .key_terms.instruction_keys import is_instruction_key
from .result import Grade, ScorePart, band_for

_READING_FLAGS = frozenset({"timed_out", "truncated", "repeats_itself"})
"""Flags that say how the answer was read, not what its story is."""
STORY_KEY_NOTE = (
    "Graded as a story (Situation, Task, Action, Result): the question asks for one and its "
    "answer key says what a good answer does. A story told as it stands keeps the score of "
    "the key's words instead when that is higher. Check the key's own points yourself."
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
    keys = [text for text in references if text.strip()]
    return is_behavioural(prompt) and all(is_instruction_key(text) for text in keys)


def story_grade(question: Question, answer: object, *, timed_out: bool = False) -> Grade:
    """The `star` rubric's grade of `answer`, its feedback ending with STORY_KEY_NOTE."""
    from .star import grade_star

    grade = grade_star(question, answer, timed_out=timed_out)
    return replace(grade, feedback=(*grade.feedback, STORY_KEY_NOTE))


def told_story(story: Grade) -> bool:
    """Whether the story grade found a story told as it stands: no flag but the reading's own
    (timed out, cut, said twice); not empty, hypothetical, filler, off the question, taken
    back, unreadable or with a red flag."""
    return not set(story.flags) - _READING_FLAGS


def with_key_score(story: Grade, keyed: Grade) -> Grade:
    """The story's grade, its score raised to the answer key's when that is higher (a told
    story only: `told_story`); the raise is a part of its own in the explanation."""
    if not told_story(story) or keyed.score <= story.score:
        return story
    gained = round(keyed.score - story.score, 1)
    part = ScorePart(
        "answer key",
        keyed.similarity,
        gained,
        f"graded against the answer key's words: {keyed.score:g}, above the story's "
        f"{story.score:g}; the higher is kept",
    )
    return replace(
        story,
        score=keyed.score,
        band=band_for(keyed.score, story.flags),
        similarity=keyed.similarity,
        explanation=(*story.explanation, part),
    )
