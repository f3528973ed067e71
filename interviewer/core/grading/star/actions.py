"""The actions a story tells: a subject ('I' or 'we') and a past-tense verb with what it acted on.

"I told my manager on Wednesday, split the work, and added validation scripts." is three
actions of 'I': a verb after a comma or an 'and' goes on with the sentence's last subject. An
action is *concrete* when what it acts on holds a specific word (see `story.py`); a generic verb
(did, took, made, handled) needs two: "I took action", "I did the things that were needed" and
"I wrote things" are not concrete.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .story import Story, words

_IRREGULAR = frozenset(
    """told split wrote rewrote ran reran met spoke sent built rebuilt brought drew redrew gave
    chose led read put cut found held kept left paid sold taught began broke caught fought let
    shut stood struck swept understood won flew drove froze grew rode rose saw shook spent stuck
    threw bought sought laid lent dealt set sat forgot overcame undertook withdrew fed hung quit
    rang sang slept spun spread stole swore swam tore wound upheld oversaw rethought redid heard
    did made took got went came""".split()
)
"""Past tenses not ending in -ed."""
_GENERIC_VERBS = frozenset(
    """did redid made took got went came handled dealt tried managed worked helped ensured
    performed carried focused continued gave put kept started began completed acted""".split()
)
"""Verbs that name no step by themselves: they need a concrete object ("I did the official
tutorial every evening"), two specific words."""
_NOT_ACTIONS = frozenset(
    """was were had felt thought knew wanted needed liked loved hated hoped believed seemed
    learned learnt realised realized meant supposed used guessed wondered expected assumed
    enjoyed preferred cared worried feared owned named""".split()
)
"""Verbs after 'I' that tell a state, a wish or a lesson, not a step ("I learned" is the
reflection, "I owned" the task)."""
_NOT_PAST = frozenset("need feed speed seed bed red shed proceed succeed exceed indeed".split())
_ADVERBS = (
    r"also|then|first|quickly|immediately|personally|finally|eventually|just|even|actually|"
    r"later|soon|initially|directly|carefully|instead|again|myself|ourselves|together|both|all"
)
_SUBJECT_RE = re.compile(
    r"^(?:(?:and|then|so|but|also)\s+)*(i|we)\s+((?:(?:" + _ADVERBS + r")\s+)*)"
)
_BARE_RE = re.compile(r"^(?:(?:and|then|also|" + _ADVERBS + r")\s+)*")
_PIECE_RE = re.compile(r"[,;:()]|\s(?=(?:and|then|but|so|which|because|while|until)\s)", re.I)
_OTHER_SUBJECT_RE = re.compile(
    r"^(?:(?:and|but|so|because|while|until|which|that|who|then)\s+)*"
    r"(?:he|she|they|it|you|the|this|that|which|who|[a-z]+'s|our|their|his|her|my)\b"
)


@dataclass(frozen=True)
class Action:
    """One action told in a sentence."""

    subject: str
    """'i' or 'we' (a bare verb in a labelled Action section is 'i')."""
    verb: str
    sentence: int
    """Index of its sentence in the story."""
    specific: tuple[str, ...]
    """The specific words of what the verb acted on."""

    @property
    def concrete(self) -> bool:
        """Whether the action names a real step (see the module docstring)."""
        need = 2 if self.verb in _GENERIC_VERBS else 1
        return len(set(self.specific)) >= need


def is_past(word: str) -> bool:
    """'added', 'split', 'told': a past-tense verb (or a participle)."""
    if word in _IRREGULAR:
        return True
    return len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST


def actions(story: Story) -> list[Action]:
    """Every action of 'I' or 'we' in the story, in order."""
    found: list[Action] = []
    for index, sentence in enumerate(story.sentences):
        # a bare verb in a labelled Action section ("Action: Scripted the steps") is the
        # candidate's
        subject = "i" if sentence.section == "Action" else ""
        for who, verb, acted_on in _steps(sentence.body, subject):
            found.append(Action(who, verb, index, tuple(story.specific(" ".join(acted_on)))))
    return found


def _steps(body: str, subject: str) -> Iterator[tuple[str, str, list[str]]]:
    """(subject, verb, words acted on) of each step told in a sentence: a piece (cut at commas
    and conjunctions) opening with 'I' or 'we' and a past verb, or with a bare past verb that
    goes on with the last of them; a piece with another subject ends the step."""
    step: tuple[str, str, list[str]] | None = None
    for piece in _PIECE_RE.split(body):
        low = piece.strip().lower()
        named = _SUBJECT_RE.match(low)
        if named:
            subject, head = named.group(1), words(low[named.end() :])
        elif _OTHER_SUBJECT_RE.match(low):
            if step:
                yield step
            step = None
            continue
        else:
            head = words(_BARE_RE.sub("", low))
            if not (subject and head and is_past(head[0])):
                if step:
                    step[2].extend(words(low))
                continue
        if step:
            yield step
        step = None
        if head and is_past(head[0]) and head[0] not in _NOT_ACTIONS:
            step = (subject, head[0], head[1:])
    if step:
        yield step
