"""Reading bank and rubric YAML files with node positions, so every problem names file:line.

`load_bank_file` is the implementation of `bank.load_bank`, imported only when a file is read.
"""

from __future__ import annotations

from .banks import BUILT_IN_RUBRICS
from .loading import load_bank_file, rubric_candidates
from .reader import (
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_NUMBER_CHARS,
    MAX_PATH_CHARS,
    MAX_PROMPT_CHARS,
    MAX_SEED,
    MAX_TEXT_CHARS,
    MAX_TIME_LIMIT,
    MAX_WEIGHT,
    MIN_TIME_LIMIT,
)
from .rubrics import MAX_CONCEPTS, MIN_CONCEPTS

__all__ = [
    "BUILT_IN_RUBRICS",
    "MAX_CONCEPTS",
    "MAX_FILE_BYTES",
    "MAX_ID_CHARS",
    "MAX_NUMBER_CHARS",
    "MAX_PATH_CHARS",
    "MAX_PROMPT_CHARS",
    "MAX_SEED",
    "MAX_TEXT_CHARS",
    "MAX_TIME_LIMIT",
    "MAX_WEIGHT",
    "MIN_CONCEPTS",
    "MIN_TIME_LIMIT",
    "load_bank_file",
    "rubric_candidates",
]
