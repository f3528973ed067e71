"""The word lists every reading shares: function words (`STOP_WORDS`), numbers spelt as words
(`NUMBER_WORDS`, `spelt_number`), and direction words with their opposites (`DIRECTION_WORDS`,
`OPPOSITE_WORDS`)."""

from __future__ import annotations

from .stems import stem

_STOP_WORDS_TEXT = """a about above after again against all also am an and any are aren't as at
    be because been before being below between both but by can can't cannot could couldn't did
    didn't do does
    doesn't doing don't down during each etc few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's i
    i'd i'll i'm i've ie eg if in into is isn't it it's its itself just let's like may me might
    more most much must mustn't my myself no nor not of off on once only or other ought our ours
    ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than
    that that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through thus to too under until up upon us very via was wasn't we
    we'd we'll we're we've were weren't what what's when when's where where's whether which while
    who who's whom why why's will with won't would wouldn't yet you you'd you'll you're you've
    your yours yourself yourselves one ones thing things something way ways really basically
    simply used use uses using"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
"""Function words: they carry no credit and mark a sentence (as opposed to a keyword list)."""

NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
NUMBER_WORDS |= {"ninety": 90, "hundred": 100}
"""Numbers spelt as words, with their values: English words whether or not a bank uses them
("Thirty-two bits: four bytes." against a key that writes "32 bits")."""


def spelt_number(word: str) -> int | None:
    """The value of a number spelt as one word, or as tens and units joined by a hyphen
    ("seven" 7, "thirty-two" 32); None for any other word."""
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, units = word.partition("-")
    high, low = NUMBER_WORDS.get(tens), NUMBER_WORDS.get(units)
    if high is None or low is None or not 20 <= high <= 90 or high % 10 or not 1 <= low <= 9:
        return None
    return high + low


DIRECTION_WORDS: dict[str, tuple[str, ...]] = {}
"""A direction word's stem -> the stems of its opposites ("higher" -> "lower"): never
typo-matched, and a phrase with one of them flipped states the opposite claim."""
_DIRECTION_PAIRS = """higher lower, high low, more less, more fewer, increase decrease, increase
    reduce, larger smaller, bigger smaller, large small, faster slower, fast slow, better worse,
    best worst, above below, before after, maximize minimize, maximise minimise, deterministic
    random, sharper flatter, sharpen flatten, longer shorter, wider narrower, stronger weaker,
    easier harder, cheaper costlier, encoder decoder, overfitting underfitting, big small, up
    down, more lower"""


OPPOSITE_WORDS: dict[str, tuple[str, ...]] = {}
"""The same pairs as words ("better" -> "worse"), to write an opposite for people."""


def _direction_pairs() -> None:
    for pair in _DIRECTION_PAIRS.split(","):
        x, y = pair.split()
        OPPOSITE_WORDS[x] = (*OPPOSITE_WORDS.get(x, ()), y)
        OPPOSITE_WORDS[y] = (*OPPOSITE_WORDS.get(y, ()), x)
        a, b = (stem(w) for w in pair.split())
        DIRECTION_WORDS[a] = (*DIRECTION_WORDS.get(a, ()), b)
        DIRECTION_WORDS[b] = (*DIRECTION_WORDS.get(b, ()), a)


_direction_pairs()
