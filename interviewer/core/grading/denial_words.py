"""The words of denial: what negates, rejects, dismisses or hedges a claim, and the small
readings of them that need no sentence structure (clauses.py builds on them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

NEGATIONS = frozenset(
    "not no never nor cannot can't doesn't don't isn't aren't won't wasn't weren't didn't "
    "hasn't haven't hadn't shouldn't wouldn't couldn't mustn't without neither hardly "
    "lacks lack lacking none nothing rarely seldom barely scarcely".split()
)
"""Words that deny what follows them in their clause. A word of frequency or degree near zero
("rarely", "seldom", "barely", "scarcely", as "hardly") denies as "not" does: "models rarely
need GPUs" says what the rubric's "need GPUs" is not, and grades as "do not need GPUs"."""


def has_negation(words: Iterable[str]) -> bool:
    """Whether any of the words is a negation ("not", "no", "doesn't", ...)."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


NEGATIVE_PREFIXES = ("non", "un", "im", "in", "ir", "il", "dis")


def two_sided(words: Sequence[str]) -> bool:
    """Whether a text says a word and its negative-prefixed form ("mutable" and "immutable",
    "deterministic" and "nondeterministic"): its polarity, one "not" or none, says nothing of
    which side an answer takes. Only words of five letters or more after the prefix count."""
    said = set(words)
    return any(
        w.startswith(p) and len(w) - len(p) >= 5 and w[len(p) :] in said
        for w in said
        for p in NEGATIVE_PREFIXES
    )


REMOVALS = frozenset(
    "eliminates eliminate eliminating removes remove removing avoids avoid avoiding skips skip "
    "skipping drops drop dropping bypasses bypass bypassing replaces replace replacing "
    "gets_rid dispenses".split()
)
"""Verbs that, for a negatively phrased concept ("no reward model"), say the same as a "no"."""
REMOVAL_QUANTIFIERS = frozenset(("any", "every"))
"""Words that, right after a removal verb, make it a negation of what follows in its clause:
"it removes any clipping of the probability ratio" denies the clipping (play28 M1 credited
'clipped probability ratio' for it), where "removes the noise step by step" says what is done
to the noise."""
NEED_REMOVERS = REMOVALS | frozenset("obviates obviate obviating".split())
"""Verbs that, before "the need" ("removes the need for a reward model", "obviates the need
for labels"), deny what follows in their clause as "no need for" does."""


def removes_the_need(words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` is a removal verb followed by "the need" ("eliminates the need
    for a critic")."""
    return (
        words[i] in NEED_REMOVERS
        and i + 2 < len(words)
        and words[i + 1] == "the"
        and words[i + 2] in ("need", "needs")
    )


COORDINATORS = frozenset(("or", "nor"))
"""A negation denies each item of a disjunction after it: "needs no value function or
advantage estimates" denies the advantage estimates too, "not because it was more capable or
better at reasoning" the better reasoning (play28 M1)."""
COORDINATED_WORDS = 8
"""The words between a negation and the last item of a disjunction it denies (the items before
it) are at most this many content words."""
LOSS_WORDS = frozenset("loss losses lack absence drop degradation decline".split())
"""Nouns whose "of" complement a negation does not deny: "without loss of quality" keeps the
quality, where "removes any clipping of the probability ratio" says nothing clips the ratio."""
LIGHT_VERBS = frozenset(
    "need needs require requires use uses have has involve involves include includes rely "
    "relies depend depends make makes take takes get gets contain contains learn learns train "
    "trains add adds produce produces see sees look looks care cares suffer suffers experience "
    "experiences exhibit exhibits face faces cause causes".split()
)
"""Verbs that may stand between a negation and what it denies ("does not NEED labels")."""
CONTRASTS = frozenset("but whereas while although though however unlike compared versus vs".split())
"""Words that start a new segment: the claim after them is about something else."""
REJECTING = (
    "unlike",
    "rather than",
    "instead of",
    "as opposed to",
    "contrary to",
    "replaces",
    "replacing",
    "replaced",
)
"""Phrases after which, in the same sentence, a statement is named only to be set aside."""
DIFFERING = ("differ from", "differs from", "differed from", "different from", "distinct from")
"""Phrases that set what follows them apart from the subject before them: a statement across
them is denied ("penalties differ from temperature"), and a relative clause on the noun after
them is said of that noun ("they differ from temperature, which rescales every logit"). Unlike
"unlike", the rest of their clause is still the subject's ("LoRA differs from full fine-tuning
in training two small matrices")."""

COMPARED_WITH = ("compared with", "compared to", "in contrast to", "in contrast with")
"""Phrases naming another thing to compare with: a relative clause on the noun after them is
said of that noun ("compared with prompting, where you only change settings like temperature,
fine-tuning ..."); the rest of their clause is the subject's ("LoRA is cheaper compared with
full fine-tuning")."""


def by_first_word(phrases: Iterable[str]) -> dict[str, list[list[str]]]:
    """The phrases as word lists, by their first word."""
    result: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        result.setdefault(phrase.split()[0], []).append(phrase.split())
    return result


def opens(phrases: dict[str, list[list[str]]], words: list[str], i: int) -> bool:
    """Whether one of `phrases` (`by_first_word`) starts at word `i`."""
    found = phrases.get(words[i])
    return found is not None and any(words[i : i + len(p)] == p for p in found)


REJECTING_WORDS = by_first_word(REJECTING)
DIFFERING_WORDS = by_first_word(DIFFERING)
COMPARED_WITH_WORDS = by_first_word(COMPARED_WITH)
PAST_TIME = (
    "in the past",
    "previously",
    "formerly",
    "traditionally",
    "historically",
    "used to",
    "back then",
    "until recently",
    "earlier ai",
    "older ai",
    "earlier systems",
    "older systems",
    "earlier models",
    "older models",
    "before generative ai",
    "before llms",
    "before deep learning",
    "before foundation models",
)
"""Phrases that set what follows them, in its segment, in the past: "in the past each model
was built for one narrow task" tells how things were, not a wrong claim about how they are;
so do the older systems named as such ("earlier AI was built by hand for one task")."""
PAST_TIME_WORDS = by_first_word(PAST_TIME)
_HABIT_NOT_USE = frozenset(("is", "are", "was", "were", "be", "been", "being", "get", "got"))
"""Before "used to", words that make it a use ("is used to keep the policy close"), not a
past habit."""
_OBJECT_OF = frozenset(
    "the a an its their his her our your all any each every these those this some "
    "on to from with of over for in at by as like than against versus vs into".split()
)
"""Before "previously", words that make it part of a noun phrase ("the previously computed
keys", "on previously unseen text"), not the time a claim is set in."""
_COMPARED_TO = frozenset("than like over versus vs against".split())
_COMPARING = frozenset("compared compare comparing relative similar".split())
"""Words that make "older models" the object of a comparison, not the time of a claim."""
_AUXILIARIES = frozenset("is are was were be been had has have".split())
_SEQUENCE_NOUNS = frozenset(
    "token tokens word words position positions context step steps state states key keys "
    "value values input inputs frame frames".split()
)
"""Beside "in the past", words that make it a place in the sequence ("tokens in the past",
"in the past tokens"), not a time."""


def _sets_the_time(words: Sequence[str], i: int, phrase: list[str], clause_start: int) -> bool:
    """Whether the PAST_TIME phrase at `i` sets its clause in the past, or is only part of a
    noun phrase: "used to" as a habit ("models used to be built", "we used to write rules"),
    not a use ("a matrix used to block positions"); "previously" opening a clause or after a
    verb ("was previously built"), not before a participle ("the previously generated
    tokens"); "older models" named as such, not as the object of a comparison ("compared
    with older models like GANs"); "in the past" as a time, not the past tokens."""
    before = words[i - 1] if i > 0 else ""
    after = words[i + len(phrase)] if i + len(phrase) < len(words) else ""
    if phrase == ["used", "to"]:
        return before not in _HABIT_NOT_USE and (after in ("be", "have") or i - clause_start <= 2)
    if phrase == ["previously"]:
        return before not in _OBJECT_OF and (i - clause_start <= 2 or before in _AUXILIARIES)
    if phrase == ["in", "the", "past"]:
        return before not in _SEQUENCE_NOUNS and after not in _SEQUENCE_NOUNS
    if phrase[0] in ("earlier", "older"):
        compared = i > 1 and before in ("with", "to") and words[i - 2] in _COMPARING
        return before not in _COMPARED_TO and not compared
    return True


def in_the_past(words: Sequence[str], breaks: Sequence[bool] = ()) -> bool:
    """Whether the words before a statement, in its segment, hold a PAST_TIME phrase as whole
    words that sets them in the past (`_sets_the_time`); `breaks` says, for each word, whether
    a new clause starts after it (none known: one clause)."""
    clause_start = 0
    for i, word in enumerate(words):
        if i > 0 and i - 1 < len(breaks) and breaks[i - 1]:
            clause_start = i
        for phrase in PAST_TIME_WORDS.get(word, ()):
            if words[i : i + len(phrase)] != phrase:
                continue
            if _sets_the_time(words, i, phrase, clause_start):
                return True
    return False


DISMISSING = (
    "myth",
    "misconception",
    "wrong to",
    "mistake",
    "mistaken",
    "often assumed",
    "commonly assumed",
    "people sometimes think",
    "people often think",
    "people believe",
    "misleading to",
    "not true",
    "false that",
    "incorrect to",
    "people think",
    "people assume",
    "people often assume",
    "people sometimes assume",
    "people often believe",
    "it is not",
    "common error",
    "frequent error",
    "typical error",
    "nobody should",
    "no one should",
    "nobody would",
    "no one would",
    "people say",
    "people often say",
    "people sometimes say",
    "people will say",
    "it is often said",
    "it is commonly said",
    "it is sometimes said",
    "common belief",
    "popular belief",
    "widespread belief",
    "widely believed",
    "commonly believed",
    "often believed",
    "many believe",
    "many people believe",
    "many people think",
    "many think",
    "many assume",
    "common assumption",
    "widespread assumption",
    "popular assumption",
)
"""Phrases before which, in the same sentence, a statement is named only to be dismissed
("nobody should claim that ...": the claim is set aside, as after "it is a myth that"). A belief
reported as other people's ("people often say", "a common belief is that", "many believe",
veto56) is dismissed too, unless a judgment right after it endorses it ("..., and that is
true": judgments.judged_right_after)."""
_DISMISSING_NOUNS = frozenset(("myth", "misconception", "mistake"))
"""Of DISMISSING, the nouns that dismiss only as the claim's frame: followed by one of
_FRAMING, by a holder and _HELD_BY ("a mistake people make is ...") or by the claim itself ("a
common mistake is to ...", "it is a myth that ..."), not "a single sequence can't correct its
own mistakes"."""
_FRAMING = frozenset("that is to was are".split())
_HELD_BY = frozenset("make makes made have has had".split())
"""Verbs of a relative clause that names who holds the dismissed claim, right after the
holder: "a mistake people make is to think that ...", "a misconception many have is ..."
(correct_probes54 cp54-012). Not a model's own mistake: "each mistake it makes"."""
_NOT_HOLDERS = frozenset("it its the a an this".split())


def dismissing(words: Sequence[str], skip: str = "", breaks: Sequence[bool] = ()) -> bool:
    """Whether the words before a statement, in its sentence, hold a DISMISSING phrase (other
    than `skip`), as whole words; `breaks` tells, for each word, whether a new clause starts
    after it ("A common misconception: ...")."""
    joined = " " + " ".join(words) + " "
    for phrase in DISMISSING:
        if phrase == skip or f" {phrase} " not in joined:
            continue
        if phrase not in _DISMISSING_NOUNS:
            return True
        for i, word in enumerate(words):
            if word == phrase and (
                i + 1 == len(words)
                or words[i + 1] in _FRAMING
                or (i < len(breaks) and breaks[i])
                or (
                    i + 2 < len(words)
                    and words[i + 2] in _HELD_BY
                    and words[i + 1] not in _NOT_HOLDERS
                )
            ):
                return True
    return False


BE_FORMS = frozenset("is are was were be been being".split())
NEEDED_WORDS = frozenset("needed required necessary used involved essential".split())
"""After "is not", the words that deny what comes before ("a reward model is not needed")."""
UNNEEDED_WORDS = frozenset(
    "unnecessary unneeded needless pointless superfluous skipped omitted".split()
)
"""After "is", the words that deny what comes before on their own ("deduplication is usually
skipped", "summaries are unnecessary"). Not "removed" or "dropped": "the noise is removed step
by step" is what a diffusion model does to the noise, not a denial of it."""
MODALS = frozenset("can may could should might".split())
HEDGES = frozenset("often usually generally simply just also then now thus still mostly".split())
"""Words that may stand between the copula and what denies the subject ("is usually skipped")."""

DEGREE_WORDS = frozenset(
    "too much heavily overly strongly significantly greatly solely entirely purely exclusively "
    "always necessarily".split()
)
"""Words after a negation that make it deny a degree, not the thing: "not too much", "not
always"."""
SUPPOSING = frozenset(("if", "unless"))
"""Words that, before a negation in its clause, make it a condition, not a claim."""

VERB_AUXILIARIES = frozenset("do does did can could will would should must shall ca wo".split())
"""Before "not" (or contracted with it: "doesn't", "can't", "won't"), words after which the
next word is the verb the negation stands on: "does not write autoregressive text"."""
PARTICIPLE_AUXILIARIES = BE_FORMS | frozenset("has have had".split())
"""Before "not", words after which a participle is the verb negated: "is not written ..."."""
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ing")


DETERMINERS = frozenset("a an the any its their this these those some".split())
"""Words that may stand between a negated verb and its object ("does not write THE text")."""


def negated_verb(words: Sequence[str], n: int, at: int, first: int) -> bool:
    """Whether the word at `at` is the verb the negation at `n` stands on and the words at
    `first` its object, so that they are denied as after a light verb: right after an
    auxiliary's "not" ("does not write autoregressive text", "cannot see the future tokens",
    "won't use"), any word; after a form of "be" or "have", a participle ("is not written one
    word at a time", "has not seen"). Only determiners stand between the verb and its object:
    after a preposition ("does not drift into reward hacking") what is named is where the verb
    does not go, not a thing denied."""
    if at != n + 1 or any(words[i] not in DETERMINERS for i in range(at + 1, first)):
        return False
    auxiliary = negation_auxiliary(words, n)
    if auxiliary in VERB_AUXILIARIES:
        return True
    return auxiliary in PARTICIPLE_AUXILIARIES and words[at].endswith(PARTICIPLE_ENDINGS)


def negation_auxiliary(words: Sequence[str], n: int) -> str:
    """The auxiliary the negation at `n` stands with: "does" of "does not" and of "doesn't",
    "can" of "cannot"; "" for none ("no", "never", "without")."""
    negation = words[n]
    if negation == "cannot":
        return "can"
    if negation == "not" and n > 0:
        return words[n - 1]
    if negation.endswith(("n't", "n’t")):
        return negation[:-3]
    return ""


POSSIBILITY_MODALS = frozenset(("may", "might"))
"""Words that, right before "not", make it a possibility, not a denial: "a general model may
not follow instructions well" names the problem fine-tuning solves (wrongD's correct answer on
genai-082 was told it got 'instruction following' wrong and scored 0)."""

CAUTIONS = frozenset("ensure ensures ensuring sure careful watch guard lest".split())
"""Words that, before a negation in its clause, make it a caution ("make sure it does not
forget its general skills", "watch that it does not drift", "be careful it doesn't overfit"):
a risk named to be avoided, not a denial of it (wrongD's correct answer on genai-089 was
flagged as denying 'catastrophic forgetting')."""

CLAUSE_OPENERS = frozenset(("because",))
"""Words that open a clause of their own with no punctuation before them."""

NEW_SUBJECT_WORDS = frozenset("the a an it its they their this these that those".split())
"""Words after ", and" that open a new claim with its own subject."""


def next_word(words: list[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""


BOTH_SIDES = frozenset(
    (("with", "and", "without"), ("with", "or", "without"), ("whether", "or", "not"))
)
"""A negation that names both sides denies nothing: "latency with and without caching",
"whether or not any single example is included"."""
ABBREVIATIONS = frozenset("al vs cf approx eg ie e g".split())
"""Words whose full stop ends no sentence: "Kaplan et al. (2020) found ...", "e.g. BERT"."""
SENTENCE_END_RE = re.compile(r"[.!?]\s|\n|(?:^|\s)[-*•·](?=\s)")
CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\s/\s")


LIST_ITEM_WORDS = 4
"""A list that a negation reaches through ("no reward model, sampling or RL loop") has items of
at most this many words."""
_CLAUSE_LINKS = frozenset(
    "so because since therefore thus hence then which who whose where when while whereas".split()
)
"""Words that open a clause after a comma, never an item of a list: the reach of a negation
stops at them ("does not know the order, so positional encodings, sinusoidal or learned, are
added" denies nothing learned)."""
_LIST_CLOSERS = frozenset(("or", "nor"))
"""Only a disjunctive list: in "lack the biases of CNNs, locality and translation equivariance,
they need ..." the words after the comma are an apposition, not more that is denied."""


def reach_through_list(
    raw: str,
    spans: list[tuple[int, int]],
    words: list[str],
    segments: list[int],
    clauses: list[int],
    reach: list[int],
    n: int,
    j: int,
) -> None:
    """Carry the reach of the negation at `n`, whose clause ends before `j`, on through the
    short comma-separated items of a list closed by "or" or "nor" in the same segment:
    "needs no separate reward model, sampling or RL loop" denies the RL loop too. Nothing is
    carried when the items are not short, or no closing conjunction comes."""
    items: list[int] = []
    k = j
    while (
        k < len(words) and segments[k] == segments[n] and "," in raw[spans[k - 1][1] : spans[k][0]]
    ):
        end = k
        while end < len(words) and clauses[end] == clauses[k]:
            end += 1
        if end - k > LIST_ITEM_WORDS + 1 or words[k] in _CLAUSE_LINKS:
            # ", so positional encodings, sinusoidal or learned, are added": an item that
            # opens with a linking word is a new clause, not one more thing denied
            return
        items.extend(range(k, end))
        if any(w in _LIST_CLOSERS for w in words[k:end]):
            for i in items:
                if reach[i] < 0:
                    reach[i] = n
            return
        k = end


EMPHASIS_WORDS = frozenset(("actually", "truly", "ever", "even", "genuinely", "really"))
"""Adverbs that stress a negation without weakening it: "does not actually need a reward
model" denies the reward model as "does not need" does (a hedge such as "necessarily" or
"always" is a DEGREE_WORD and denies nothing)."""
ANY_COMPARATIVES = frozenset(("more", "less", "better", "worse", "faster", "slower", "longer"))
"""Comparatives after the "any" of "not ... any more X"."""
ANY_MORE_OBJECT = 3
"""At most this many content words (the verb and its object) between a negation and the
"any" of "does not make the output any more random"."""
