"""Wrong claims said with no subject of their own, on a question about one thing (veto55).

A `contradicts` line narrowed to the question's subject ("in GPT each token attends to earlier
and later tokens", "GPT attends to past and future tokens": narrowed so that a true statement
of another method, "in BERT each token attends ...", is not flagged) is not found where a wrong
answer leaves the subject out: "Each token attends to earlier and later tokens" (genai-034,
review54), "It attends to past and future tokens". On a question that contrasts no two
subjects (fewer than two `about` subjects), such a statement is read as said of the question's
subject when nothing in its sentence names another thing:

- the line opens with words of the question (`asked`: the prompt's words and stems), its
  subject, one of them not a word every question uses (GENERIC: "train on the benchmark test
  sets" opens with no subject); the rest, three words or more, two of them not counting
  words, is what it says;
- the rest is found as a statement in one clause (matching.match_statement);
- every content word before it in its sentence is a word of the question (a name written as
  one, "GraphRAG", only the line's own subject), a word too common to name a subject (GENERIC:
  "model", "token", "each"), or a pronoun that stands for a noun phrase of the question's
  words (pronoun_claims.antecedent): "In BERT, each token ...", "Older tokenizers split ...",
  "BERT is an encoder: it ..." and, on genai-181, "GraphRAG builds an entity knowledge graph"
  (a validation answer, for the line 'iterative retrieval builds a knowledge graph') name
  another thing and are not read;
- the sentence before does not name something else by a name (a word in capitals or capitalised
  inside the sentence, "BERT", "Flamingo") that is not the line's subject: "BERT reads both ways.
  Each token attends to earlier and later tokens." is said of BERT;
- as for every wrong claim, not denied, set aside, framed or said of the past (the caller's);
  but a relative clause on the question's subject after "unlike" or "compared with" ("Unlike
  GPT, where each token attends to earlier and later tokens, BERT ...") is said of it
  (`aside_of_the_asked`).

Where the question contrasts two subjects, a clause with no subject is not guessed: the reading
is off (claims.stated_contradiction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .findings import PreparedConcept
from .matching import COUNTING, Answer, Match, Phrase, match_statement
from .predicate_subjects import copular_rest, opens_another_statement
from .pronoun_claims import antecedent
from .pronouns import SUBJECT_PRONOUNS
from .text import STOP_WORDS
from .unit_spans import unit_start

GENERIC = frozenset(
    "model models data training train text token tokens answer output input task ai llm llms "
    "language large generative use used using work works how what why when which who explain "
    "difference between main common type types way ways approach".split()
)
"""Words too common across the bank to name a question's subject (also read by
bank_audit.subjectless)."""

MIN_REST = 3
"""At least this many words in what the line says after its subject."""


def rest_after_subject(
    phrase: Phrase, asked: frozenset[str]
) -> tuple[frozenset[str], Phrase] | None:
    """The subject (its words and stems) and the rest of a wrong claim that opens with words
    of the question ("GPT attends to past and future tokens": "GPT", "attends to past and future
    tokens"), or None: the line opens with no such word, or its rest is too short to say
    anything on its own."""
    if phrase.negative:
        return None
    tokens = phrase.tokens
    size = 0
    while size < len(tokens) and tokens[size][0] not in COUNTING and _asked(tokens[size], asked):
        size += 1
    rest = tokens[size:]
    if all(t[0] in GENERIC or t[1] in GENERIC for t in tokens[:size]):
        return None  # "train on the benchmark test sets" opens with a verb, "LLMs ..." with
        # a word every question uses: no subject of the question's own
    if len(rest) < MIN_REST or sum(1 for t in rest if t[0] not in COUNTING) < 2:
        return None
    restricted = phrase.restricted
    if restricted is not None:
        restricted = (
            (restricted[0] - size, restricted[1] - size) if min(restricted) >= size else None
        )
    subject = frozenset(w for t in tokens[:size] for w in t[:2])
    return subject, replace(phrase, tokens=rest, restricted=restricted)


def subject_rests(
    prepared: PreparedConcept, asked: frozenset[str]
) -> tuple[tuple[Phrase, frozenset[str], Phrase], ...]:
    """The concept's listed wrong claims that open with the question's subject, in order:
    (claim, the subject's words and stems, the rest: `rest_after_subject`). Kept on the
    prepared concept by `asked`, the same for every answer to a question: read once per
    question rather than once per answer and claim, and the same rest Phrase each time
    (speed56: `rest_after_subject` and its `dataclasses.replace` were 2.4% of grading)."""
    found = prepared.subjectless_rests.get(asked)
    if found is None:
        rests = ((p, rest_after_subject(p, asked)) for p in prepared.contradicts)
        found = tuple((p, r[0], r[1]) for p, r in rests if r is not None)
        prepared.subjectless_rests[asked] = found
    return found


def said_without_subject(
    rest: Phrase, answer: Answer, asked: frozenset[str], subject: frozenset[str]
) -> Match | None:
    """The match of a wrong claim's `rest` (rest_after_subject) in a clause whose sentence
    names nothing but the line's `subject` before it (module docstring), or None."""
    match = match_statement(rest, answer, unit="clause")
    if match is None:
        return None
    if copular_rest(rest) and opens_another_statement(answer, match.positions):
        return None  # "Precision-only metrics like BLEU miss recall": the subject of a verb
    if aside_of_the_asked(answer, list(match.positions), asked):
        return match  # "Unlike GPT, where each token ...": said of the question's subject
    first = match.positions[0]
    text, sentences = answer.text, answer.structure.sentences
    start = unit_start(sentences, first)
    if another_time(text.words[start:first], asked):
        return None  # "Before transformers, the model read ...": said of another time
    for i in range(start, first):
        word, stem = text.words[i], text.stems[i]
        if word in SUBJECT_PRONOUNS:
            stems = antecedent(answer, i)
            if stems is None or not all(s in asked for s in stems):
                return None  # "BERT is an encoder: it ...", or a pronoun that cannot be told
        elif _is_name(answer, i, start) and word not in subject and stem not in subject:
            return None  # "GraphRAG builds ...": another thing the question names
        elif not (
            word in STOP_WORDS
            or word in COUNTING
            or word in GENERIC
            or stem in GENERIC
            or word in asked
            or stem in asked
        ):
            return None  # "In BERT, each token ...": said of another thing
    if start > 0 and _names_another(answer, start - 1, subject):
        return None
    return match


OTHER_TIME = frozenset("before prior until till earlier previously formerly originally".split())
"""Words that set what follows them in another time than the question's subject now: "Before
transformers, the model read the sentence word by word" (genai-021) speaks of an earlier model,
not of the subject the question asks about (veto56)."""
PHASE_OPENERS = frozenset("during in at while when".split())
PHASES = (
    frozenset("training train trained pretraining".split()),
    frozenset("generation generated generate generating inference decoding decode".split()),
)
"""Phases of a model's life, named after one of PHASE_OPENERS ("during training", "at
inference"): on a question that names a phase of one ("How are tokens generated in GPT?"), a
sentence set in the other ("During training the model predicts all tokens simultaneously",
genai-026) is not said of what the question asks about (veto56)."""


def another_time(words: Sequence[str], asked: frozenset[str]) -> bool:
    """Whether the words before a statement in its sentence set it in another time (OTHER_TIME)
    or in a phase of PHASES after a PHASE_OPENERS word ("the" between them or not) when the
    question names the other phase and not this one: a sentence with no subject of its own is
    then not read as said of the question's subject. A sentence in the phase the question asks
    about, or on a question that names no phase, is still read ("During training, each token
    attends to earlier and later tokens" on genai-034)."""
    for i, word in enumerate(words):
        if word in OTHER_TIME:
            return True
        if word not in PHASE_OPENERS:
            continue
        after = [w for w in words[i + 1 : i + 3] if w != "the"]
        for own, other in (PHASES, PHASES[::-1]):
            if after and after[0] in own and other & asked and not own & asked:
                return True
    return False


def aside_of_the_asked(answer: Answer, positions: list[int], asked: frozenset[str]) -> bool:
    """Whether the statement at `positions` stands in a relative clause on the question's own
    subject after a rejecting or comparing phrase ("Unlike GPT, where each token attends to
    earlier and later tokens, BERT ..."): set aside as a claim about the answer's main subject,
    it is a claim about the question's (asides.Asides.aside_of; review54's genai-034 case)."""
    structure, text = answer.structure, answer.text
    span = structure.aside_of(min(positions))
    if span is None or span != structure.aside_of(max(positions)):
        return False
    named = [i for i in span[1:] if text.words[i] not in STOP_WORDS | _ASIDE_WORDS]
    return bool(named) and all(_asked((text.words[i], text.stems[i], False), asked) for i in named)


_ASIDE_WORDS = frozenset("compared contrast opposed versus differ differs different".split())
"""Words of a rejecting or comparing phrase after its first ("compared with", "in contrast
to"): not the name of what the aside is about."""


def _asked(token: tuple[str, str, bool], asked: frozenset[str]) -> bool:
    word, stem, _ = token
    return word in asked or stem in asked


def _names_another(answer: Answer, last: int, subject: frozenset[str]) -> bool:
    """Whether the sentence ending at word `last` names a thing by a name (_is_name) that is
    not the line's subject."""
    text, sentences = answer.text, answer.structure.sentences
    start = unit_start(sentences, last)
    return any(
        _is_name(answer, i, start) and text.words[i] not in subject and text.stems[i] not in subject
        for i in range(start, last + 1)
    )


def _is_name(answer: Answer, i: int, start: int) -> bool:
    """Whether the word at `i` is written as a name: two capitals or more ("BERT", "GraphRAG",
    "RNNs"), or capitalised after its sentence's first word (`start`: "the Flamingo model")."""
    text = answer.text
    raw = text.raw[text.spans[i][0] : text.spans[i][1]]
    return sum(1 for c in raw if c.isupper()) >= 2 or (i > start and raw[:1].isupper())
