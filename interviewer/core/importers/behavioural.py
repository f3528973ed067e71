"""Behavioural questions ("Tell me about a time ..."): graded by STAR structure once imported."""

from __future__ import annotations

import re

_BEHAVIOURAL_RE = re.compile(
    r"^(?:(?:can|could|would) you\s+|please\s+)?"
    r"(?:tell (?:me|us) about a time"
    r"|describe an? (?:situation|time|occasion)\b"
    r"|give (?:me |us )?an example of a (?:time|situation)\b"
    r"|walk (?:me|us) through a (?:time|situation)\b"
    r"|share an example of a time)",
    re.I,
)


def is_behavioural(prompt: str) -> bool:
    """Whether the prompt asks for a story from the candidate's past: 'Tell me about a time
    ...', 'Describe a situation when ...', 'Give me an example of a time ...', 'Walk me through
    a time ...'. Such a question has no one right answer to compare words with; the sample
    answer is one story among many, so its answer is graded by STAR structure instead."""
    return _BEHAVIOURAL_RE.match(prompt.strip(" *_\"'“")) is not None
