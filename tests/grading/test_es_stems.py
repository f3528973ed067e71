"""A verb or noun inflected with -es shares the stem of its plain form: "goes" is "go" and
"does" is "do" (they were "goe" and "doe"); the -es forms that already agreed ("passes",
"boxes", "caches", "buses") still do (text/stems.py).

A plural in -ses or -zes of a word in -e after a vowel keeps the silent e as its singular does
("cases", "bases", "sizes" are "case", "base", "size"; words47). Tried alone in tidy46, "cases"
read as "case" let "worst on rare cases" match the alias "worst case" of an unrelated concept
on fresh-dev; words47 measured it with every other stem change (see its notes)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.text import inflected_stem, stem

FORMS = [
    # (plain form, its other forms): every one shares the plain form's stem
    ("go", "goes"),
    ("do", "does"),
    ("undo", "undoes"),
    ("echo", "echoes"),
    ("veto", "vetoes"),
    ("hero", "heroes"),
    ("pass", "passes passed passing"),
    ("process", "processes processed processing"),
    ("box", "boxes boxed boxing"),
    ("fix", "fixes fixed fixing"),
    ("index", "indexes"),
    ("cache", "caches cached caching"),
    ("match", "matches matched matching"),
    ("push", "pushes pushed"),
    ("buzz", "buzzes"),
    ("bus", "buses"),
    ("gas", "gases"),
    ("bias", "biases biased"),
    ("alias", "aliases"),
    ("focus", "focuses focused"),
    ("status", "statuses"),
    ("use", "uses"),
    ("response", "responses"),
    ("analyse", "analyses"),
    ("prize", "prizes"),
    ("reduce", "reduces reduced reducing"),
]


@pytest.mark.parametrize(("plain", "forms"), FORMS)
def test_an_es_form_shares_the_stem_of_its_plain_form(plain, forms):
    for form in forms.split():
        assert stem(form) == stem(plain), (form, plain)
        assert inflected_stem(form) == inflected_stem(plain), (form, plain)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("goes", "go"),
        ("does", "do"),
        ("passes", "pass"),
        ("boxes", "box"),
        ("caches", "cach"),
        ("buses", "bus"),
        ("cases", "case"),  # as "case" and "cased"; see the module docstring
        ("toes", "toe"),  # a noun whose singular ends in -e keeps it
        ("axes", "axe"),
        ("yes", "yes"),
        ("goods", "good"),
    ],
)
def test_the_stem_of_an_es_form(word, expected):
    assert stem(word) == expected


def test_only_the_whole_word_goes_or_does_is_read_as_go_or_do():
    # the two short -oes verbs are named whole: a longer word ending in them is read by the
    # rules, which give "undergoes" its own "undergo"
    assert stem("undergoes") == stem("undergo") == "undergo"
    assert stem("toes") != stem("to")
