"""Key terms derived from a reference answer that has no rubric: what an interviewer would tick.

Reference mode (an imported bank, the user's own answer key) has no concept list, so the grade
shows, as "detected / not detected", terms taken from the reference answer. A term is:

- a word of the reference that names something: not a function word (text.STOP_WORDS and
  scikit-learn's ENGLISH_STOP_WORDS, less the few of its words that name things: "system",
  "call", "empty"), not an everyday word of explanation (generic_words.txt: "helps", "per",
  "example", "slightly"), not a bare number, not the question's own word, nor a word of what
  the question's acronym stands for ("Global Interpreter Lock" asked about the GIL), not a
  direction word ("higher", "less": reversals.py checks those as claims), nor a word the
  reference denies ("so they are not recomputed"), nor a verb of its sentence ("it checks
  that", "rows matching a condition": verbs.acts_in_key), nor alone a general noun
  (PHRASE_WORDS: "condition", "data", "calls"), nor a verb's particle (PARTICLE_ADVERBS:
  "rolled back", "ahead of time"), which may only open a phrase ("back pointers");
- kept whole when written as one: a compound joined by a hyphen or a slash ("B-tree",
  "I/O-bound") or a Big-O expression ("O(log n)");
- named with the word next to it when the reference writes them as a phrase ("reference
  counting", "cache hit", "version number"): two such words or compounds with only a space
  between them, neither an adverb nor, first, a plural or a verb's -s form ("stores copies").

Terms are ranked by (1 + ln count) x their rarest word's IDF in the bank, times MARKED for a
word the reference writes as a name (an acronym, a capital inside a sentence, letters with
digits, a compound): on a small imported bank the IDF alone cannot tell "helps" from "GIL".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..bank import Concept
from .acronyms import initials, written_acronyms
from .clauses import Structure
from .exact import compound_aliases, order_aliases
from .keywords import is_keyword_string
from .text import DIRECTION_WORDS, STOP_WORDS, Text, cached_stem
from .verbs import acts_in_key

DERIVED_TERMS_MAX = 8
"""At most this many key terms are derived from a reference answer that has no rubric."""
MARKED = 1.5
"""How much more a word written as a name (see the module docstring) weighs in the ranking."""
NAMING_STOP_WORDS = frozenset(
    "back bill bottom call empty fill fire front full interest name next system thick thin "
    "top".split()
)
"""scikit-learn's stop words that name things in some field ("system", "next token", "tool
call", "empty stack", "top-k"): left to the bank's IDF."""
NAMING_DIRECTIONS = frozenset(
    cached_stem(w) for w in "encoder decoder overfitting underfitting deterministic random".split()
)
"""Direction words (text.DIRECTION_WORDS) that name things; the others ("higher", "less",
"faster", "before") say how much or which way, and are checked as claims (reversals.py)."""
NOT_ADVERBS = frozenset("anomaly assembly family supply monopoly poly reply".split())
"""Words ending in -ly that are nouns."""
FOLLOW_A_NOUN = frozenset(
    "about after against and are as at because become before between but by can could during "
    "for from get grow in into is may might must need of on or over remain seem should stay "
    "than that through to under was were when where which while who whose will with within "
    "without would".split()
)
"""Words that follow a plural noun ("health checks and"); a word ending in -s followed by
another word (or "the", "a", "every") is read as a verb ("turns noise", "returns every")."""
MORE_FUNCTION_WORDS = frozenset(
    "accordingly alongside amid beneath concerning despite excluding lest maybe nonetheless "
    "notwithstanding oneself shall somewhat till underneath unless unlike unto versus vs "
    "whichever whilst yes".split()
)
"""Function words neither stop word list holds ("unless materialized" named "unless"; "Yes."
opening a SciEntsBank reference, "labels such as yes or no")."""
PARTICLE_ADVERBS = frozenset("ahead apart aside away back forth".split())
"""Adverbs that say where or which way after a verb ("rolled back", "push back", "ahead of
time", "a distance away", "back and forth"): never a term alone ("you missed 'back'" tells
nothing), and only the first half of a phrase ("back pointers"), never the second ("error
back" from "feeds the error back to"). Found among the one-word terms derived from 542
references (the genai bank, Mohler 1-8, SemEval-2013 train, the team's keys): "back" twice,
both particles, "ahead" once."""
PARTITIVES = frozenset(
    "amount bunch collection couple group handful kind lot number part piece plenty portion "
    "range series set sort type variety".split()
)
"""Words that, before "of", say how much or what kind of the word after it ("a set of
columns"): the term is what follows, not them."""
PHRASE_WORDS = frozenset(
    cached_stem(w)
    for w in "action call condition data day element entry function information item level "
    "month number operation step time type value version week year".split()
)
"""General nouns that name a thing only with the word beside them ("version number", "data
structure", "tool call", "race condition", "at a time"): never a key term alone ("you missed
'condition'" is advice no one can use), but either half of a two-word term."""
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "able", "ible", "ful", "less")
"""Endings of a word that describes the word after it ("referential integrity"): a phrase
that stops at it is cut."""
_BIG_O_RE = re.compile(r"(?<![^\W_])[OoΘΩ]\([^()\n]{1,24}\)")
_IN_OUT_RE = re.compile(
    r"(?<![\w-])([a-z]{4,8})[ -]in(?:,\s*|\s+|\s*[-–]\s*)([a-z]{4,8})[ -]out(?![\w-])",
    re.IGNORECASE,
)
"""An order said as what goes in and what comes out ("last in, first out", "first-in
first-out"): its words are all function words, so no unit names it; read whole (in_out_terms)."""
ORDER_WORDS = frozenset("first last earliest latest oldest newest highest lowest".split())
"""Words that say a place in an order: the only halves of an in-and-out expression read."""
_HYPHENS = frozenset("-‐‑‒–/")
_SENTENCE_END = frozenset(".!?:;\n")


@cache
def generic_stems() -> frozenset[str]:
    """Stems of the words that are never key terms (read once): generic_words.txt and
    scikit-learn's stop words, less NAMING_STOP_WORDS."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    text = resources.files(__package__).joinpath("generic_words.txt").read_text("utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    forms = [f for w in words for f in _inflections(w)]
    forms += [w for w in ENGLISH_STOP_WORDS if w not in NAMING_STOP_WORDS]
    forms += MORE_FUNCTION_WORDS
    directions = frozenset(DIRECTION_WORDS) - NAMING_DIRECTIONS
    return frozenset(cached_stem(w) for w in forms) | STOP_WORDS | directions


def _inflections(word: str) -> tuple[str, ...]:
    """The word with its regular -s, -ed and -ing forms ("make", "makes", "maked", "making";
    "apply", "applies", "applied"): the stemmer does not bring all of them to one stem."""
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return (word, word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    base = word[:-1] if word.endswith("e") and len(word) > 3 else word
    return (word, word + "s", base + "ed", base + "ing")


@dataclass(frozen=True)
class _Unit:
    """One word of the reference, or several written as one (a compound, a Big-O)."""

    first: int
    last: int
    key: str
    """The stems of its words, joined: what makes two occurrences the same term."""
    content: tuple[str, ...]
    """The stems of its words that may carry weight (not function words, not numbers)."""
    alone: bool
    """Whether it can be a term on its own (see the module docstring)."""
    joinable: bool
    """Whether it can be one half of a two-word term."""
    marked: bool
    """Whether the reference writes it as a name (see MARKED)."""
    phrase_only: bool = False
    """Whether it is one of PHRASE_WORDS: a term only with its neighbour."""


@dataclass(frozen=True)
class _Pair:
    """Two units the reference writes next to each other, as a phrase."""

    keys: tuple[str, str]
    first: int
    last: int
    second: int
    """Where its second unit starts."""


def derive_key_terms(
    prompt: str,
    reference: str,
    weight: Callable[[str], float],
    canon: Mapping[str, str] | None = None,
    limit: int = DERIVED_TERMS_MAX,
) -> tuple[Concept, ...]:
    """The key terms of a reference answer, best first, each a concept weighted by its score.

    Args:
        prompt: the question: its words are not key terms.
        reference: the reference answer the terms are taken from.
        weight: a stem's IDF in the bank.
        canon: the bank's thesaurus (stem -> the stem it is read as).
        limit: the most terms returned (fewer for a short reference: half its candidates, at
            least two; every candidate of a reference that is itself a list of terms).
    """
    ref = Text.of(reference, canon=canon)
    asked = _asked_stems(prompt, reference, canon)
    units = _same_words(_units(ref, prompt, asked))
    # a word the reference uses as a verb too ("must also update the index") counts where it
    # names something only
    units_naming = [u for u in units if u.alone or u.joinable]
    counts = Counter(u.key for u in units_naming)
    first_of: dict[str, _Unit] = {}
    for unit in units_naming:
        first_of.setdefault(unit.key, unit)

    def score(unit: _Unit) -> float:
        new = [s for s in unit.content if s not in asked] or list(unit.content)
        rarest = max((weight(s) for s in new), default=0.0)
        return (1.0 + math.log(counts[unit.key])) * rarest * (MARKED if unit.marked else 1.0)

    scores = {key: score(unit) for key, unit in first_of.items()}
    pairs = _pairs(ref, units, asked)
    paired = {k for p in pairs for k in p.keys}
    ranked = sorted(
        (u for u in first_of.values() if u.alone or (u.phrase_only and u.key in paired)),
        key=lambda u: (-scores[u.key], u.key),
    )
    pair_counts = Counter(p.keys for p in pairs)
    # a key that is itself a list of terms ("Atomicity, Consistency, Isolation, Durability.")
    # names every one of them: all are wanted, not half
    listed = is_keyword_string(ref, Structure.of(ref))
    orders = in_out_terms(reference)
    candidates = len(ranked) + len(orders)
    wanted = min(limit, candidates) if listed else max(2, min(limit, candidates // 2 + 1))
    # an order the key names ("last in, first out") is its point, as heavy as its heaviest
    # word: its own words are function words, which no unit names
    heaviest = round(max(scores.values(), default=1.0), 3)
    terms = [replace(order, weight=heaviest) for order, _ in orders[:wanted]]
    taken: set[str] = set()
    named = [frozenset(Text.of(order.name).stems) for order in terms]
    """The stems of the name of each term kept."""
    inside = [span for _, span in orders]
    for unit in ranked:
        if len(terms) >= wanted:
            break
        if unit.key in taken or any(a <= ref.spans[unit.first][0] < b for a, b in inside):
            continue
        first, last, keys = unit.first, unit.last, {unit.key}
        # a phrase whose other half a term already names ("negative battery" beside "battery
        # terminal") would weigh that word twice: the unit is a term alone, or none
        with_it = [p for p in pairs if unit.key in p.keys and not _other_half(p, unit.key) & taken]
        whole = [p for p in with_it if (ahead := _goes_on(ref, p, pairs)) is None]
        if with_it and not whole:
            # "enforcing referential integrity": the phrase goes on past its describing word,
            # and is named by the pair that ends it
            ends = [ahead for p in with_it if (ahead := _goes_on(ref, p, pairs)) is not None]
            while (further := _goes_on(ref, ends[0], pairs)) is not None:
                ends[0] = further
            with_it = [p for p in ends[:1] if not set(p.keys) & taken]
            taken.add(unit.key)
        else:
            with_it = whole
        if not with_it and not unit.alone:
            continue
        if with_it:
            # the phrase said most often, then the one whose other half is the rarer word
            best = min(
                with_it,
                key=lambda p: (
                    -pair_counts[p.keys],
                    -scores[p.keys[1] if p.keys[0] == unit.key else p.keys[0]],
                    p.first,
                ),
            )
            first, last, keys = best.first, best.last, set(best.keys)
        name = _name(ref, first, last)
        # a character the units read as one word and a term's name as two ("A¼A": "a1 4a")
        # could make one term a part of another ("A¼A" and "A¼A 0A"): the first is kept
        said = frozenset(Text.of(name).stems)
        if any(said <= other or other <= said for other in named):
            continue
        named.append(said)
        taken |= keys
        weight_of = max(scores[k] for k in keys)
        terms.append(Concept(name=name, weight=round(weight_of, 3)))
    return compounds_as_one(terms)


def in_out_terms(reference: str) -> list[tuple[Concept, tuple[int, int]]]:
    """The orders the reference names as what goes in and what comes out ("A stack is last
    in, first out"), each a term named as written, with its initials as an alias ("LIFO") and
    the words without punctuation ("last in first out"), and where it is written.

    >>> [c.phrases for c, _ in in_out_terms("A queue is first-in, first-out.")]
    [('first-in, first-out', 'FIFO', 'first in first out')]
    """
    found: list[tuple[Concept, tuple[int, int]]] = []
    for match in _IN_OUT_RE.finditer(reference):
        into, out = match.group(1).lower(), match.group(2).lower()
        if into not in ORDER_WORDS or out not in ORDER_WORDS:
            continue
        name = " ".join(match.group(0).lower().split())
        plain = f"{into} in {out} out"
        acronym = f"{into[0]}I{out[0]}O".upper()
        if any(c.name == name or plain in c.aliases for c, _ in found):
            continue
        aliases = (acronym,) + ((plain,) if plain != name else ())
        found.append((Concept(name=name, aliases=aliases), match.span()))
    return found


IRREGULAR_PLURALS = (("ic", ("ex", "ix")), ("", ("is",)), ("a", ("um", "on")))
"""(ending of a plural's stem, endings of its singular): "indices" / "index", "matrices" /
"matrix", "analyses" / "analysis", "criteria" / "criterion", which the stemmer leaves apart."""


def _same_words(units: list[_Unit]) -> list[_Unit]:
    """The units, a one-word unit written as an irregular plural of another word of the
    reference ("indices" beside "indexes") read as that word: one term, counted once."""
    keys = {u.key for u in units}

    def singular(key: str) -> str:
        if " " in key:
            return key
        for ending, singulars in IRREGULAR_PLURALS:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                for other in singulars:
                    found = key[: len(key) - len(ending)] + other
                    if found != key and found in keys:
                        return found
        return key

    return [replace(u, key=k) if (k := singular(u.key)) != u.key else u for u in units]


def _other_half(pair: _Pair, key: str) -> set[str]:
    """The key of the pair's other unit (none when both are the same word)."""
    return set(pair.keys) - {key}


def compounds_as_one(terms: list[Concept]) -> tuple[Concept, ...]:
    """The terms with a compound's formula and its name as aliases of each other ("CO2" and
    "carbon dioxide": exact/formulas.py), and one term where the key writes both ("carbon
    dioxide (CO2)" had asked an answer that says one for the other as well); an order of growth
    written without its spaces too ("O(nlogn)" for "O(n log n)": exact/orders.py)."""
    kept: list[Concept] = []
    for term in terms:
        other = compound_aliases(term.name) + order_aliases(term.name)
        if any(term.name in t.aliases or term.name.lower() == t.name.lower() for t in kept):
            continue  # the same term again (a character read as two words: "A¼A")
        kept.append(replace(term, aliases=(*term.aliases, *other)) if other else term)
    return tuple(kept)


def _asked_stems(prompt: str, reference: str, canon: Mapping[str, str] | None) -> frozenset[str]:
    """The question's content stems, and the stems of the words its acronyms stand for in the
    reference ("global interpreter lock" asked about the GIL)."""
    asked = set(Text.of(prompt, canon=canon).content_stems())
    spelled = initials(reference)
    for acronym in written_acronyms(prompt):
        if acronym in spelled:
            asked.update(Text.of(spelled[acronym], canon=canon).content_stems())
    return frozenset(asked)


def _name_like(ref: Text, index: int) -> bool:
    """Whether the reference writes the word as a name: an acronym or a capital inside the
    word ("SQL", "CPython"), letters with digits ("fp16"), or a capital inside a sentence."""
    start, end = ref.spans[index]
    written = ref.raw[start:end]
    if any(c.isupper() for c in written[1:]):
        return True
    if any(c.isdigit() for c in written) and any(c.isalpha() for c in written):
        return True
    if not written[:1].isupper():
        return False
    before = ref.raw[:start].rstrip(" \t*_\"'(`-•")
    return bool(before) and before[-1] not in _SENTENCE_END


def _units(ref: Text, prompt: str, asked: frozenset[str]) -> list[_Unit]:
    """The reference's words as units: hyphenated compounds and Big-O expressions as one."""
    generic = generic_stems()
    structure = Structure.of(ref)
    big_o = [m.span() for m in _BIG_O_RE.finditer(ref.raw)]
    asked_text = prompt.lower()
    units: list[_Unit] = []
    index, count = 0, len(ref.words)
    while index < count:
        last = index
        inside = next((s for s in big_o if s[0] <= ref.spans[index][0] < s[1]), None)
        if inside is not None:
            while last + 1 < count and ref.spans[last + 1][0] < inside[1]:
                last += 1
        else:
            while last + 1 < count and _hyphenated(ref, last):
                last += 1
        positions = range(index, last + 1)
        words = [ref.words[k] for k in positions]
        content = tuple(
            ref.stems[k]
            for k in positions
            if ref.words[k] not in STOP_WORDS and not ref.words[k].isdigit()
        )
        naming = [k for k in positions if _naming(ref.words[k], generic)]
        new = any(s not in asked for s in content)
        phrase_only = last == index and ref.stems[index] in PHRASE_WORDS
        if inside is not None:
            expression = ref.raw[inside[0] : inside[1]].lower()
            alone, joinable = expression not in asked_text, False
        elif phrase_only:
            alone, joinable = False, True
        else:
            alone = bool(naming) and new
            joinable = bool(naming) and not any(_adverb(w) for w in words)
            if last == index:
                joinable = joinable and len(words[0]) >= 2
        if last == index and words[0] in PARTICLE_ADVERBS:
            alone = False  # "rolled back": a phrase's first half at most (see _pairs)
        if last == index and words[0] in PARTITIVES and ref.words[index + 1 : index + 2] == ["of"]:
            alone = joinable = False  # "a set of columns" names columns
        if last == index and _acts(ref, index):
            # "it checks that", "rows matching a condition": a verb names nothing, and paired
            # with its subject or object it made "thread execute", "execute Python"
            alone = joinable = False
        if any(structure.negated(k) for k in positions):
            # "so they are not recomputed": the key says it does not happen, and an answer
            # saying so too ("does not recompute them") was told it denied the term
            alone = joinable = False
        marked = last > index or any(_name_like(ref, k) for k in positions)
        key = " ".join(ref.stems[k] for k in positions)
        units.append(_Unit(index, last, key, content, alone, joinable, marked, phrase_only))
        index = last + 1
    return units


def _acts(ref: Text, index: int) -> bool:
    """Whether the word acts as a verb in the reference's sentence (verbs.acts_in_key)."""
    previous = following = ""
    if index > 0 and ref.raw[ref.spans[index - 1][1] : ref.spans[index][0]].isspace():
        previous = ref.words[index - 1]
    after = index + 1
    if after < len(ref.words) and ref.raw[ref.spans[index][1] : ref.spans[after][0]].isspace():
        following = ref.words[after]
    return acts_in_key(ref.words, index, previous, following)


def _naming(word: str, generic: frozenset[str]) -> bool:
    """Whether the word may name something: two characters or more, not a number, not a
    function word or a generic one."""
    word = word.replace("’", "'")
    if len(word) < 2 or word.isdigit() or word in STOP_WORDS:
        return False
    return cached_stem(word) not in generic


def _hyphenated(ref: Text, index: int) -> bool:
    """Whether word `index` and the next are joined by one hyphen ("B-tree")."""
    between = ref.raw[ref.spans[index][1] : ref.spans[index + 1][0]]
    return len(between) == 1 and between in _HYPHENS


def _verb_form(word: str) -> bool:
    """Whether the word ends in a plural's or a verb's -s."""
    return word.endswith("s") and not word.endswith("ss") and cached_stem(word) != word


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS


def _pairs(ref: Text, units: list[_Unit], asked: frozenset[str]) -> list[_Pair]:
    """Each two units written next to each other as a phrase (see the module docstring), in
    the reference's order."""
    result = []
    for left, right in zip(units, units[1:], strict=False):
        if not (left.joinable and right.joinable):
            continue
        if not (left.alone or right.alone or (left.phrase_only and right.phrase_only)):
            continue
        between = ref.raw[ref.spans[left.last][1] : ref.spans[right.first][0]]
        if not between or not between.isspace() or "\n" in between:
            continue
        if _verb_form(ref.words[left.last]):
            continue  # a plural or a verb's -s form: "keys reference", "stores copies"
        if right.first == right.last and ref.words[right.first] in PARTICLE_ADVERBS:
            continue  # "feeds the error back": the particle of a verb, not a word of "error"
        after = right.last + 1
        if right.first == right.last and _participle(ref.words[right.last]):
            continue  # "the objective popularized by", "a percent unchanged"
        if _verb_form(ref.words[right.last]) and after < len(ref.words):
            between = ref.raw[ref.spans[right.last][1] : ref.spans[after][0]]
            if between.isspace() and ref.words[after] not in FOLLOW_A_NOUN:
                continue  # a verb with its object: "the generator turns noise into"
        if all(s in asked for s in (*left.content, *right.content)):
            continue
        result.append(_Pair((left.key, right.key), left.first, right.last, right.first))
    return result


def _goes_on(ref: Text, pair: _Pair, pairs: list[_Pair]) -> _Pair | None:
    """The pair that goes on from this one's second word when that word describes the word
    after it ("enforcing referential" goes on as "referential integrity", "separate data" as
    "data structure"), else None."""
    if pair.second != pair.last:
        return None
    word = ref.words[pair.last]
    if not word.endswith(ADJECTIVE_ENDINGS) and ref.stems[pair.last] not in PHRASE_WORDS:
        return None
    return next((p for p in pairs if p.first == pair.second), None)


def _name(ref: Text, first: int, last: int) -> str:
    """The term as the reference writes it, in lower case unless it holds a name."""
    written = " ".join(ref.quote(first, last).split())
    if written.count("(") > written.count(")"):
        written += ")"  # a Big-O expression ends with its parenthesis
    if any(_name_like(ref, k) for k in range(first, last + 1)):
        return written
    return written.lower()
