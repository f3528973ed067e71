"""A short answer written as one plain sentence has its verb where a verb stands, even when
the word could be a noun (lines67, issue 8).

`bare_runs.bare_run` reads a run of BARE_RUN_NO_VERB to BARE_RUN_WORDS - 1 words with no
function word and no verb as a string of terms (keyword_list), and a string of terms makes no
claim: its wrong claims are not read. `verbs.is_verb` reads a word that is as often a noun as
a verb ("stores", "processes", "stops") or a common verb outside its list ("makes") as a verb
only after a subject pronoun, "to" or an auxiliary, so a plain sentence with a noun subject
was read as terms: "Gradient checkpointing stores every activation." and "Larger models never
make mistakes." were flagged keyword_list and their wrong claims set aside (own_lines.py: 61 of
the rubric's 135 whole-claim lines not flagged, graded as sentences on their own question).

The rule (`stated_verb`): an answer that is written as one sentence (its first letter a capital,
its last character a full stop, "!" or "?", and no comma, semicolon, colon, slash, bullet,
dash between words, or line break inside) has a verb at word k, neither its first nor its last
word, when the word is an inflection of a verb of verbs.py (known or as often a noun) or of a
common verb (make, get, give, keep, take, put) and either

- it ends in "-s" (not "-ss") right after such an adverb or a content word that is no
  participle ("-ed", "frozen": "frozen weights" is a term): "Gradient checkpointing *stores*
  every activation.", "Bigger vocabulary *makes* sequences longer.", "Every expert
  *processes* every token."; or
- it is a bare form (not in "-s", "-ed", "-ing") right after an adverb of time or
  frequency (never, always, already, often, rarely, seldom, still, also, usually, sometimes)
  or a plural noun (a content word in "-s"):
  "Larger models never *make* mistakes.", "Soft prompts *transfer* across models.".

An adverb here is one of those of time or frequency, or (lines68) an adverb of manner: a word of
six letters or more in "-ly" that is no verb of verbs.py ("Experts *naturally get* equal
load.", "Labelers *directly assign* reward scores."; not "apply", "supply", "early"). A bare
form in "-eed" that is its own stem ("need", "feed") is no participle: "Transformers *need*
reasonably large batches.". "come" is a common verb too ("Supervised fine-tuning *comes*
last.").

Left alone: a run written as a list ("attention scores, softmax, values, weights"), with a
comma, slash or line break; a run in lower case or without a closing stop ("kv cache stores
keys values"); a word in "-s" at the end ("... tokens processes"); and a run of eight words or
more with no function word at all, which bare_run reads as terms whatever its verbs
("speeds up storage writes index column lookups reads").
"""

from __future__ import annotations

import re

from .text import STOP_WORDS, Text, inflected_stem
from .verbs import PARTICIPLES, verb_stem_known

COMMON_VERBS = frozenset(inflected_stem(w) for w in "make get give keep take put come".split())
"""Common verbs that verbs.py's list leaves out ("makes" is no verb there)."""
ADVERBS = frozenset("never always already often rarely seldom still also usually sometimes".split())
"""Adverbs of time or frequency that stand between a subject and its verb ("never make")."""
_LIST_MARKS_RE = re.compile(r"[,;:/\n\u2022]|\s[-\u2013\u2014]\s|^\s*[-*]")
"""Marks that cut an answer into items: such an answer is read as a list, not by this rule."""
_SENTENCE_RE = re.compile(r"^\s*[\"'(]?[A-Z0-9].*[.!?][\"')]?\s*$", re.DOTALL)
"""One sentence: a capital (or a digit) first and a closing stop last."""


def one_sentence(raw: str) -> bool:
    """Whether the answer is written as one plain sentence (see the module docstring)."""
    if _SENTENCE_RE.match(raw) is None or _LIST_MARKS_RE.search(raw) is not None:
        return False
    body = raw.strip().rstrip("\"')").rstrip(".!?")
    return not re.search(r"[.!?]\s", body)


def stated_verb(text: Text, kept: list[int]) -> bool:
    """Whether the words at the positions `kept` (the answer outside what is ignored) hold a
    verb by the rule of the module docstring; False unless the answer is one plain sentence."""
    if len(kept) < 3 or not one_sentence(text.raw):
        return False
    words = text.words
    for k in range(1, len(kept) - 1):
        word, before = words[kept[k]], words[kept[k - 1]]
        stem = inflected_stem(word)
        if not (verb_stem_known(stem) or stem in COMMON_VERBS):
            continue
        if word.endswith("s") and not word.endswith("ss"):
            adjective = before.endswith("ed") or before in PARTICIPLES
            if _adverb(before) or (before not in STOP_WORDS and not adjective):
                return True
        elif not word.endswith(("ed", "ing")) or (word.endswith("eed") and stem == word):
            plural = before.endswith("s") and not before.endswith("ss")
            if _adverb(before) or (plural and before not in STOP_WORDS):
                return True
    return False


MANNER_ENDING = "ly"
"""An adverb of manner between a subject and its verb ends so: "Experts naturally get equal
load.", "Labelers directly assign reward scores." (lines68)."""


def _adverb(word: str) -> bool:
    """Whether a word stands between a subject and its verb as an adverb: one of ADVERBS, or a
    word of six letters or more in "-ly" that is no verb itself ("naturally", "directly";
    not "apply", "supply")."""
    if word in ADVERBS:
        return True
    return (
        len(word) >= 6
        and word.endswith(MANNER_ENDING)
        and word not in STOP_WORDS
        and not verb_stem_known(inflected_stem(word))
    )
