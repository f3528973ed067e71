"""Is the story filler? The STAR words and generic words with almost nothing concrete.

"Situation: there was a situation at work that was a situation. Task: my task was the task ..."
names every part and tells none. Two signs, each read from the words alone:

- *concrete variety*: the distinct specific words (see `story.py`) per word of the answer. A
  told story names its things (a migration, validation scripts, Friday, the legacy data): well
  one word in four or more is a distinct specific word. Filler repeats a few generic ones.
- *STAR words in the telling*: "situation", "task", "result", "lesson" used in the sentences
  rather than as their labels ("the result was that the result was positive").

A story is filler when its concrete variety is under `MIN_VARIETY`, or when it uses the STAR
words in its sentences `MAX_STAR_WORDS` times or more and has fewer specific words than that.
Its score is capped at `FILLER_CAP` (band `missing`, a grade of 1 at most).
"""

from __future__ import annotations

from dataclasses import dataclass

from .story import STAR_WORDS, Story, words

MIN_VARIETY = 0.12
"""Distinct specific words per word below which a story tells nothing: about one in eight. On
the train part of tests/data/star_answers.yaml the fillers (and one empty one-liner) stay under
0.08 and every other answer of 12 words or more is over 0.16; the bundled model answers are over
0.26."""
MAX_STAR_WORDS = 3
"""STAR words in the sentences (not as labels) from which repeating them is a sign of filler."""
FILLER_CAP = 20
"""The highest score of a story flagged as filler."""
_MIN_WORDS = 12
"""A shorter answer is judged by its length and parts, not as filler."""


@dataclass(frozen=True)
class Filler:
    """How much of a story is concrete, and whether it is filler."""

    variety: float
    """Distinct specific words per word."""
    star_words: int
    """STAR words used in the sentences, labels apart."""
    specific: int
    """Distinct specific words."""
    is_filler: bool

    @property
    def advice(self) -> str:
        """What to do about it."""
        return (
            "Mostly filler: the STAR words and generic ones ('I did the actions', 'the result was "
            "better') with almost nothing concrete. Tell one real story: what the project was, "
            "what you did to what, and what changed."
        )


def filler(story: Story) -> Filler:
    """The story's concrete variety and STAR-word count, and whether it is filler."""
    told = [w for s in story.sentences for w in words(s.body)]
    specific = {w for w in told if story.is_specific(w)}
    star_words = sum(1 for w in told if w in STAR_WORDS)
    variety = round(len(specific) / len(told), 3) if told else 0.0
    is_filler = len(told) >= _MIN_WORDS and (
        variety < MIN_VARIETY or (star_words >= MAX_STAR_WORDS and len(specific) < star_words)
    )
    return Filler(variety, star_words, len(specific), is_filler)
