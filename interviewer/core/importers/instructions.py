"""Instructions for the answer written under a question (`- Use the STAR format`, `- Mention a
metric`): lines of the question's prompt, not its answer (play55: they were read as the
reference answer, and a candidate never saw them)."""

from __future__ import annotations

import re

DIRECTIVE_VERBS = frozenset(
    "use mention include give keep focus quantify cite be talk share highlight avoid limit aim "
    "spend structure follow stick try remember start end finish provide explain describe answer "
    "say state name add walk show do don't dont".split()
)
"""Verbs an instruction for the answer opens with (`Use ...`, `Be specific`, `Don't ...`)."""

FORM_WORDS = frozenset(
    "star format structure example examples metric metrics number numbers figure figures "
    "result results impact outcome outcomes minute minutes second seconds word words sentence "
    "sentences specific specifically brief briefly concise concisely your you yourself role "
    "lesson lessons learned learnt situation task action answer reasoning".split()
)
"""Words of the answer's form or of the candidate: `Use an index` is an answer's point (no such
word), `Use the STAR format` an instruction for the answer."""

ASKING_FORM_WORDS = frozenset(
    "star format structure metric metrics minute minutes seconds example examples specific "
    "specifically brief briefly concise concisely reasoning number numbers figures".split()
)
"""The form words that make an item that asks on its own (`Give ...`, `Explain ...`) an
instruction all the same: `Give a specific example`, `Explain your reasoning`; not `Describe
your biggest failure`, a question of its own."""

MOST_ASKING_WORDS = 5
"""An item that asks on its own is an instruction only when this short: `Give an example of a
time you failed` is a question."""

MOST_WORDS = 12
"""An instruction is short: a longer line is an answer's sentence."""

_WORD_RE = re.compile(r"[a-z']+")


def is_instruction(text: str, asks: bool = False) -> bool:
    """Whether a list item tells the candidate how to answer rather than answering: it opens
    with a directive verb (`DIRECTIVE_VERBS`), names the answer's form or the candidate
    (`FORM_WORDS`) and has at most `MOST_WORDS` words, with no question mark: `Use the STAR
    format`, `Mention a metric`, `Keep it under two minutes`, `Be specific`; not `Use an
    index`, `Keep transactions short` (an answer's points) nor `What is RAG?`. An item that
    `asks` on its own as a question would needs a word of the form itself
    (`ASKING_FORM_WORDS`) within `MOST_ASKING_WORDS` words: `Give a specific example`, not
    `Describe your biggest failure`."""
    words = _WORD_RE.findall(text.lower().replace("\u2019", "'"))
    if not words or len(words) > MOST_WORDS or "?" in text or words[0] not in DIRECTIVE_VERBS:
        return False
    if asks:
        return len(words) <= MOST_ASKING_WORDS and any(w in ASKING_FORM_WORDS for w in words)
    return any(word in FORM_WORDS for word in words[1:])
