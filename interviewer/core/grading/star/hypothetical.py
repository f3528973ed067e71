"""Is the answer hypothetical? What the candidate would do, or usually does, not what they did.

"Tell me about a time ..." asks for one past situation. "In general I would talk to everyone
... I would take responsibility" tells none, and an interviewer's first remark on it is that it
is not a real example. Two counts, read from the sentences:

- *hypothetical sentences*: a sentence of what "I" or "we" would do ("I would", "I'd", "we
  would"), of a habit or a rule ("usually", "normally", "typically", "generally", "in general",
  "always", "tend to", "whenever", "as a rule", "I try to", "I like to") or of a supposition
  ("if I had to ...", "if I were ..."). A sentence looking back on the story ("next time I
  would ...", "looking back", "in hindsight", "if I did it again") is the story's reflection,
  not a hypothesis; "a restart would log out every user" says what would have happened, not
  what the candidate would do, and is not one either.
- *told sentences*: a sentence telling a concrete past step of "I" or "we" (`actions.py`).

A habit told in the past ("deployments always took an afternoon", "I usually ran them") is part
of a story, and so is the last sentence of a story once a step is told ("I would now track
failures from day one"): neither counts. An answer is hypothetical when it has more
hypothetical sentences than told ones: a real story that ends "Next time I would share the
risk earlier" is not. Its score is capped at
`HYPOTHETICAL_CAP` (band `missing`, as filler), no part is credited from a hypothetical
sentence ("I would talk to everyone" is no reflection), and its advice asks for one real story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.function_words import PAST_AUXILIARIES
from .actions import Action, actions, is_past
from .filler import FILLER_CAP
from .story import Story, words

HYPOTHETICAL_CAP = FILLER_CAP
"""The highest score of a hypothetical answer: a grade of 1 at most, as filler."""

_WOULD = re.compile(
    r"\b(I|we)(?: \w+ly| also| then| first| never| always| just| still)? (would|will)\b"
    r"|\b(I|we)'d\s+(?!\w+ed\b|already\b|just\b|never\b|been\b|had\b|done\b|gone\b|made\b|"
    r"taken\b|written\b|seen\b|known\b|told\b|built\b|spent\b|left\b|given\b|run\b)",
    re.I,
)
""""I would", "I'd talk", "we will", not "I'd already written" (I had)."""
_HABIT = re.compile(
    r"\b(usually|normally|typically|generally|in general|always|as a rule|tend to|whenever|"
    r"in (such|these|those) (cases|situations)|in a situation like (that|this)|"
    r"I (try|like|prefer|aim) to|if I (had to|have to|were|was|need to|ever|get|see|am))\b",
    re.I,
)
"""A habit, a rule or a supposition."""
_LOOKING_BACK = re.compile(
    r"\b(next time|looking back|in hindsight|in retrospect|if I (did|had to do|were to do|"
    r"could do|was to do) (it|this|that) (again|over)|(do|did|have done) it differently|"
    r"would have|I (learned|learnt|realised|realized)|since then|from then on|ever since|"
    r"these days)\b",
    re.I,
)
"""A look back on the story told: its reflection, not a hypothesis."""
_PAST_BE = PAST_AUXILIARIES


@dataclass(frozen=True)
class Hypothetical:
    """The hypothetical and told sentences of an answer, and whether it is hypothetical."""

    sentences: frozenset[int]
    """Indices of the hypothetical sentences."""
    told: int
    """Sentences telling a concrete past step of 'I' or 'we'."""

    @property
    def is_hypothetical(self) -> bool:
        """More sentences of what would be done than of what was done."""
        return len(self.sentences) > self.told

    @property
    def advice(self) -> str:
        """What to do about it."""
        return (
            "Hypothetical: the answer says what you would do or usually do ('I would ...', "
            "'in general'), not what you did. Tell one real past situation: where you were, "
            "what you did yourself, and what happened."
        )


def hypothetical(story: Story, told: list[Action] | None = None) -> Hypothetical:
    """The story's hypothetical sentences against the sentences telling a past step."""
    if told is None:
        told = actions(story)
    steps = {step.sentence for step in told if step.concrete}
    last = len(story.sentences) - 1
    found = frozenset(
        index
        for index, sentence in enumerate(story.sentences)
        if index not in steps
        # the story's last word, after a step told: its reflection ("I would now ...")
        and not (index == last and steps and min(steps) < index)
        and not _LOOKING_BACK.search(sentence.body)
        and (_WOULD.search(sentence.body) or _present_habit(sentence.body))
    )
    return Hypothetical(found, len(steps))


def _present_habit(text: str) -> bool:
    """A habit, a rule or a supposition not told in the past: "I usually make a list", not "I
    usually ran them myself" or "deployments were always slow" (a past verb next to it)."""
    for habit in _HABIT.finditer(text):
        before = words(text[: habit.start()])[-1:]
        after = words(text[habit.end() :])[:1]
        if not any(w in _PAST_BE or is_past(w) for w in before + after):
            return True
    return False
