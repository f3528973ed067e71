"""Wrong claims said through a pronoun on any question, not only a contrast one (pronoun46):
"GPT stands for Generative Pre-trained Transformer, and it is an encoder-only transformer"
states the rubric's "GPT is an encoder-only transformer".

A subject pronoun ("it", "they") opening a clause joined by "and", a comma, a semicolon or a colon
("DALL-E goes the other way: it is an image captioner"), or opening the next sentence, is read as
the previous clause's subject noun phrase when that is its one candidate: a noun phrase of at most
MAX_SUBJECT words before the clause's first verb, not itself a pronoun, not two things joined ("GPT
and BERT"), agreeing in number ("it" for a name without a plural "-s", "they" for one with it). A
claim whose first words are that noun phrase's content words is then looked for as its rest right
after the pronoun. Anything else (a clause opening with "if", "unlike", a preposition; a subject
after a verb; the claim in quotation marks) is not resolved: a wrong claim is never read on a guess.
The usual readings of a claim's own words (negated, rejected, supposed, said of the past) are the
caller's.

The grader's two other readings of "it" and "they" (subject_sides.referents,
subjects/antecedents) resolve more pronouns, less strictly: pronouns.py says how the three
differ, with examples, and why they are kept apart (tidy47)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from .matching import COUNTING, Answer, Match, Phrase, match_statement
from .pronouns import SUBJECT_PRONOUNS
from .text import STOP_WORDS
from .verbs import COPULAS, is_verb

MAX_SUBJECT = 4
"""At most this many words in the antecedent noun phrase ("the original GPT model")."""

PRONOUN_GAP = 2
"""At most this many words (auxiliaries, adverbs: "it also", "they simply") between the pronoun
and the first word of the claim's rest."""

_HAVE_OR_MODAL = frozenset(
    "has have had can could will would should must may might does do".split()
)
_DETERMINERS = frozenset("the a an this that".split())
_QUOTES = frozenset('"\u201c\u201d')


class PronounClaim(NamedTuple):
    """A claim said through a pronoun: the match of its rest, the rest, the pronoun's place."""

    match: Match
    rest: Phrase
    pronoun: int

    def quoted(self) -> list[int]:
        """The positions to quote: from the pronoun to the rest's last word."""
        return [self.pronoun, *self.match.positions]


def antecedents(answer: Answer) -> list[tuple[int, tuple[str, ...]]]:
    """Each subject pronoun of the answer that stands for exactly one noun phrase, with that
    noun phrase's content stems: [(the pronoun's position, stems)]; worked out once per answer
    (`Answer.antecedents`)."""
    if answer.antecedents is None:
        answer.antecedents = [
            (p, stems)
            for p, word in enumerate(answer.text.words)
            if word in SUBJECT_PRONOUNS and (stems := antecedent(answer, p))
        ]
    return answer.antecedents


def antecedent(answer: Answer, pronoun: int) -> tuple[str, ...] | None:
    """The content stems of what the pronoun at `pronoun` stands for (module docstring), or
    None when it cannot be told."""
    text, structure = answer.text, answer.structure
    words, clauses, sentences = text.words, structure.clauses, structure.sentences
    if words[pronoun] not in SUBJECT_PRONOUNS or pronoun == 0 or _quoted(answer, pronoun):
        return None
    start = pronoun - 1 if words[pronoun - 1] == "and" else pronoun
    if start == 0:
        return None
    between = text.raw[text.spans[start - 1][1] : text.spans[start][0]]
    opens = sentences[start] != sentences[start - 1] or (
        any(mark in between for mark in ",;:") and clauses[start] != clauses[start - 1]
    )
    if not (opens or words[start] == "and"):
        return None  # "..., but it", "because it", "reads it": not a subject after "and"
    previous = start - 1
    begin = previous
    while begin > 0 and clauses[begin - 1] == clauses[previous]:
        begin -= 1
    if words[begin] == "and":
        begin += 1
    if words[begin] in _DETERMINERS:
        begin += 1
    stems, end = text.stems, begin
    while end <= previous and not _verb_at(answer, end, end > begin):
        if words[end] in STOP_WORDS:
            return None  # "In 2018, ...", "GPT of OpenAI", "GPT and BERT": no one subject
        end += 1
    noun = words[begin:end]
    if (
        not noun
        or end > previous
        or len(noun) > MAX_SUBJECT
        or any(not w[:1].isalnum() for w in noun)
    ):
        return None  # no subject before a verb
    plural = noun[-1].endswith("s") and not noun[-1].endswith("ss")
    if plural != (words[pronoun] == "they"):
        return None
    return tuple(stems[begin:end])


def said_through_pronoun(
    phrase: Phrase,
    answer: Answer,
    found: Sequence[tuple[int, tuple[str, ...]]],
) -> PronounClaim | None:
    """The claim found with its opening noun phrase said by a pronoun that stands for it
    (`found`: antecedents(answer)): the match of the claim's rest, right after the pronoun, and
    that rest; None if not said so. The rest must hold two words besides the counting words
    ("only", "each": "is only" says nothing)."""
    if phrase.negative:
        return None
    leading = [token[1] for token in phrase.tokens]
    for pronoun, stems in found:
        if leading[: len(stems)] != list(stems):
            continue
        rest = phrase.tokens[len(stems) :]
        if sum(1 for t in rest if t[0] not in COUNTING) < 2:
            continue
        rest_phrase = replace(phrase, tokens=rest)
        match = match_statement(rest_phrase, answer, unit="clause")
        if match is None:
            continue
        first = match.positions[0]
        clauses = answer.structure.clauses
        if clauses[first] == clauses[pronoun] and 0 <= first - pronoun - 1 <= PRONOUN_GAP:
            return PronounClaim(match, rest_phrase, pronoun)
    return None


def _verb_at(answer: Answer, k: int, after_noun: bool) -> bool:
    """Whether the word at `k` is the verb after a subject: a copula, an auxiliary or "has", a
    verb (verbs.is_verb), or, after a noun, a word in "-s" followed by a function word that is
    no verb ("stands for", "uses the": is_verb knows the verbs that relate terms only)."""
    words, stems = answer.text.words, answer.text.stems
    word = words[k]
    following = words[k + 1] if k + 1 < len(words) else ""
    if word in COPULAS or word in _HAVE_OR_MODAL:
        return True
    if is_verb(word, stems[k], words[k - 1] if k > 0 else "", following):
        return True
    return (
        after_noun
        and word.endswith("s")
        and not word.endswith("ss")
        and following in STOP_WORDS
        and following not in COPULAS
        and following not in _HAVE_OR_MODAL
    )


def _quoted(answer: Answer, position: int) -> bool:
    """Whether the word at `position` stands inside quotation marks opened in its sentence
    ('people say "it is encoder-only"': someone's words, not the candidate's claim)."""
    text, sentences = answer.text, answer.structure.sentences
    start = position
    while start > 0 and sentences[start - 1] == sentences[position]:
        start -= 1
    before = text.raw[max(0, text.spans[start][0] - 1) : text.spans[position][0]]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1
