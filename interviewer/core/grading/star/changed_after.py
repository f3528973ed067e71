"""What the candidate changed so it does not happen again is the story's reflection.

An interviewer who asks for "what you learned" accepts a story that ends on the change made
because of it: "I added a checklist and a CI test so it does not happen again" (play64's cohort
c-08 answer), "Now I upgrade libraries only at the start of a sprint". The star rubric's
lesson words ("I learned", "next time", "since then") found neither, and told the candidate to
"close with what you learned".

Two readings, each of one sentence that is not the story's first:

1. A change made to prevent a repeat: "so", "so that", "to make sure", "to ensure", "to
   prevent", "to stop" or "to avoid", then within the clause "again", "recur(ring)" or "a
   repeat", with a specific word (`Story.specific`) before it in the sentence: what was
   changed. In: "I added a test for the config so it does not happen again", "We now review
   every migration to make sure it never happens again". Out: "so it does not happen again."
   alone (nothing changed is named), "I tried again" (no purpose).
2. A habit told in the present after "Now": "Now I" or "Now, I" and a verb not in the past
   ("upgrade", "always ask"), with a specific word after that verb. In: "Now I upgrade
   libraries only at the start of a sprint". Out: "Now I had to tell the client" (past), "Now
   I know" (no content after it).

What it leaves alone: an answer of what the candidate would do is capped as hypothetical
before its parts count; a lesson the lesson words already find is found as before.
"""

from __future__ import annotations

import re

from .story import Story

_PREVENTED = re.compile(
    r"(?<![\w'])(so|so that|to make sure|to ensure|to prevent|to stop|to avoid)(?![\w'])"
    r"[^.;,!?]{0,40}?(?<![\w'])(again|recur\w*|a repeat)(?![\w'])",
    re.I,
)
_PAST_AFTER_I = (
    r"was|were|had|did|could|would|should|knew|felt|saw|told|got|went|made|took|found|thought|"
    r"said|ran|began|wrote|kept|left|\w+ed"
)
_NOW_HABIT = re.compile(
    rf"(?<![\w'])now,? I (?!(?:{_PAST_AFTER_I})(?![\w']))(\w+)",
    re.I,
)


def changed_after(story: Story) -> tuple[str, int] | None:
    """The wording and sentence index of a change made so it does not happen again, or of a
    habit told after "Now I", in a sentence after the first (the module's rule); None."""
    for index, sentence in enumerate(story.sentences):
        if index == 0:
            continue
        body = sentence.body
        prevented = _PREVENTED.search(body)
        if prevented and story.specific(body[: prevented.start()]):
            return prevented.group(0), index
        habit = _NOW_HABIT.search(body)
        if habit and story.specific(body[habit.end() :]):
            return habit.group(0), index
    return None
