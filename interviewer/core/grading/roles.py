"""Check-only roles: parts of a system given each other's jobs (issue 8, rotations and
exchanges of named parts).

A rubric's `roles` name a question's parts and what each does ("the U-Net predicts the noise";
"the VAE compresses the image into a latent"). An answer that says a part does another part's
job, and never says that part does its own, has exchanged them: "the VAE predicts the noise"
with nothing of the VAE compressing anything. That is a wrong claim naming both parts. A role
gives no credit and takes none: the concepts are graded as before, and only the exchange is
added as a contradiction.

Reading, sentence by sentence (the answer's own words, not the plain-words rewriting): a
sentence is led by the part named first in it when that part is its clause's subject (no verb
before it in its clause, not a possessive, not a label in brackets), and says a job when all the
content words of one of the job's wordings stand after that name, in order, with no other part
named before the wording's last word, not in a negation or set aside ("unlike ..."). A part
named after a comparing word ("unlike adapters", "such as the VAE": set_beside.py) does not
lead its sentence; the next part named does. "The VAE is
the denoiser" calls one part by another's name. What a reference answer of the question
says of a part is never an exchange: a part that does both jobs in the references ("the U-Net
is conditioned on the prompt") is not flagged for the other's wording.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..bank import Question, Role
from .clauses import Structure
from .denial_words import BE_FORMS
from .matching import Answer
from .result import Contradiction
from .set_beside import set_beside
from .text import Text
from .verbs import is_verb

_Words = tuple[str, ...]


@dataclass(frozen=True)
class _Said:
    """A sentence led by part `part` that says a wording of part `job`'s role."""

    part: int
    job: int
    lead: int
    """Where the part is named."""
    first: int
    last: int


def _find(
    stems: Sequence[str], words: _Words, start: int, end: int, names: set[int]
) -> tuple[int, int] | None:
    """(first, last) positions of `words` in `stems[start:end]` in order (gaps allowed), no
    word of a part's name among them."""
    at, first = start, -1
    for word in words:
        while at < end and (stems[at] != word or at in names):
            at += 1
        if at >= end:
            return None
        if first < 0:
            first = at
        at += 1
    return (first, at - 1) if first >= 0 else None


def _names(
    stems: Sequence[str], roles: Sequence[tuple[list[_Words], list[_Words]]], start: int, end: int
) -> list[tuple[int, int, int]]:
    """(first, last, part) of each part's name said in stems[start:end], the longest name
    where two overlap ("CLIP text encoder" over "CLIP")."""
    found: list[tuple[int, int, int]] = []
    for part, (names, _) in enumerate(roles):
        for name in names:
            n = len(name)
            if not n:
                continue
            for i in range(start, end - n + 1):
                if tuple(stems[i : i + n]) == name:
                    found.append((i, i + n - 1, part))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, int]] = []
    for said in found:
        if not kept or said[0] > kept[-1][1]:
            kept.append(said)
    return kept


def _leads(text: Text, structure: Structure, first: int, last: int) -> bool:
    """Whether a part named at words first..last is its clause's subject: no verb before it in
    its clause ("the model picks an action such as ..." names the action as an object), and
    not a possessive ("in the VAE's latent space"), nor a label in brackets."""
    words, stems = text.words, text.stems
    if text.raw[: text.spans[first][0]].rstrip().endswith("("):
        return False  # "writes a reasoning step (thought), ...": a label of what came before
    if words[last].endswith(("'s", "’s")) or (
        last + 1 < len(words) and words[last + 1] in ("'s", "’s")
    ):
        return False
    for i in range(structure.start("clause", first), first):
        previous = words[i - 1] if i > 0 else ""
        if words[i] in BE_FORMS or is_verb(words[i], stems[i], previous, words[i + 1]):
            return False
    return True


_COPULA = frozenset("is are was were acts serves as the a an".split())


def _is_named(text: Text, content: Sequence[int], named: Sequence[tuple[int, int, int]]) -> bool:
    """Whether the first part is called by the second's name: only a copula and articles
    between them ("the VAE is the denoiser", "the U-Net is an autoencoder")."""
    between = text.words[content[named[0][1]] + 1 : content[named[1][0]]]
    return (
        bool(between)
        and between[0] in {"is", "are", "was", "were", "acts", "serves"}
        and all(w in _COPULA for w in between)
    )


def _said(
    text: Text, structure: Structure, roles: Sequence[tuple[list[_Words], list[_Words]]]
) -> list[_Said]:
    """Each (part, job) a sentence of the text says: led by the part named first in it, a
    wording of the job after that name, with no other part named before its last word (said of which
    is unclear: "the U-Net, guided by CLIP's embeddings, predicts the noise")."""
    found: list[_Said] = []
    content = text.content
    stems = [text.stems[i] for i in content]
    for first, last in structure.units("sentence"):
        start, end = bisect_left(content, first), bisect_right(content, last)
        named = _names(stems, roles, start, end)
        while named and set_beside(text.words, content[named[0][0]]):
            named = named[1:]  # "Unlike adapters, which ..., LoRA ...": not what it is about
        if not named or not _leads(text, structure, content[named[0][0]], content[named[0][1]]):
            continue
        lead_end, part = named[0][1], named[0][2]
        occupied = {i for a, b, _ in named for i in range(a, b + 1)}
        others = [a for a, _, p in named[1:] if p != part]
        if len(named) > 1 and named[1][2] != part and _is_named(text, content, named[:2]):
            # "the VAE is the denoiser": the part called by another part's name
            lead, other = named[0], named[1]
            found.append(
                _Said(part, other[2], content[lead[0]], content[other[0]], content[other[1]])
            )
        for job, (_, wordings) in enumerate(roles):
            for wording in wordings:
                span = _find(stems, wording, lead_end + 1, end, occupied)
                if span is None or any(a < span[1] for a in others):
                    continue
                at, to = content[span[0]], content[span[1]]
                if structure.negative_context(at) or structure.dismissed([to]):
                    continue
                found.append(_Said(part, job, content[named[0][0]], at, to))
                break
    return found


_Key = list[tuple[list[_Words], list[_Words]]]


@dataclass(frozen=True)
class RoleKey:
    """A question's roles read as stems (with the bank's thesaurus, as the answer is read),
    and the (part, job) pairs its references say, never an exchange."""

    roles: tuple[Role, ...]
    stems: _Key
    allowed: frozenset[tuple[int, int]]
    canon: Mapping[str, str] | None = None

    @classmethod
    def of(cls, question: Question, canon: Mapping[str, str] | None = None) -> RoleKey | None:
        """None for a question without roles."""
        if not question.roles:
            return None

        def stems(text: str) -> _Words:
            read = Text.of(text, canon=canon)
            return tuple(read.stems[i] for i in read.content)

        key = [([stems(n) for n in r.part], [stems(w) for w in r.does]) for r in question.roles]
        allowed: set[tuple[int, int]] = set()
        for reference in question.reference_answers:
            text = Text.of(reference, canon=canon)
            allowed |= {(s.part, s.job) for s in _said(text, Structure.of(text), key)}
        return cls(question.roles, key, frozenset(allowed), canon)


def role_exchanges(key: RoleKey | None, answer: Answer) -> list[Contradiction]:
    """The parts the answer gives another part's job and never its own, as contradictions
    naming both parts; [] for a question without roles. Read on the answer's own words, as
    the references are: not respelt (`answer.written`: its acronyms not spelt out) nor read as
    the key's terms (plain_words.py reads "removing the noise step by step" as "denoising")."""
    if key is None:
        return []
    text = Text.of((answer.written or answer).text.raw, canon=key.canon)
    structure = Structure.of(text)
    said = _said(text, structure, key.stems)
    own = {s.part for s in said if s.part == s.job}
    found: list[Contradiction] = []
    told: set[tuple[int, int]] = set()
    for s in said:
        if s.part == s.job or s.part in own or (s.part, s.job) in key.allowed:
            continue
        if (s.part, s.job) in told:
            continue
        told.add((s.part, s.job))
        part, job = key.roles[s.part].part[0], key.roles[s.job].part[0]
        start, end = text.spans[s.lead][0], text.spans[s.last][1]
        found.append(
            Contradiction(
                f"role of {part}",
                (text.raw[start:end],),
                f"that is what {job} does, not {part}",
            )
        )
    return found


def exchange_notes(exchanged: Sequence[Contradiction]) -> list[str]:
    """Feedback for each exchange, naming both parts and quoting the answer."""
    return [f"“{c.evidence[0]}”: {c.detail}. Say what each part does." for c in exchanged]
