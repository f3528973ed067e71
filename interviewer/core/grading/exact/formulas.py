"""Chemical formulas: "CO2", "H2O", "C6H12O6" kept whole, so that an answer that names another
compound than the answer key's ("H2O2" for "H2O", "O2" for "CO2") is read as naming it.

A formula is a word of element symbols (a capital, perhaps a small letter, from the periodic
table) each with an optional count, holding at least one digit and written as chemists write it
(case matters: "co2" is no formula): "CO2", "H2O", "O2", "NH3", "CaCO3". Words such as "MP3"
(no element M), "EC2" (no element E), "RAM" (no digit), "H264" (a count of 264), "P2P" (an
element twice in three symbols), "U2" (a metal alone) or "FP8" and "NF4" (no carbon, hydrogen or
oxygen: number formats) are not formulas."""

from __future__ import annotations

import re

_ELEMENTS = frozenset(
    """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As
    Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd
    Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am
    Cm Bk Cf Es Fm Md No Lr""".split()
)
_MOLECULAR = frozenset("H N O F Cl Br I P S".split())
"""Elements that make molecules of themselves alone ("O2", "N2", "O3", "P4", "S8")."""
_COMMON = frozenset(("C", "H", "O"))
"""A compound of our formulas holds carbon, hydrogen or oxygen: "FP8" or "NF4" names a number
format of machine learning (F and P, N and F are elements too)."""
_WORD = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*(?![\w-])")
_PART = re.compile(r"([A-Z][a-z]?)(\d*)")


COMPOUNDS: dict[str, tuple[str, ...]] = {
    "H2O": ("water",),
    "CO2": ("carbon dioxide",),
    "O2": ("oxygen",),
    "O3": ("ozone",),
    "N2": ("nitrogen",),
    "H2": ("hydrogen",),
    "CH4": ("methane",),
    "NH3": ("ammonia",),
    "C6H12O6": ("glucose",),
    "H2O2": ("hydrogen peroxide",),
    "H2SO4": ("sulfuric acid", "sulphuric acid"),
    "HNO3": ("nitric acid",),
    "SO2": ("sulfur dioxide", "sulphur dioxide"),
    "NO2": ("nitrogen dioxide",),
    "CaCO3": ("calcium carbonate",),
    "NaHCO3": ("sodium bicarbonate",),
    "C2H5OH": ("ethanol",),
    "CH3COOH": ("acetic acid",),
}
"""Common compounds and the names people write for them: an answer that writes the name where
the key writes the formula ("carbon dioxide" for "CO2"), or the reverse, names the same thing.
(Nitrogen N2 is listed though no formula of nitrogen alone passes is_formula: the name reads
as the formula when the key writes it.)"""
_NAMED = {name: formula for formula, names in COMPOUNDS.items() for name in names}
NAME_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _NAMED), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


_ELEMENTAL = frozenset(("oxygen", "hydrogen", "nitrogen"))
"""Names of an element that say its atoms as often as its gas ("one oxygen atom"): no sign that
a text names the molecule's formula."""


def named_formulas(text: str) -> set[str]:
    """The formulas of the compounds the text names in words ("carbon dioxide": "CO2"), not
    counting an element's name (_ELEMENTAL)."""
    return {
        _NAMED[name]
        for m in NAME_RE.finditer(text)
        if (name := m.group().lower()) not in _ELEMENTAL
    }


def compound_aliases(name: str) -> tuple[str, ...]:
    """The other ways of writing a compound: its names for a formula, its formula for a name."""
    if name in COMPOUNDS:
        return COMPOUNDS[name]
    formula = _NAMED.get(name.lower())
    return (formula,) if formula is not None else ()


def is_formula(word: str) -> bool:
    """Whether the word is a chemical formula (see the module's docstring)."""
    if not any(ch.isdigit() for ch in word) or word[0].isdigit():
        return False
    parts = _PART.findall(word)
    if "".join(symbol + digits for symbol, digits in parts) != word:
        return False
    if not all(
        symbol in _ELEMENTS and digits[:1] != "0" and len(digits) <= 2 for symbol, digits in parts
    ):
        return False  # "H264": no count of atoms in a formula is so large
    symbols = [symbol for symbol, _ in parts]
    if not _COMMON & set(symbols):
        return False  # "FP4", "NF4", "BF16": number formats, not compounds
    if len(symbols) == 1:
        return symbols[0] in _MOLECULAR  # "O2", "N2", "O3"; not "U2"
    return len(symbols) > 3 or len(set(symbols)) == len(symbols)  # not "P2P", "B2B"


def formulas(text: str) -> list[str]:
    """The chemical formulas the text writes, in order, each once."""
    seen: dict[str, None] = {}
    for match in _WORD.finditer(text):
        if is_formula(match.group()):
            seen.setdefault(match.group(), None)
    return list(seen)


def other_formulas(
    key: frozenset[str], answer: str, asked: frozenset[str] = frozenset()
) -> list[str]:
    """The formulas of an answer that names none of the key's `key` formulas (in formulas, or
    by name unless the question names it too: `asked`) and others: the compounds it writes
    instead of the key's (none when the key names no compound, or the answer names one of the
    key's besides)."""
    said = formulas(answer)
    named = named_formulas(answer) - asked
    if not key or not said or any(f in key for f in (*said, *named)):
        return []
    return said
