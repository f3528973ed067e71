"""A subject named again in apposition, or in brackets, is still the subject of the verb after
it (appos65): "GPT, the Generative Pre-trained Transformer, is an encoder-only model", "HyDE
(hypothetical document embeddings) trains the encoder" and "LangChain - a Python library - is
a language model" say "GPT is an encoder-only model", "HyDE trains the encoder" and "LangChain
is a language model".

The rule, read once per answer (`appositives`): an appositive is a noun phrase of one to
MAX_WORDS words set off right after a subject by two marks of one kind, in one sentence:
- two commas (", the Generative Pre-trained Transformer,");
- brackets ("(hypothetical document embeddings)");
- two dashes standing apart from the words (" - a Python library - ", "—a library—"); a hyphen
  joining two words ("pre-trained") is no dash.
It holds no other mark of those kinds, no colon or semicolon, and does not open with a word that
makes it something else than a noun phrase: a relative ("GPT, which came later, is": a clause,
read by across_comma.py), a preposition or an adverb ("GPT, like BERT, is", "CLIP, however,
is": an aside, across_comma.py's), "not" or a subordinator ("BERT, not GPT, is": a contrast
naming another subject), or a verb. The word right after the closing mark is a verb: a copula,
an auxiliary, a verb (verbs.is_verb), or a word in "-s" not followed by a copula or an
auxiliary ("Prefix tuning, a PEFT method, updates all the weights").

The subject is the noun phrase before the opening mark: it opens its sentence, or a clause after
a semicolon, a colon or a coordinator ("and", "but", "so") itself after a mark (", and GPT,
the ..., is"; not "GRPO and PPO, two RL methods, drop"), after at most one determiner, and
holds one to MAX_SUBJECT words, none a function word, none before its last a possessive ("GRPO's
ancestor (PPO) needs ..." names PPO, GRPO's ancestor, not GRPO), and its last word not in
"-ed" after another ("The method GRPO replaced (PPO) trains ...": a clause that describes "the
method"). So a list is no appositive: in "GPT,
BERT, T5 are transformers" the words after the second comma are no verb, and "BERT" after a
comma opens no clause; nor is "Unlike BERT, GPT, a decoder, is" read (a subject after a comma
is never taken; a wrong claim is not read on a guess).

What it reads: which verb a subject named before an appositive governs, for a listed wrong
claim and a misconception said across it (across_comma.py) and for the subject a pronoun in the
next clause stands for (pronoun_claims.py: "GPT, the ..., is a decoder. It is pretrained by
masking words" reads "it" as GPT), and which of a contrast question's subjects a claim after it
names (claims/of_subject.py: "GRPO, a variant of PPO, drops the clipping" is said of GRPO, not
of PPO named inside the appositive). What it leaves alone: the appositive's own words (what they
credit is credited as before; they are never the claim's subject: "The encoder, BERT's only
part, reads both ways" says nothing of BERT), and anything said inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .matching import Answer
from .text import STOP_WORDS, Text
from .text.function_words import AUXILIARIES, DETERMINERS
from .verbs import COPULAS, is_verb

MAX_WORDS = 10
"""At most this many words in an appositive ("the network at the heart of Stable Diffusion")."""
MAX_SUBJECT = 4
"""At most this many words in the subject before it ("the original GPT model")."""

_DASHES = ("-", "--", "\u2013", "\u2014")
_POSSESSIVE = ("'s", "\u2019s", "s'")
_SENTENCE_MARKS = frozenset(".!?;:")
_COORDINATORS = frozenset("and but so yet while whereas".split())
_NOT_OPENING = frozenset(
    (
        # relatives: a clause (across_comma.py reads "X, which ...")
        *"which who whom whose that where when".split(),
        # prepositions: an aside (across_comma.py reads "X, on the other hand, is")
        *"for of in on with to from by over into about at through via than like as under"
        " between unlike versus vs besides including such except despite after before".split(),
        # a contrast or a condition: "BERT, not GPT, is"
        *"not unlike if unless although though because since whereas while".split(),
        # adverbs of an aside
        *"however therefore instead too also meanwhile then thus and or but so".split(),
    )
)
"""Words an appositive never opens with: the aside is then no noun phrase naming the subject."""


class Appositive(NamedTuple):
    """An appositive and the subject it names again: the subject's last word, the
    appositive's first and last words, and the verb right after it (word positions)."""

    subject: int
    first: int
    last: int
    verb: int


def appositives(answer: Answer) -> dict[int, Appositive]:
    """The answer's appositives (module docstring), by the position of the verb after each."""
    if answer.appositives is not None:  # read once per answer (`Answer.appositives`)
        return answer.appositives
    found: dict[int, Appositive] = {}
    for subject in _before_a_mark(answer.text):
        appositive = _appositive_after(answer, subject)
        if appositive is not None:
            found[appositive.verb] = appositive
    answer.appositives = found
    return found


_OPENING_MARK = re.compile("[,(\\-\u2013\u2014]")
"""A character without which a gap between words opens no appositive (`_mark`: ',', '(' or
one of `_DASHES`)."""


def _before_a_mark(text: Text) -> list[int]:
    """The words, in order and up to the third from last, whose gap to the next word holds a
    character an opening mark needs (speed67): `_appositive_after` finds nothing after any
    other word (its gap's `_mark` is none of ',', '(' and '-'), so only these are asked. In
    "GPT, the Generative Pre-trained Transformer, is a decoder." they are 0 ("gpt"), 3 ("pre",
    before the hyphen: asked, no appositive) and 5 ("transformer"); the other six are not
    asked, and "GPT is a decoder." asks none."""
    spans = text.spans
    starts = [start for start, _ in spans]
    last = len(spans) - 3
    found: list[int] = []
    for match in _OPENING_MARK.finditer(text.raw):
        at = match.start()
        word = bisect_right(starts, at) - 1  # the word at or before the mark
        if 0 <= word <= last and spans[word][1] <= at and (not found or found[-1] != word):
            found.append(word)
    return found


def subject_before(answer: Answer, verb: int) -> Appositive | None:
    """The appositive right before the word at `verb` whose subject that verb is, or None."""
    return appositives(answer).get(verb)


def appositive_at(answer: Answer, first: int) -> bool:
    """Whether an appositive opens at the word `first` (its words are no subject of their
    own)."""
    return any(a.first == first for a in appositives(answer).values())


def _gap(answer: Answer, left: int) -> str:
    """The characters between the word at `left` and the next one."""
    spans = answer.text.spans
    return answer.text.raw[spans[left][1] : spans[left + 1][0]]


def _mark(gap: str) -> str | None:
    """The kind of mark that opens or closes an appositive in a gap between words: ',', '(',
    ')' or '-' (a dash standing apart from the words), else None."""
    stripped = gap.strip()
    if stripped in (",", "(", ")"):
        return stripped
    if stripped in _DASHES and (gap != stripped or stripped in ("\u2013", "\u2014", "--")):
        return "-"
    return None


def _appositive_after(answer: Answer, subject: int) -> Appositive | None:
    """The appositive opening right after the word at `subject`, if it is one (module
    docstring)."""
    opening = _mark(_gap(answer, subject))
    if opening not in (",", "(", "-") or not _subject_opens_clause(answer, subject):
        return None
    closing = ")" if opening == "(" else opening
    words = answer.text.words
    first = subject + 1
    if words[first] in _NOT_OPENING or _verb_at(answer, first, loose=False):
        return None
    last = first
    while last < len(words) - 1 and last - first < MAX_WORDS:
        gap = _gap(answer, last)
        mark = _mark(gap)
        if mark == closing:
            verb = last + 1
            return Appositive(subject, first, last, verb) if _verb_at(answer, verb) else None
        if mark is not None or any(c in _SENTENCE_MARKS or c in ",()" for c in gap):
            return None
        last += 1
    return None


def _subject_opens_clause(answer: Answer, subject: int) -> bool:
    """Whether the words up to `subject` are a subject noun phrase opening its sentence or a
    clause after a semicolon, a colon or a coordinator: at most one determiner, then one to
    MAX_SUBJECT words, none a function word."""
    words = answer.text.words
    start = subject
    while start > 0 and subject - start < MAX_SUBJECT and words[start - 1] not in STOP_WORDS:
        if _mark(_gap(answer, start - 1)) is not None or _gap(answer, start - 1).strip(" -"):
            break
        start -= 1
    if words[subject] in STOP_WORDS:
        return False
    if any(word.endswith(_POSSESSIVE) for word in words[start:subject]) or (
        subject > start and words[subject].endswith("ed")
    ):
        # "GRPO's ancestor (PPO) needs ...", "The method GRPO replaced (PPO) trains ...": the
        # name before the appositive is another thing's (a possessor, or the subject of a clause
        # that describes the head), never the subject the claim is about (review65)
        return False
    if start > 0 and words[start - 1] in DETERMINERS:
        start -= 1
    if start > 0 and words[start - 1] in _COORDINATORS:
        # "..., and GPT, the ..., is": a clause after "and", not a noun joined to another
        # ("GRPO and PPO, two RL methods, drop ...")
        return _gap(answer, start - 1).strip() == "" and (
            start == 1 or any(c in ",;:" or c in _SENTENCE_MARKS for c in _gap(answer, start - 2))
        )
    if start == 0:
        return True
    before = _gap(answer, start - 1)
    return any(c in _SENTENCE_MARKS for c in before)


def _verb_at(answer: Answer, position: int, loose: bool = True) -> bool:
    """Whether the word at `position` is a verb after a subject: a copula, an auxiliary, a
    verb (verbs.is_verb), or, when `loose`, a word in "-s" (not "'s") not followed by a
    copula or an auxiliary."""
    words, stems = answer.text.words, answer.text.stems
    if position >= len(words):
        return False
    word = words[position]
    following = words[position + 1] if position + 1 < len(words) else ""
    if word in COPULAS or word in AUXILIARIES:
        return True
    if word in STOP_WORDS:
        return False
    if is_verb(word, stems[position], "it", following):
        return True
    return (
        loose
        and word.endswith("s")
        and not word.endswith(("ss", "'s"))
        and following not in COPULAS
        and following not in AUXILIARIES
    )
