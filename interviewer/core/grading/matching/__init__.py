"""Phrases found in an answer: stems, typo tolerance (typos.py), and evidence kept inside one
sentence.

phrases.py   what is looked for: `Phrase`, `make_phrase`, `flipped`, `needed_share`
answer.py    the answer prepared for matching: `Answer` (positions, typo look-ups)
matches.py   where a phrase is found: `Match`, `match_phrase`, `word_missing`, `said_backwards`
statement_match.py  a statement said in order, close together: `match_statement`
modifiers.py  words that only qualify a noun ("the average cross-entropy loss", "longer vectors")
comparatives.py  direction words of comparison ("larger", "better"), which relate words
listing.py   words listed, not related ("images and WER"): `coordinated_apart`
restricted.py  a restricting word next to its head ("decoder-only" is not "the decoder is only
             used"): `Phrase.restricted`; "just the decoder" read as "only the decoder"
discourse.py  the noun of a discourse marker ("for example"), no word about examples
clause_openers.py  a statement's side-by-side words not found across a new clause ("masking, so
             each token" is no "masked tokens")
"""

from .answer import Answer
from .listing import coordinated_apart
from .matches import Match, match_phrase, word_missing
from .phrases import (
    CLAIM_WORDS,
    COUNTING,
    QUANTIFIERS,
    REVERSED,
    Phrase,
    claim_words,
    flipped,
    make_phrase,
    needed_share,
)
from .statement_match import COMPARISON_GAP, match_statement

__all__ = [
    "COMPARISON_GAP",
    "CLAIM_WORDS",
    "claim_words",
    "COUNTING",
    "QUANTIFIERS",
    "REVERSED",
    "Answer",
    "Match",
    "Phrase",
    "coordinated_apart",
    "flipped",
    "make_phrase",
    "match_phrase",
    "match_statement",
    "needed_share",
    "word_missing",
]
