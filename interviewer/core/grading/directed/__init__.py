"""Reference mode's directions said of one thing: "lowers latency" said as "raises latency".

reversals/ reads a clause of the answer key as one claim, its direction words together, and
needs two words besides them to recognise it: "which lowers latency and reduces load on the
origin server" turned to "which raises latency" (play23 F2) had one such word, and "raises"
was no direction word (it names no opposite of "lowers" in text.DIRECTION_WORDS, whose pairs
are a comparison's two ends, used in rubric mode too). Here a direction is read with the one
thing it is said of:

- a *direction* is a verb of change or a comparative on an axis (AXES): up or down in amount
  ("raises", "increases", "more", "higher" / "lowers", "reduces", "fewer", "smaller"), in speed
  ("faster" / "slower") or in quality ("improves", "better" / "worse", "degrades"); an
  adjective's plain degree ("high latency") says a state, not a change, and is not one;
- it is said *of* the head (last word) of the run of content words right after it ("lowers
  network latency", "more load"), else of the run right before it and its copula ("latency is
  higher", "latency increases");
- "speeds up" and "slows down" are directions on the speed axis too (PHRASAL): "speeds"
  alone may name a quantity, and "slow" alone a state;
- a statement of the key is a direction said of a thing in a stretch of a clause (between
  "and", "or", "so", commas and the words of a reason) that holds no other direction of an
  axis, in a segment with no negation, condition, hypothetical ("would", "otherwise") or
  avoidance ("to avoid") before it, and no comparison ("than") at all: what is said there is
  said plainly, one way (comparisons are reversals/'s, which knows their two sides);
- the stretch's other direction words are plain degrees ("fast", "high", "longer"). Before the
  direction they qualify what it is said of ("a high temperature makes the output more
  random"): an answer must say each of them, one way or the other, and none the key does not,
  and each said the other way turns the statement once more ("a low temperature makes it less
  random" is the same claim). After it they say how or where ("lowers latency by serving
  requests from fast memory"): the claim is the direction of its thing whatever they say,
  unless the answer says one of them the other way ("raises latency for small files" for
  "lowers latency for large files" may be true as well), which is then no reading (play27
  B1: "fast memory" had kept the key's "lowers latency" from being read at all);
- it is said *about* the stretch's own content words before it ("cold water is more dense"),
  or, when it has none, its segment's ("a CDN caches content ..., which raises latency"), or,
  when that has none either and the direction is a comparative right after its thing with no
  verb (an elliptical predicate: not a noun phrase such as "fewer RAG chunks", nor a clause of
  its own such as "that memory grows"), its sentence's: "An index makes lookups slower but
  writes faster" says "writes faster" of the index;
- an answer *turns it around* when a stretch of it with the same guards says the opposite
  direction of the same thing about the key's subject (its first word there) or two of its
  words: "a CDN ..., which raises latency" does, "requests sent to the origin see higher
  latency" does not; and nowhere says the key's direction of that thing. Where the key says
  both directions of one thing of two subjects ("the water on the floor had a larger surface
  area; the water in the cup a smaller one"), the answer must also name a word of the one
  subject that the other lacks, and none of the other's.

Each is a `Contradiction` as reversals/ makes; reference_scoring caps it as those. The axes
are the grader's words for up and down, not this bank's: benchmarks/reversals/ and
benchmarks/false_flags.py measure what they flag.

axes.py     the axes and their words up and down: `AXES`, `PHRASAL`, `SIGNS`
reading.py  the directions a text says plainly, each of one thing: `directions`, `Directed`
turned.py   the key's directions said the other way round by an answer: `directions_turned`
"""

from .axes import AXES, PHRASAL, SIGNS
from .reading import Directed, directions
from .turned import DirectionReadings, KeyDirection, directions_turned, reference_directions

__all__ = [
    "AXES",
    "PHRASAL",
    "SIGNS",
    "DirectionReadings",
    "Directed",
    "KeyDirection",
    "directions",
    "directions_turned",
    "reference_directions",
]
