"""A concept's acronym said in full, and its words said as their acronym, as aliases.

Rubric mode (para59, issue 8): a rubric lists the ways of saying a concept, but a teacher's
rubric for an imported bank has no thesaurus, and its concept "LIFO" was not credited by the
answer "Last in, first out: push adds on top ..." (play58). Reference mode reads such answers by
respelling them (acronyms.py); a rubric question's answer is not respelled (every other reading
of it would move), so its concepts are given the other spelling as an alias instead:

- a phrase that is an acronym in capitals ("LIFO") is also said with the acronym's words, where
  the question's texts (references, concept names, aliases and descriptions) spell them as a
  term whose initials it is, or where it is an order of arrival ("last in first out");
- a phrase that is a term whose initials the question's texts write in capitals ("reinforcement
  learning from human feedback" where a reference writes "RLHF") is also said as the acronym,
  unless the concept's other phrases write the acronym inside longer ones only.

Only a phrase that is the acronym or the term alone: an acronym inside a longer phrase keeps it
specific, and its words put in its place let the phrase match words strewn over an answer (the
genai bank's "between MHA and MQA" said "between multi head attention and MQA" was found in
"Multi-query attention (MQA, ...) keeps many query heads" and cleared a swap there).

Initials are read strictly (`strict_initials`): a run with no function word, or one whose
function words are acronyms.INNER_WORDS alone between content words; never across an article
("transcribes the speech" is no TTS, "lean on the language model" no LLM).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace

from ..bank import Concept
from .acronyms import MAX_LETTERS, MIN_LETTERS, content_initials, runs, written_acronyms
from .text import STOP_WORDS

ORDER_WORDS = {"f": "first", "l": "last"}
"""The halves of an order of arrival written as initials ("LIFO": last in, first out)."""
_ORDER_RE = re.compile(r"[fl]i[fl]o")


def strict_runs(text: str) -> list[tuple[str, int, int]]:
    """(acronym in lower case, start, end) of each run of the text's words whose initials it
    is, read strictly (see the module docstring)."""
    found: list[tuple[str, int, int]] = []
    for run in runs(text):
        for size in range(MIN_LETTERS, MAX_LETTERS * 2):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                acronym: str | None = None
                if any(w.lower() in STOP_WORDS for w, _, _ in words):
                    acronym = content_initials(words)
                elif size <= MAX_LETTERS:
                    acronym = "".join(w[0] for w, _, _ in words).lower()
                if acronym is not None:
                    found.append((acronym, words[0][1], words[-1][2]))
    return found


def strict_initials(text: str) -> dict[str, str]:
    """Acronym (lower case) -> the first run of the text's words it is the initials of, its
    words in lower case joined by spaces (`strict_runs`)."""
    result: dict[str, str] = {}
    for acronym, start, end in strict_runs(text):
        result.setdefault(acronym, " ".join(re.findall(r"[a-z]+", text[start:end].lower())))
    return result


def _expansion(acronym: str, spelled: dict[str, str]) -> str | None:
    if _ORDER_RE.fullmatch(acronym):
        return f"{ORDER_WORDS[acronym[0]]} in {ORDER_WORDS[acronym[2]]} out"
    return spelled.get(acronym)


def with_acronym_aliases(
    concepts: Iterable[Concept], texts: Iterable[str], asked: Collection[str] = ()
) -> tuple[Concept, ...]:
    """The concepts, each phrase that writes an acronym or spells one given the other spelling
    as an alias (see the module docstring); `texts` are the question's references. No acronym
    the question writes (`asked`, lower case) is read either way: an answer saying the
    question's "RAG" again names no concept by it."""
    concepts = tuple(concepts)
    texts = [*texts, *(p for c in concepts for p in (*c.phrases, c.description) if p)]
    spelled: dict[str, str] = {}
    written: set[str] = set()
    for text in texts:
        for acronym, words in strict_initials(text).items():
            spelled.setdefault(acronym, words)
        written |= written_acronyms(text)
    written -= set(asked)
    result = []
    for concept in concepts:
        known = {" ".join(p.lower().split()) for p in concept.phrases}
        added: list[str] = []
        # an acronym the concept's own phrases write only inside longer ones was left out
        # alone on purpose (genai-111 "FID largely replaced": "replaced by FID", "FID
        # instead"; a bare "FID" credited it in every answer naming FID)
        inside = {a for p in concept.phrases if " " in p.strip() for a in written_acronyms(p)}
        for phrase in concept.phrases:
            # a phrase that is the acronym or the term alone: inside a longer phrase, the
            # acronym's words let it match words strewn over an answer ("between multi head
            # attention and MQA" found in "Multi-query attention (MQA ...) keeps many query
            # heads")
            bare = " ".join(phrase.split())
            acronym = bare.lower()
            if written_acronyms(bare) == {acronym} and acronym not in asked:
                expansion = _expansion(acronym, spelled)
                if expansion is not None:
                    added.append(expansion)
            whole = [a for a, start, end in strict_runs(bare) if (start, end) == (0, len(bare))]
            added += [a.upper() for a in whole if a in written and a not in inside]
        added = [
            a for a in dict.fromkeys(" ".join(a.split()) for a in added) if a.lower() not in known
        ]
        result.append(replace(concept, aliases=(*concept.aliases, *added)) if added else concept)
    return tuple(result)
