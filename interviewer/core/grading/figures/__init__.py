"""Figures in answers (play29 F20): numbers read with their units (reading.py), and a concept
whose name states a number judged by the answer's numbers (judging.py)."""

from __future__ import annotations

from .judging import SAME_QUANTITY, NumberConcept, check_figures, number_concept
from .reading import TOLERANCE, Figure, figures

__all__ = [
    "SAME_QUANTITY",
    "TOLERANCE",
    "Figure",
    "NumberConcept",
    "check_figures",
    "figures",
    "number_concept",
]
