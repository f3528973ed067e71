"""Typos and odd characters: does a typo'd or oddly encoded correct answer keep its grade?

Usage: python benchmarks/typos.py [--seed N] [--list N] [--only VARIANT] [--star]

Takes the devset answers graded 4-5 in train and dev (never test), grades each as written, then
as changed by each variant below (seeded, so every run changes the same letters), and prints per
variant: the mean score before, the mean drop, the mean change either way, the worst
drop, how many answers lost 10 points or
more, how many changed band and how many stopped passing, the flags that newly fired (and new
wrong claims: a contradiction or a misconception), and evidence that is not a verbatim span of
the changed answer (the candidate must be shown what they typed). With --star, the 53 train
stories of tests/data/star_answers.yaml, graded by the behavioural bank's STAR rubric, instead.

Variants:
  typos-1, -3, -5   that many typos per 100 words (each word of three letters or more gets one
                    with that chance): a neighbouring key struck instead (QWERTY), a letter
                    dropped, a letter doubled, or two neighbouring letters swapped; never the
                    first letter (people rarely mistype it, spell-checkers rely on that).
  invisible         5 per 100 words: a zero-width space, (non-)joiner, word joiner, soft hyphen,
                    byte order mark or bidi mark (LRM, RLM) typed inside a word.
  look-alike        every space a no-break space, quotes curly, 5 per 100 words written in
                    fullwidth letters, an accent (a combining mark) on a vowel of 3 per 100.
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from statistics import mean

import yaml
from devset import REPO, Graded, genai_bank, load

from interviewer.core.bank import Bank
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grade, Grader

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS: dict[str, str] = {}
"""Each letter -> the keys beside it on a QWERTY keyboard (same row, and the rows above and
below, offset as keyboards are)."""
for r, row in enumerate(ROWS):
    for c, letter in enumerate(row):
        near = [row[c - 1] if c else "", row[c + 1] if c + 1 < len(row) else ""]
        for other in (r - 1, r + 1):
            if 0 <= other < len(ROWS):
                # a key sits between two of the row above (at c and c+1) and below (c-1 and c)
                span = (c, c + 1) if other < r else (c - 1, c)
                near += [ROWS[other][k] for k in span if 0 <= k < len(ROWS[other])]
        NEIGHBOURS[letter] = "".join(n for n in near if n)

WORD = re.compile(r"[A-Za-z]{3,}")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f")
ACCENTS = ("\u0301", "\u0300", "\u0308")


def typo(word: str, rng: random.Random) -> str:
    """One realistic typo in `word`, never in its first letter."""
    kind = rng.choice(("neighbour", "drop", "double", "swap"))
    i = rng.randrange(1, len(word))
    if kind == "neighbour":
        keys = NEIGHBOURS.get(word[i].lower(), "")
        if keys:
            key = rng.choice(keys)
            return word[:i] + (key.upper() if word[i].isupper() else key) + word[i + 1 :]
        kind = "drop"
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if i == len(word) - 1:
        i -= 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def with_typos(rate: float) -> Callable[[str, random.Random], str]:
    def change(answer: str, rng: random.Random) -> str:
        return WORD.sub(
            lambda m: typo(m.group(), rng) if rng.random() < rate else m.group(), answer
        )

    return change


def invisible(answer: str, rng: random.Random) -> str:
    def insert(m: re.Match[str]) -> str:
        word = m.group()
        if rng.random() >= 0.05:
            return word
        i = rng.randrange(1, len(word))
        return word[:i] + rng.choice(INVISIBLE) + word[i:]

    return WORD.sub(insert, answer)


def look_alike(answer: str, rng: random.Random) -> str:
    def change(m: re.Match[str]) -> str:
        word = m.group()
        roll = rng.random()
        if roll < 0.05:
            return "".join(chr(ord(ch) + 0xFEE0) for ch in word)  # fullwidth Latin letters
        if roll < 0.08:
            vowels = [i for i, ch in enumerate(word) if ch in "aeiou"]
            if vowels:
                i = rng.choice(vowels)
                return word[: i + 1] + rng.choice(ACCENTS) + word[i + 1 :]
        return word

    text = WORD.sub(change, answer).replace(" ", "\u00a0")
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)


VARIANTS: dict[str, Callable[[str, random.Random], str]] = {
    "typos-1": with_typos(0.01),
    "typos-3": with_typos(0.03),
    "typos-5": with_typos(0.05),
    "invisible": invisible,
    "look-alike": look_alike,
}


def star_stories() -> tuple[list[Graded], Bank]:
    """The train stories of tests/data/star_answers.yaml and the behavioural bank."""
    data = yaml.safe_load((REPO / "tests/data/star_answers.yaml").read_text(encoding="utf-8"))
    rows = [
        Graded(str(a.get("id", n)), a["question_id"], "train", "star", 0, a["answer"])
        for n, a in enumerate(data["answers"])
        if a["split"] == "train"
    ]
    return rows, Catalog(None).find("behavioural")


def evidence(grade: Grade) -> list[str]:
    spans = [e for m in grade.matched for e in m.evidence]
    spans += [e for m in grade.misconceptions for e in m.evidence]
    return spans + [e for c in grade.contradictions for e in c.evidence]


def wrong_claims(grade: Grade) -> int:
    return len(grade.contradictions) + len(grade.misconceptions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--list", type=int, default=0, help="show the N largest drops")
    parser.add_argument("--only", choices=tuple(VARIANTS), action="append")
    parser.add_argument("--star", action="store_true", help="STAR stories (train) instead")
    args = parser.parse_args()
    if args.star:
        rows, bank = star_stories()
    else:
        rows = [r for split in ("train", "dev") for r in load(split) if r.grade >= 4]
        bank = genai_bank()
    grader = Grader(bank)
    clean = [grader.grade(bank.get(r.question_id), r.answer) for r in rows]
    before_mean = mean(g.score for g in clean)
    what = "STAR train stories" if args.star else "answers graded 4-5 (train + dev)"
    print(f"{len(rows)} {what}, clean mean {before_mean:.1f}")
    print(
        f"{'variant':<12}{'mean':>6}{'drop':>6}{'|chg|':>6}{'worst':>7}{'>=10':>6}{'band':>6}{'unpass':>7}"
        f"{'wrong+':>7}{'not verbatim':>13}  flags newly fired"
    )
    worst: list[tuple[float, str, str, Grade, Grade, str]] = []
    for name in args.only or VARIANTS:
        change = VARIANTS[name]
        drops: list[float] = []
        band = unpassed = wrong = unverbatim = 0
        fired: Counter[str] = Counter()
        for n, (row, before) in enumerate(zip(rows, clean, strict=True)):
            rng = random.Random(f"{args.seed}:{name}:{n}")
            changed = change(row.answer, rng)
            after = grader.grade(bank.get(row.question_id), changed)
            drops.append(before.score - after.score)
            band += after.band != before.band
            unpassed += before.passed and not after.passed
            wrong += wrong_claims(after) > wrong_claims(before)
            fired.update(set(after.flags) - set(before.flags))
            unverbatim += sum(e not in changed for e in evidence(after))
            worst.append((drops[-1], name, row.id, before, after, changed))
        flags = ", ".join(f"{f} {k}" for f, k in fired.most_common()) or "-"
        print(
            f"{name:<12}{mean(g.score for g in clean) - mean(drops):>6.1f}{mean(drops):>6.1f}"
            f"{mean(abs(d) for d in drops):>6.1f}"
            f"{max(drops):>7.1f}{sum(d >= 10 for d in drops):>6}{band:>6}{unpassed:>7}"
            f"{wrong:>7}{unverbatim:>13}  {flags}"
        )
    for _, name, id_, before, after, changed in sorted(worst, key=lambda w: -w[0])[: args.list]:
        normal = unicodedata.normalize("NFKC", changed)
        print(f"\n{name} {id_}: {before.score} -> {after.score} ({after.band}, {after.flags})")
        print(f"  missed now: {sorted(set(after.missed) - set(before.missed))}")
        print(f"  {normal[:400]!r}")


if __name__ == "__main__":
    main()
