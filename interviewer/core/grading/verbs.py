"""Telling verbs from nouns in notes: whether a word relates terms ("freezes the weights")
or names one ("mode collapse"), and whether an item opens with an order ("use a smaller model").

Read by keywords.py: an item with a verb in it says something, so it is no bare term.
"""

from __future__ import annotations

from .text import STOP_WORDS, cached_stem, inflected_stem, noun_of_action
from .text.function_words import DETERMINERS, HAVE

_VERBS_TEXT = """accept access achieve act adapt add adjust affect aggregate align allow alter
    amplify analyse analyze answer append apply approximate argue arrange ask assign assume attach
    attend augment automate avoid balance batch become begin behave benefit bias block boost break
    bring build cache calculate calibrate call capture carry cause change charge check choose chunk
    cite clip close cluster collapse collect combine compare compete compile complete compress
    compute condition connect consider consist constrain contain continue contrast control convert
    copy correct cost count couple cover crawl create critique crop cut decide decode decompose
    decrease deduplicate define degrade delete deliver denoise depend deploy derive describe design
    detect determine develop diffuse differ direct discard discover discriminate distil distill
    distinguish distribute divide document drift drive drop embed emit emphasise emphasize enable
    encode encourage end enforce ensure estimate evaluate exceed execute expand expect explain
    explode exploit expose extend extract fail fall feed fetch fill filter find fine-tune finetune
    fit fix flag flatten focus follow fool force forget form freeze fuse gain gather generalise
    generalize generate give go grade ground grow guard guess guide halve handle happen hallucinate
    hide hit hold identify ignore imitate implement imply improve include indicate incorporate
    increase index infer inject insert inspect interpolate interpret introduce invent invert isolate
    iterate join judge keep know label lead leak learn leave let limit link list load locate log
    look lose lower maintain manage map mask match maximise maximize mean measure memorise memorize
    merge minimise minimize mislead miss mitigate mix model modify monitor move multiply need
    normalise normalize notice obtain occur offer operate optimise optimize order output overfit
    overlap pad pair parallelise parallelize pass pay penalise penalize perform permit pick place
    plan play plug point pool post predict prefer prepare preserve prevent process produce project
    prompt propagate protect prove provide prune publish pull push quantise quantize query raise
    rank rate reach read reason recall receive recognise recognize reconstruct record recover reduce
    refer refine reflect regress regularise regularize reinforce reject relate release rely remember
    remove render reorder repeat replace report represent require rerank rescale reserve reset
    resolve respond restrict retain retrieve return reuse reveal reverse review reward rewrite roll
    rotate route run sample save scale scan score search see select send separate serve set shape
    share sharpen shift show shrink simulate skip slow smooth solve sort speed split spread
    stabilise stabilize stack start steer stop store stream strip structure struggle submit subtract
    suffer suggest sum summarise summarize supervise supply support suppress swap take talk target
    teach tell tend test think tie tokenise tokenize track train transfer transform translate treat
    trick trigger trim truncate try tune turn underfit understand unify unlock update upsample use
    validate vary verify view wait warm watch weigh weight widen work wrap write yield zero"""
_AMBIGUOUS_TEXT = """answer batch bias block cache chunk cluster code control copy cost count
    cover cut end fit flag form grade ground guide index label lead leak limit link list load
    log look map mask match model order output pair place plan play plug point pool process
    project prompt query rank rate recall record reference report reward review run sample
    scale score search set shape share speed split stack start stop store stream structure
    support target test tie track transfer turn update use view weight work yield zero"""
_AMBIGUOUS = frozenset(inflected_stem(w) for w in _AMBIGUOUS_TEXT.split())
"""Words as often nouns as verbs in this field ("model", "score"): a verb only when inflected
as one or led by a subject pronoun, "to" or an auxiliary."""
_VERBS = frozenset(inflected_stem(w) for w in _VERBS_TEXT.split()) - _AMBIGUOUS
_OUTCOME_VERBS = frozenset(
    inflected_stem(w) for w in "converge diverge oscillate overshoot vanish".split()
)
"""Verbs of what happens to a process ("training diverges", "the loss oscillates"): in an answer
they relate terms ("Too large and training diverges, too small and it is slow." had been read as
a string of terms and capped at 50, keys50), but a key keeps them as key terms (acts_in_key
does not read them): what happens is the point a teacher ticks ("can diverge")."""
_LEADS = frozenset("it they we you he she i to which that who".split())
_AUXILIARIES = frozenset(
    "can could will would should must may might does do did cannot can't won't doesn't don't "
    "didn't shouldn't wouldn't couldn't".split()
)
AUXILIARIES = _AUXILIARIES
COPULAS = frozenset("is are was were be been being it's that's there's".split())
_BE = frozenset("is are was were be been".split())
FLOATING_QUANTIFIERS = frozenset(("all", "both"))
"""A quantifier set after a subject ("dropout and weight decay all reduce overfitting", "they
both need labels"): it leads a verb as a subject does, when an object follows the verb (an
engineer's terse correct answer in keyword_strings round 9 had been read as a string of terms).
"""


def verb_stem_known(word_stem: str) -> bool:
    """Whether a stem (`inflected_stem`) is one of the verbs of this module, those as often
    nouns included ("store", "process"): sentence_verbs.py reads them where a verb stands."""
    return word_stem in _VERBS or word_stem in _AMBIGUOUS or word_stem in _OUTCOME_VERBS


def is_verb(word: str, word_stem: str, previous: str = "", following: str = "") -> bool:
    """Whether a word is (probably) a verb that relates terms: in the verb list or shaped like
    one ('-izes', '-ified'), and not used as a noun or adjective: an '-ing' word needs a
    subject, an auxiliary or "by" before it ("is generating", "by adding"); an '-ed' word
    followed by a noun is an adjective ("masked tokens")."""
    if word in _AUXILIARIES:
        return True
    if noun_of_action(word):
        # "residual connections", "deployments": a noun, unless the word itself is a verb
        # ("implements", whose stem reads it as a noun in -ment)
        word_stem = inflected_stem(word)
    led = (
        previous in _LEADS
        or previous in _AUXILIARIES
        or previous in COPULAS
        or (previous in FLOATING_QUANTIFIERS and bool(following) and following not in STOP_WORDS)
    )
    if word.endswith("ing"):
        progressive = previous in _LEADS or previous in _AUXILIARIES or previous in _BE
        return (word_stem in _VERBS or word_stem in _AMBIGUOUS) and (
            progressive or previous == "by"
        )
    if (word.endswith("ed") or word in PARTICIPLES) and following and following not in STOP_WORDS:
        return False
    if not word.endswith(("s", "ed")):
        # a bare form is a verb after a subject or "to" ("models learn", "to reduce"), and a
        # noun elsewhere: "mode collapse", "reverse process", "CLIP score"
        plural_subject = previous.endswith("s") and previous not in STOP_WORDS
        if not (led or previous == "to" or (plural_subject and following)):
            return False
    if word_stem in _VERBS or word_stem in _OUTCOME_VERBS:
        return True
    if word_stem in _AMBIGUOUS:
        return word.endswith("ed") or led
    return word.endswith(("izes", "ises", "ifies", "ized", "ised", "ified"))


PARTICIPLES = frozenset(
    "frozen broken hidden chosen given written taken known shown grown drawn forgotten "
    "driven proven spoken stolen".split()
)
"""Irregular past participles, which head a term as an '-ed' word does ("frozen weights",
"hidden layers"): no order to freeze or hide (play28 M4: "low-rank matrices, frozen weights, ...,
merge weights" scored 81.4 adequate as an answer to "What is LoRA?", its "frozen" read as an
order)."""


BARE_PARTICIPLES = frozenset(
    "left kept held built sent found made done seen brought bought caught taught told sold "
    "spent paid laid meant put read".split()
)
"""Past participles of actions without an '-ed' ending: right after a form of "be" or "have"
a verb ("is left as it was", "were sent", "has read"), not a thing the key names. Not the
participles that say a state (PARTICIPLES: "the pathway is broken", "the weights are frozen"),
nor "lost", "stuck", "split", "cut": "the data is lost" may be the key's point."""


_DETERMINERS = frozenset("a an the your more fewer less smaller larger few some".split())
_NOUN_LEADS = _DETERMINERS | frozenset("its their this that these those of".split())


def acts_on(word: str, word_stem: str, previous: str = "") -> bool:
    """Whether a word of a sentence is a verb acting on what follows it, read more loosely than
    `is_verb` (exchanged.py reads the answer key's own sentences, whose verbs it compares): a
    verb of the list, or a word as often a noun, unless a determiner or "of" leads it ("the
    release of oxygen")."""
    if previous in _NOUN_LEADS or (word in STOP_WORDS and word != "use"):
        return False  # ("use" is a function word of the text's list, and a verb here)
    stem = inflected_stem(word) if noun_of_action(word) else word_stem
    return stem in _VERBS or stem in _AMBIGUOUS or stem in _COMMON_VERBS


_COMMON_VERBS = frozenset(
    inflected_stem(w) for w in "make take give get put absorb emit consume convert".split()
)
"""Everyday verbs the list above leaves out (they name no step of a technique), by which an
answer key still says what acts on what ("make glucose", "take in oxygen")."""


def is_imperative(words: list[str], stems: list[str]) -> bool:
    """An item that starts with a verb telling what to do: "monitor validation loss", "use a
    smaller model"."""
    if len(words) < 2 or words[0].endswith(("ing", "ed")) or words[0] in PARTICIPLES:
        return False
    if words[0] == "use":
        return words[1] not in _NOT_AN_ORDER_AFTER_USE
    first = inflected_stem(words[0]) if noun_of_action(words[0]) else stems[0]
    if first in _VERBS and words[0] not in _ADJECTIVES and first not in _ADJECTIVE_STEMS:
        return True
    return first in _VERBS | _AMBIGUOUS and words[1] in _DETERMINERS


_NOT_AN_ORDER_AFTER_USE = frozenset("case cases of".split())
"""An item opening with "use" is an order ("Use Wasserstein loss with gradient penalty": a
concise answer graded 4 on the development set had been read as a keyword string, 15), unless
"use" is the noun: "use cases", "use of". ("use" is a function word of the text's stop list,
never a term of its own.)"""
_ADJECTIVES = frozenset("lower clean clear close empty free open slow smooth".split())
"""Verbs as often adjectives at the head of a term ("lower triangular matrix", "open
weights"): an order only when a determiner follows ("lower the temperature")."""
_ADJECTIVE_STEMS = frozenset(map(cached_stem, _ADJECTIVES))
"""Their stems: a comparative read through the bank's synonyms as one of them ("smaller", whose
canonical stem is "lower") heads a term too: "smaller models" is no order (round8-bz-007 of
keyword_strings.yaml, "Streaming with caching with smaller models with GPUs with latency with
users.", had been read as a claim and scored 45.4)."""


_POSSESSIVES = DETERMINERS | frozenset(("every", "each"))
_OBJECTS = frozenset(
    "a an the it them its their this these those every each all some any no his her our your "
    "my whether".split()
)
"""Words that start a verb's object ("matching a condition", "changing it")."""
_ADVERBS = frozenset("also only still then just never always not often first later".split())
_CAUSATIVES = frozenset("let lets letting make makes made making help helps helped".split())
"""Verbs followed by a noun and a bare verb: "lets only one thread execute Python"."""
_CAUSATIVE_REACH = 4
_JOINS = frozenset(("and", "or", "then", ""))
_CLAUSE_AFTER = frozenset("if when until unless while because so".split())
_AFTER_A_VERB = _OBJECTS | frozenset("to into onto from back out up down".split())


def _verb_ending(word: str) -> bool:
    return word.endswith("es") and not word.endswith("sses") and len(word) > 4


def _plural_noun(word: str) -> bool:
    """Whether a word is (probably) a plural noun: an -s ending, not -ss, not a function word."""
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in STOP_WORDS
    )


def acts_in_key(words: list[str], index: int, previous: str, following: str) -> bool:
    """Whether word `index` of an answer key's sentence is (probably) a verb, not a noun that
    names something: "checks" in "it checks that the version", "matching" in "rows matching a
    condition", "execute" in "lets only one thread execute Python", "released" in "the lock is
    released"; not "calls" in "between calls" nor "update" in "every insert, update".

    Args:
        words: the sentence's words, lower case (as text.Text gives them).
        index: which word.
        previous: the word before it, "" when punctuation or nothing comes between.
        following: the word after it, "" when punctuation or nothing comes between.
    """
    word = words[index]
    stem = inflected_stem(word)
    if word in BARE_PARTICIPLES and (previous in _BE or previous in HAVE):
        return True  # "the database is left as it was", "the lock is held": no term
    if word.endswith("ing") and previous in _JOINS and following in _CLAUSE_AFTER:
        return True  # ", retrying if another transaction ...": a clause of its own
    if _verb_ending(word) and previous in _JOINS and following in _AFTER_A_VERB:
        return True  # "... and flushes to the database": a verb the list does not hold
    if stem not in _VERBS and stem not in _AMBIGUOUS and stem not in _COMMON_VERBS:
        return False
    if previous in _POSSESSIVES or previous == "of":
        return False
    sure = stem not in _AMBIGUOUS
    if following in _OBJECTS or (sure and following in ("that", "to")):
        return True
    if previous in _LEADS or previous in _AUXILIARIES or previous in _ADVERBS:
        return True
    if word.endswith("ed") and (previous in _BE or previous in HAVE):
        return True
    if word.endswith("ing"):
        # "retrying if another ...", "while waiting": a verb; "reference counting" a noun
        return sure and previous in STOP_WORDS | {""} and following in STOP_WORDS | {""}
    bare = not word.endswith(("s", "ed"))
    if sure and bare and _plural_noun(previous) and following and following in STOP_WORDS:
        # "items leave in the order they came", "darker colors absorb more heat": a plural
        # subject's verb; read as a key term, "leave" had kept "Stack is LIFO, queue is
        # FIFO." from the concise answer's credit (concise.py asks every key term)
        return True
    if sure and not word.endswith(("s", "ed")) and following:
        before = words[max(0, index - _CAUSATIVE_REACH) : index]
        return any(w in _CAUSATIVES for w in before)
    return False


def names_an_action(word: str) -> bool:
    """Whether a word read alone is a verb of the list, not one as often a noun ("model",
    "output") nor a participle or gerund used as a modifier ("compressed latents", "sampling
    bias"): "remove" of "remove PII" (asked_kinds.py)."""
    if word.endswith(("ed", "ing")) or word in PARTICIPLES:
        return False
    return inflected_stem(word) in _VERBS
