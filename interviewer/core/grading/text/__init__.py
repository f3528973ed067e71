"""Words of a text with their place in it: normalised forms, stems, and the span they came from.

words.py       `Text` (a text split into words), `clean_text`, `thesaurus_map`, the word patterns
phrases.py     `phrase_at`, `phrase_spans` (fixed word tuples found in a list of words)
stems.py       `stem`, `inflected_stem`, `noun_of_action`, `cached_stem`
vocabulary.py  `STOP_WORDS`, `NUMBER_WORDS`, `spelt_number`, `DIRECTION_WORDS`, `OPPOSITE_WORDS`
function_words.py  closed lists of function words several readings share, each defined once
               (`ARTICLES`, `DETERMINERS`, `RELATIVES`, `CONTRASTING`, `AUXILIARIES`, ...)
"""

from .phrases import phrase_at, phrase_spans
from .stems import cached_stem, inflected_stem, noun_of_action, stem
from .vocabulary import DIRECTION_WORDS, NUMBER_WORDS, OPPOSITE_WORDS, STOP_WORDS, spelt_number
from .words import (
    ASCII_WORD_RE,
    INVISIBLE_RE,
    MAX_ANALYSED_CHARS,
    SPACES_RE,
    WORD_RE,
    Text,
    clean_text,
    fold_accents,
    thesaurus_map,
)

__all__ = [
    "ASCII_WORD_RE",
    "DIRECTION_WORDS",
    "INVISIBLE_RE",
    "MAX_ANALYSED_CHARS",
    "NUMBER_WORDS",
    "OPPOSITE_WORDS",
    "SPACES_RE",
    "STOP_WORDS",
    "WORD_RE",
    "Text",
    "cached_stem",
    "clean_text",
    "fold_accents",
    "inflected_stem",
    "noun_of_action",
    "phrase_at",
    "phrase_spans",
    "spelt_number",
    "stem",
    "thesaurus_map",
]
