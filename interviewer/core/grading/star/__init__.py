"""The built-in `star` rubric: a behavioural answer judged by the story it tells.

It looks for the Situation, the Task, the Actions the candidate took, the Result, a measurable
result and a reflection, from what the sentences say, labelled or not: a label ("Result: ...")
with nothing concrete after it earns nothing, and a story of generic words is capped as filler,
as is an answer of what the candidate would do ("In general I would ...") instead of a story.
Every part found is credited with its evidence: the sentence of the answer, verbatim. A told
story is also read for what it tells: a story that shows no sign of its question's theme (a
marathon for "a time you disagreed with a teammate"), or none of the failure a question asks for
(a race finished on a fixed date, to "a time you missed a deadline"), or that tells the failure
asked of the candidate only as someone else's (a colleague's outage the candidate reverted, to
"a mistake you made"), is capped as off the question, and a red
flag (blaming others, misleading people, harm with no reflection) caps it below passing, quoted
in the candidate's own words.

story.py reads the answer (sentences, labels, specific words); actions.py finds the steps of
'I' and 'we'; parts.py the six parts (paperwork.py: a count of documents or meetings is no
measured result; changed_after.py: what was changed so it does not happen again is a
reflection); filler.py the filler; hypothetical.py an answer of what
the candidate would do rather than did; phrases.py matches the plain-language lists of
relevance.py (themes.yaml: the question's theme found in the story; supposed.py: a phrase after
"would" or "might" is feared, not told; whose.py: whose failure it is) and red_flags.py
(red_flags.yaml); grade.py the score and advice.
"""

from __future__ import annotations

from .grade import FULL_LENGTH_WORDS, grade_star
from .parts import PARTS, StarPart

__all__ = ["FULL_LENGTH_WORDS", "PARTS", "StarPart", "grade_star"]
