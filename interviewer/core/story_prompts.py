"""A prompt that asks for a story from the candidate's past ("Tell me about a time ..."): the one
reading of a behavioural question. `bank import` gives such a question `rubric: star`
(importers/model.py), and grading reads a story question keyed as instructions as a story
(grading/story_keys.py): both use `is_behavioural`, so they agree."""

from __future__ import annotations

import re

from .prompt_openings import misspelt_opening

_BEHAVIOURAL_RE = re.compile(
    r"^(?:(?:can|could|would) you\s+|please\s+)?"
    r"(?:tell (?:me|us) about a time"
    r"|describe an? (?:situation|time|occasion)\b"
    r"|give (?:me |us )?an example of a (?:time|situation)\b"
    r"|walk (?:me|us) through a (?:time|situation)\b"
    r"|share an example of a time)",
    re.I,
)


_PAST_VERB = (
    r"(?:(?!(?:need|feed|speed|shed|breed|bleed)\b)[a-z]+ed|made|led|had|took|faced|gave|got|"
    r"felt|did|were|was|built|ran|overcame|chose|found|won|lost|went|saw|told|brought|drove|"
    r"met|kept|set|broke|fought|wrote|taught|thought|spent|sent|left|began|fell|held|knew|"
    r"learnt|became|caught|dealt|fixed|grew|heard|hit|paid|put|said|sold|stood|struck|"
    r"understood|undertook|withdrew)"
)
_STORY_RE = re.compile(
    r"^(?:(?:can|could|would) you\s+|please\s+)?"
    r"(?:describe|tell (?:me|us) about|give (?:me |us )?an example of|walk (?:me|us) through"
    r"|share)\s+(?:a|an|one|the)\s+(?:[\w'-]+[\s,]+){1,5}?"
    r"(?:that |when |where |in which )?you(?:"
    r"(?:'ve| have)?\s+" + _PAST_VERB + r"\b"
    r"|(?:'re| are)\s+(?:most\s+|really\s+|particularly\s+)?proud\s+of\b)",
    re.I,
)
"""'Describe a decision you made ...', 'Give an example of a goal you missed': a thing from
the candidate's own past, named by a past-tense verb after 'you' ('you would design' is not),
or one they are proud of ('Tell me about a project you're proud of')."""

_PARTICIPLE = (
    r"(?:run|been|done|seen|taken|given|gone|written|broken|chosen|driven|grown|known|begun|"
    r"fallen|overcome|undertaken)"
)
"""Past participles that differ from the past tense, read only after 'have': 'the hardest
problem you have run into'."""
_SUPERLATIVE = (
    r"(?:[a-z]+iest|(?:hard|tough|bigg|larg|great|proud|strang|weird|long|short|fast|slow|"
    r"small|strong|weak|high|low|deep|simpl|new|old|bold|brav|clos|wild|harsh|sadd)est|worst)"
)
"""'hardest', 'trickiest', 'worst': a superlative, not any word in -est ('test', 'request',
'interest'); 'best' is left out (see below)."""
_SUPERLATIVE_RE = re.compile(
    r"^(?:what|which)(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:the\s+|your\s+)?(?:single\s+)?"
    r"(?:most\s+[\w-]+|least\s+[\w-]+|" + _SUPERLATIVE + r")\s+"
    r"(?:[\w'-]+[\s,]+){1,5}?(?:that |which )?you(?:"
    r"\s+(?:ever\s+)?" + _PAST_VERB + r"\b"
    r"|(?:'ve| have| had)\s+(?:ever\s+)?(?:" + _PAST_VERB + "|" + _PARTICIPLE + r")\b)",
    re.I,
)
"""'What is the biggest mistake you made at work?', 'What was the hardest decision you had to
make?', 'What is the most difficult bug that you fixed?': the candidate's own most or least
something, named by a past verb after 'you'. Not 'What is your greatest weakness?' (no story),
'What is the largest batch you need to handle?' (not past), 'What is the best book you read?'
('best' asks for a preference as often as for a story: left self-rated)."""
_OWN_STORY_RE = re.compile(
    r"^(?:what|which)(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:one\s+of\s+)?your\s+"
    r"(?:single\s+)?(?:biggest|greatest|worst|largest|proudest|most\s+[\w-]+)\s+"
    r"(?:professional\s+|career\s+|technical\s+)?"
    r"(?:mistakes?|failures?|regrets?|achievements?|accomplishments?|successes)\b",
    re.I,
)
"""'What is your biggest mistake?', 'What's your greatest achievement so far?': a thing that
happened, so a story. Not 'What is your greatest weakness/strength?' (a trait, no story)."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
"""Typographic apostrophes, as a word processor or a notes app types them: "you\u2019ve"."""


def is_behavioural(prompt: str) -> bool:
    """Whether the prompt asks for a story from the candidate's past: 'Tell me about a time
    ...', 'Describe a situation when ...', 'Give me an example of a time ...', 'Walk me through
    a time ...', a thing the candidate did ('Describe a decision you made ...'), or their
    most or least something ('What is the biggest mistake you made?', 'What is your greatest
    achievement?'). Such a
    question has no one right answer to compare words with; the sample answer is one story
    among many, so its answer is graded by STAR structure instead."""
    text = prompt.translate(_APOSTROPHES).strip(" *_\"'“")
    verb = misspelt_opening(text)
    if verb is not None:
        # "Descibe a project where you had to ...": read as the verb it misspells (play49)
        text = re.sub(r"^[A-Za-z]+", verb, text, count=1)
    return any(
        pattern.match(text) is not None
        for pattern in (_BEHAVIOURAL_RE, _STORY_RE, _SUPERLATIVE_RE, _OWN_STORY_RE)
    )
