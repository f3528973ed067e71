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

Since pron57 three more shapes are read, each keeping the rule of one candidate agreeing in number
in the previous clause or sentence: a connective opener of the closed list CONNECTIVES may stand
before the pronoun ("LoRA trains two small matrices. Because of that it ...", "..., so it ...",
"As a result, it ..."); a pronoun whose previous clause's subject is itself a pronoun takes what
that one stands for, or nothing ("It trains two matrices, and it cannot be merged": LoRA); and a
pronoun opening a sentence whose previous sentence's last clause names no subject ("..., so only a
tiny fraction is trained. Because of that it") takes the one subject agreeing with it that a clause
of that sentence names, a subordinate clause's subject counted as a rival ("while BERT is slow").

A subject named again in apposition, in brackets or between dashes before its verb ("GPT, the
Generative Pre-trained Transformer, is a decoder. It ...") is that verb's subject, and the
appositive's own words are no rival (appositives.py, appos65).

Since pron66 three more: a pronoun after a fronted "-ing" phrase opening its sentence ("Instead
of scoring answers, it ...") is read as opening that sentence (fronted_gerunds.py); "this model",
"these methods" read as "it" and "they" (demonstrative_subjects.py); and the claim's rest may
begin after a passive of means ("It is pretrained by masking random words": passive_means.py)
as well as within PRONOUN_GAP words. A pronoun right after "because" stands for the subject of
the clause the cause is given of ("Diffusion models are preferred because they are trained
adversarially": cause_clauses.py).

The grader's two other readings of "it" and "they" (subject_sides.referents,
subjects/antecedents) resolve more pronouns, less strictly: pronouns.py says how the three
differ, with examples, and why they are kept apart (tidy47)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from .appositives import appositive_at, subject_before
from .cause_clauses import cause_previous
from .demonstrative_subjects import NOUNS as DEMONSTRATED_NOUNS
from .demonstrative_subjects import demonstrative_pronoun
from .fronted_gerunds import fronted_gerund_start
from .matching import COUNTING, Answer, Match, Phrase, match_statement
from .passive_means import passive_means
from .pronouns import SUBJECT_PRONOUNS
from .text import STOP_WORDS
from .text.function_words import AUXILIARIES, FINITE_BE
from .unit_spans import unit_start
from .verbs import COPULAS, is_verb

MAX_SUBJECT = 4
"""At most this many words in the antecedent noun phrase ("the original GPT model")."""

PRONOUN_GAP = 2
"""At most this many words (auxiliaries, adverbs: "it also", "they simply") between the pronoun
and the first word of the claim's rest."""

_HAVE_OR_MODAL = AUXILIARIES - FINITE_BE - frozenset(("did", "shall", "cannot"))
"""Auxiliaries that are the verb after a subject, besides the copulas (read apart): "GPT has",
"the model can"; "did", "shall" and "cannot" were never read here."""
_DETERMINERS = frozenset("the a an this that".split())
_QUOTES = frozenset('"\u201c\u201d')
_SUBORDINATORS = frozenset(
    "since whereas although though unless while when because if once after before until".split()
)
"""The subordinating conjunctions: a clause that opens with one is not the main clause whose
subject "it" may stand for. Read at a clause's first word, so unlike
matching.clause_openers.CLAUSE_OPENERS (read at a break between clauses) it holds the words of
condition and time ("if", "when", "until") and no coordinator ("but", "yet", "so") nor relative
("which")."""

CONNECTIVES = tuple(
    sorted(
        (
            tuple(opener.split())
            for opener in (
                "so",
                "thus",
                "hence",
                "therefore",
                "consequently",
                "as a result",
                "because of that",
                "because of this",
                "for this reason",
                "for that reason",
                "that is why",
                "this is why",
                "this means",
                "in other words",
                "in practice",
                "at inference",
                "at inference time",
                "in turn",
            )
        ),
        key=len,
        reverse=True,
    )
)
"""The closed list of connective openers that may stand before a pronoun opening its clause
("Because of that it ...", "As a result, it ..."), longest first; a wrong claim after any
other words before the pronoun ("because it", "but it", "if it") is not read (pron57)."""


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
        words = answer.text.words
        # only a word of _MAY_BE_PRONOUN can be a pronoun (`_pronoun_of`); most answers hold
        # none, and the others a few (speed67: `_pronoun_of` was asked at every word)
        answer.antecedents = (
            []
            if _MAY_BE_PRONOUN.isdisjoint(words)
            else [
                (p, stems)
                for p, word in enumerate(words)
                if word in _MAY_BE_PRONOUN
                and _pronoun_of(words, p)
                and (stems := antecedent(answer, p))
            ]
        )
    return answer.antecedents


_MAY_BE_PRONOUN = SUBJECT_PRONOUNS | DEMONSTRATED_NOUNS
"""The words `_pronoun_of` reads as a pronoun: "it", "they", and the nouns of "this model",
"these methods" (demonstrative_pronoun reads no other noun); any other word is none: in "GPT
is a decoder. This model predicts the next token" only "model" is asked, in "GPT is a
decoder." no word."""


def antecedent(answer: Answer, pronoun: int) -> tuple[str, ...] | None:
    """The content stems of what the pronoun at `pronoun` stands for (module docstring), or
    None when it cannot be told."""
    text, structure = answer.text, answer.structure
    words, clauses, sentences = text.words, structure.clauses, structure.sentences
    said = _pronoun_of(words, pronoun)
    # "This model predicts ...": the determiner opens the clause (demonstrative_subjects.py)
    opening = pronoun if words[pronoun] in SUBJECT_PRONOUNS else pronoun - 1
    if said is None or opening == 0 or _quoted(answer, pronoun):
        return None
    fronted = fronted_gerund_start(answer, pronoun)
    if fronted is not None:
        # "Instead of scoring answers, it groups ...": the phrase names no subject, so the
        # pronoun is read as opening its sentence (fronted_gerunds.py, pron66)
        if fronted == 0:
            return None
        found = _subject(answer, fronted - 1, pronoun)
        if found == ():
            return _sentence_subject(answer, fronted - 1, pronoun)
        return found or None
    start = _connective_start(answer, opening)
    if start > 0 and words[start - 1] == "and":
        start -= 1
    if start == 0:
        return None
    cause = cause_previous(answer, opening)
    if cause is not None:
        # "Diffusion models are preferred because they are ...": the subject of the clause
        # the cause is given of (cause_clauses.py, pron66)
        return _subject(answer, cause, pronoun) or None
    between = text.raw[text.spans[start - 1][1] : text.spans[start][0]]
    opens = sentences[start] != sentences[start - 1] or (
        any(mark in between for mark in ",;:") and clauses[start] != clauses[start - 1]
    )
    if not (opens or words[start] == "and"):
        return None  # "..., but it", ", because it", "reads it": not a subject after "and"
    found = _subject(answer, start - 1, pronoun)
    if found == () and sentences[start] != sentences[start - 1]:
        return _sentence_subject(answer, start - 1, pronoun)
    return found or None


def _subject(
    answer: Answer, previous: int, pronoun: int, rivals: bool = False
) -> tuple[str, ...] | None:
    """The subject noun phrase of the clause that holds `previous`, agreeing with the pronoun
    at `pronoun`: its stems; () when that clause has no subject before its verb (or two
    things, or one of another number, or it opens with a word of _SUBORDINATORS); None when
    its subject is a pronoun read as nothing. With `rivals`, the subject after a word of
    _SUBORDINATORS is read too ("while BERT is slow": a rival candidate for "it")."""
    text, clauses = answer.text, answer.structure.clauses
    words = text.words
    begin = unit_start(clauses, previous)
    if words[begin] == "and":
        begin += 1
    begin = _connective_end(words, begin, previous + 1)
    if words[begin] in _SUBORDINATORS:
        if not rivals or begin == previous:
            return ()
        begin += 1
    if words[begin] in SUBJECT_PRONOUNS:
        # a chain: "It trains two matrices, and it ..." stands for what the first "it" does
        if words[begin] != _pronoun_of(words, pronoun) or begin == 0 or begin == pronoun:
            return None
        return antecedent(answer, begin)
    named = subject_before(answer, begin)
    if named is not None:
        # "GPT, the Generative Pre-trained Transformer, is a decoder": the clause opens with
        # the verb after an appositive, whose subject is the one before it (appositives.py)
        begin = unit_start(clauses, named.subject)
    elif appositive_at(answer, begin):
        return ()  # the appositive's own words are no subject
    if words[begin] in _DETERMINERS:
        begin += 1
    stems, end = text.stems, begin
    while end <= previous and not (
        _verb_at(answer, end, end > begin)
        or (end > begin and _hyphened_verb(answer, end))
        or (named is not None and end == named.subject + 1)
    ):
        if words[end] in STOP_WORDS:
            return ()  # "In 2018, ...", "GPT of OpenAI", "GPT and BERT": no one subject
        end += 1
    noun = words[begin:end]
    if (
        not noun
        or end > previous
        or len(noun) > MAX_SUBJECT
        or any(not w[:1].isalnum() for w in noun)
    ):
        return ()  # no subject before a verb
    plural = noun[-1].endswith("s") and not noun[-1].endswith("ss")
    if plural != (_pronoun_of(words, pronoun) == "they"):
        return ()
    return tuple(stems[begin:end])


def _sentence_subject(answer: Answer, last: int, pronoun: int) -> tuple[str, ...] | None:
    """For a pronoun opening a sentence whose previous sentence's last clause gives it no
    subject ("LoRA freezes the weights ..., so only a tiny fraction is trained. Because of that
    it ..."): the one subject agreeing with it that a clause of that sentence names, a
    subordinate clause's too ("..., since attention ignores order": a rival), else None (none,
    two, or a clause's pronoun read as nothing)."""
    clauses, sentences = answer.structure.clauses, answer.structure.sentences
    found: set[tuple[str, ...]] = set()
    k = last
    while k >= 0 and sentences[k] == sentences[last]:
        stems = _subject(answer, k, pronoun, rivals=True)
        if stems is None:
            return None
        if stems:
            found.add(stems)
        clause = clauses[k]
        while k >= 0 and clauses[k] == clause:
            k -= 1
    return found.pop() if len(found) == 1 else None


def _connective_start(answer: Answer, pronoun: int) -> int:
    """Where a connective opener (CONNECTIVES) that stands right before the pronoun begins,
    with at most a comma between ("As a result, it"); the pronoun's own place when none
    does."""
    words, text = answer.text.words, answer.text
    for connective in CONNECTIVES:
        begin = pronoun - len(connective)
        if begin >= 0 and tuple(words[begin:pronoun]) == connective:
            gap = text.raw[text.spans[pronoun - 1][1] : text.spans[pronoun][0]]
            if gap.strip() in ("", ","):
                return begin
    return pronoun


def _connective_end(words: Sequence[str], begin: int, end: int) -> int:
    """The place after a connective opener (CONNECTIVES) opening the words from `begin`, if
    one does and words follow it before `end`; else `begin`."""
    for connective in CONNECTIVES:
        after = begin + len(connective)
        if after < end and tuple(words[begin:after]) == connective:
            return after
    return begin


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
        if clauses[first] == clauses[pronoun] and (
            0 <= first - pronoun - 1 <= PRONOUN_GAP
            # "It is pretrained by masking random words" (passive_means.py, pron66)
            or (first > pronoun and passive_means(answer, pronoun, first))
        ):
            # quoted from "this" of "this model" (demonstrative_subjects.py)
            said = pronoun if answer.text.words[pronoun] in SUBJECT_PRONOUNS else pronoun - 1
            return PronounClaim(match, rest_phrase, said)
    return None


def _pronoun_of(words: Sequence[str], k: int) -> str | None:
    """The subject pronoun the word at `k` is or reads as: "it" or "they" itself, or the noun
    of "this model", "these methods" (demonstrative_subjects.py, pron66); else None."""
    if words[k] in SUBJECT_PRONOUNS:
        return words[k]
    return demonstrative_pronoun(words, k)


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


def _hyphened_verb(answer: Answer, k: int) -> bool:
    """Whether the word at `k`, after a noun, opens a verb written with a hyphen: joined by one
    to the next word, which is read as a verb there ("GPT pre-trains on web text", "QLoRA
    fine-tunes the adapters": the subject is "GPT", not "GPT pre"; veto58, pron57's note)."""
    text = answer.text
    if k + 1 >= len(text.spans):
        return False
    end, start = text.spans[k][1], text.spans[k + 1][0]
    return text.raw[end:start] == "-" and _verb_at(answer, k + 1, True)


def _quoted(answer: Answer, position: int) -> bool:
    """Whether the word at `position` stands inside quotation marks opened in its sentence
    ('people say "it is encoder-only"': someone's words, not the candidate's claim)."""
    text, sentences = answer.text, answer.structure.sentences
    start = unit_start(sentences, position)
    before = text.raw[max(0, text.spans[start][0] - 1) : text.spans[position][0]]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1
