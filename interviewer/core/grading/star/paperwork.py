"""A count of documents or meetings is no measured result.

"As a result, I wrote three reports and held five meetings with the auditors." puts a number in
the ending, and the star rubric credited it as the measurable result (star65: "two reports").
An interviewer asks what those reports changed: a count of what the candidate produced on paper
or in a room (reports, documents, pages, slides, meetings, emails, calls) measures effort, not an
outcome.

The rule, for one clause of an outcome (`parts.measurable` splits an outcome sentence at commas,
"and" and "but"): the clause counts paperwork when a word of `PAPERWORK` is among the three
words after its first quantity (a hyphen splits a word: "a twelve-page document"), and the clause
tells no change in that count: no "from ... to ...", no "fewer", "less", "cut", "reduced",
"halved", "instead of", "no longer", and the quantity is not none ("no meetings", "zero
calls"). Such a clause is no measurable result; the rest of the story is read as before.

- Read as paperwork: "I wrote three reports", "we held six meetings over two months", "three
  design documents", "a twelve-page document", "two reports were updated".
- Left alone: "support calls fell from 40 to 12 a week" (a change in a count), "we cut the
  weekly meetings to one", "no meetings were needed", "three customers renewed", "the report
  now takes ten minutes instead of two hours" (the quantity counts minutes).
"""

from __future__ import annotations

import re

PAPERWORK = frozenset(
    """report reports document documents doc docs documentation page pages slide slides deck
    decks presentation presentations meeting meetings email emails e-mail e-mails memo memos
    call calls workshop workshops spreadsheet spreadsheets write-up write-ups writeup writeups
    briefing briefings""".split()
)
"""What a candidate produces on paper or in a room: its count measures the effort."""

_CHANGE = re.compile(
    r"(?<![\w'])(from\b.*\bto|fewer|less|cut|cuts|reduc\w*|halved|dropped|drop|fell|down to|"
    r"instead of|no longer|saved|shorter|removed|replaced|eliminated)(?![\w'])",
    re.I,
)
"""A change in the count: the count itself is then the outcome ("from five meetings to one")."""
_NONE = re.compile(r"(zero|no|none)", re.I)


def counts_paperwork(clause: str, quantity: re.Match[str]) -> bool:
    """Whether `clause`, whose first quantity is `quantity`, counts documents or meetings
    produced rather than an outcome (the rule in the module's docstring)."""
    if _NONE.fullmatch(quantity.group(0).strip()) or _CHANGE.search(clause):
        return False
    after = re.findall(r"[\w'-]+", clause[quantity.end() :])[:3]
    counted = {piece.lower() for word in after for piece in [word, *word.split("-")] if piece}
    return bool(counted & PAPERWORK)
