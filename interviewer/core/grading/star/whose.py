"""Whose failure a story tells: the candidate's own, or someone else's.

"Tell me about a mistake you made." asks for one of the candidate's mistakes. A story of a
colleague's bad config change that the candidate reverted tells a failure in the failure theme's
words ("took the payment page down", "He was embarrassed"), but not one of the candidate's: a
senior interviewer grades it as a dodge (star67's sa-off3, 57.0 `weak`). relevance.py reads a
theme marked `own` (themes.yaml: the failure) this way when the prompt asks it of the candidate.

Rules, each exact:

- A prompt asks the theme *of the candidate* when it says "you" or "your" and names no other
  person (`OTHER_PEOPLE`, "someone", "somebody", "another", "others"): "Tell me about a time you
  failed." does; "Tell me about a time a colleague made a mistake." does not, and is read as
  before.
- A phrase of the theme is *the candidate's* when the nearest subject before it in its sentence
  is "I" or "we" (`Reader.said_by_me`; "we" on a team counts: "we shipped the wrong prices"), or
  the word right before it is "my" or "our" ("my mistake", "our outage"); not when the word
  right before it is another person's ("I fixed my teammate's mistake"), nor when the phrase
  tells the failure put right (`PUT_RIGHT`: "I reverted it", "I wrote the incident report",
  "I restored the drafts": the fix, which anyone on call may make).
- A phrase is *someone else's* when the nearest person before it in its sentence is another
  person (`OTHER_PEOPLE`: "he", "she", "my colleague", "the backend developer", "my manager";
  not "they", most often the people harmed), not the candidate ("I", "we", "me", "us", "my",
  "our": in "my manager asked me to estimate it" the estimate is the candidate's), or the word
  right before it is a possessive of one ("my manager's mistake"); never a phrase that tells
  how someone took the failure or what it cost them (`REACTIONS`: "my manager was
  disappointed", "he was angry").
- The story tells *someone else's failure* when some phrase of the theme is someone else's, none
  is the candidate's, and the candidate tells no choice of their own (`CHOICES` after "I" or
  "we": "I hired a contractor ... he missed every date" is the candidate's call gone wrong).
  The theme is then not shown, and a required theme not shown puts the story off the question
  (relevance.py).

- In (someone else's, off "a mistake you made"): "A colleague of mine once pushed a config change
  on a Friday evening that took the payment page down for two hours. I was on call, so I ...
  reverted it and wrote the incident report. He was embarrassed ..."; "I fixed my teammate's
  mistake ..."; "the backend developer missed the date ... He had underestimated the work",
  with no failure told of "I" or "we".
- Out (the candidate's, on the question): "In my first job we ran a release on a Friday and I
  wrote the release script. I forgot to include the step ..." ("I forgot"); "we delivered it
  eight days late" ("we", a team the candidate was on); "My manager was angry, but I had not
  tested it" ("I had not"). Left to the other rules: a story that names no one with its
  failure ("The old pipeline often broke"), and any prompt that names another person.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .phrases import Hit, Reader, compile_phrases

OTHER_PEOPLE = frozenset(
    """he she he'd she'd he's she's colleague colleagues teammate teammates coworker coworkers
    co-worker co-workers manager managers boss director developer developers engineer engineers
    intern interns contractor contractors designer analyst tester junior juniors""".split()
)
"""Words for a person other than the candidate, as a subject or a possessive ("manager's").
Not "they": in a story of the candidate's mistake "they" are most often the people it harmed
("they could not log in"), as are customers and users."""
REACTIONS = frozenset(
    (
        "disappoint*",
        "unhappy",
        "angry",
        "complain*",
        "upset",
        "frustrat*",
        "embarrass*",
        "rejected",
        "refused",
        "declined",
        "turned down",
        "struggl*",
        "lost",
        "cost",
        "not enough",
    )
)
"""The failure theme's phrases that tell how someone took a failure or what it cost them
("my manager was disappointed"), not who made it: never someone else's failure."""
_PROMPT_OTHERS = OTHER_PEOPLE | frozenset("someone somebody another others".split())
PUT_RIGHT = frozenset(
    (
        "revert*",
        "restored",
        "rollback",
        "rolled back",
        "roll back",
        "incident*",
        "from the backup",
        "from a backup",
    )
)
"""The failure theme's phrases that tell a failure put right, not who made it."""
_MINE_BEFORE = frozenset(("my", "our"))
_ME = frozenset("i we i'd we'd i've we've i'm we're me us my our myself ourselves".split())
"""The candidate, as subject, object or owner: the nearest of them before a phrase keeps it from
being someone else's ("my manager asked me to estimate it": the estimate is the candidate's)."""


CHOICES = compile_phrases(
    (
        "decided",
        "chose",
        "picked",
        "hired",
        "approved",
        "agreed",
        "promised",
        "assigned",
        "trusted",
        "recommended",
        "insisted",
        "signed off",
        "went with",
    )
)
"""Verbs of a choice: told of "I" or "we", what another person then did wrong followed from the
candidate's own call ("I hired a contractor ... he missed every date")."""


def made_a_choice(reader: Reader) -> bool:
    """Whether the story tells a choice of the candidate's (`CHOICES` after "I" or "we")."""
    return any(reader.said_by_me(choice.first) for choice in reader.find(CHOICES))


@lru_cache(maxsize=1024)
def asks_of_you(prompt: str) -> bool:
    """Whether the prompt asks about the candidate ("you", "your") and names no one else."""
    words = Reader(prompt).words
    return any(w in ("you", "your") for w in words) and not any(
        w in _PROMPT_OTHERS or _possessive_of_other(w) for w in words
    )


def is_mine(reader: Reader, hit: Hit) -> bool:
    """Whether the phrase tells a failure of the candidate's (see the module docstring)."""
    before = reader.words[hit.first - 1] if hit.first else ""
    if hit.phrase.text in PUT_RIGHT or _possessive_of_other(before):
        return False
    return before in _MINE_BEFORE or reader.said_by_me(hit.first)


def is_someone_elses(reader: Reader, hit: Hit) -> bool:
    """Whether the nearest person before the phrase, in its sentence, is another person
    (not the candidate: "I", "we", "me", "us", "my", "our")."""
    words, sentences = reader.words, reader.structure.sentences
    if hit.phrase.text in REACTIONS:
        return False
    if hit.first and _possessive_of_other(words[hit.first - 1]):
        return True
    i = hit.first - 1
    while i >= 0 and sentences[i] == sentences[hit.first]:
        if words[i] in _ME:
            return False
        if words[i] in OTHER_PEOPLE or _lead(words, i):
            return True
        i -= 1
    return False


def someone_elses(reader: Reader, hits: Iterable[Hit]) -> Hit | None:
    """The first phrase told of someone else, when none of `hits` is the candidate's and the
    candidate made no choice of their own in the story (`CHOICES`)."""
    if made_a_choice(reader):
        return None
    found: Hit | None = None
    for hit in hits:
        if is_mine(reader, hit):
            return None
        if found is None and is_someone_elses(reader, hit):
            found = hit
    return found


def _lead(words: list[str], i: int) -> bool:
    """'lead' as a person: "my team lead", "the tech lead" (not "I offered to lead it")."""
    return words[i] in ("lead", "leads") and i > 0 and words[i - 1] in ("team", "tech")


def _possessive_of_other(word: str) -> bool:
    return word.endswith("'s") and word[:-2] in OTHER_PEOPLE
