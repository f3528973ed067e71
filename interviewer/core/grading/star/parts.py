"""The six parts of a STAR story, each found from what the story says, labelled or not.

A label ("Result: ...") lets a sentence count for its part when it says something concrete (two
specific words, see `story.py`); without a label, a sentence counts when its wording does the
part's work: context for the Situation ("in my last job", "three weeks before a launch"), a
responsibility for the Task ("I was the lead", "it fell to me", "my job was to ..."), a concrete
first-person step for the Action (`actions.py`), an outcome told after the first step for the
Result ("we finished a week late", "has not failed since"), a quantity in that outcome for the
measurable result ("zero data errors", "from 40 to 9 minutes"), a lesson with content for the
Reflection. Each part found is credited with its sentence, verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..text import STOP_WORDS
from .actions import Action
from .changed_after import changed_after
from .paperwork import counts_paperwork
from .story import Story, words

LABELLED_CONTENT = 2
"""Distinct specific words a labelled sentence needs to count for its part."""


@dataclass(frozen=True)
class StarPart:
    """One part of a STAR story, its weight in the score and the advice when it is missing."""

    name: str
    weight: float
    tip: str


PARTS: tuple[StarPart, ...] = (
    StarPart(
        "Situation", 1.0, "Open with the situation: where you were, when, and what was going on."
    ),
    StarPart("Task", 1.0, "Say what you were responsible for, and why it mattered."),
    StarPart(
        "Action",
        1.5,
        "Describe the steps you took yourself, in the first person ('I proposed', 'I wrote').",
    ),
    StarPart("Result", 1.5, "End the story: what happened because of what you did."),
    StarPart(
        "Measurable result",
        1.0,
        "Put a number on the result (time saved, % change, errors, customers, money).",
    ),
    StarPart("Reflection", 0.5, "Close with what you learned or would do differently."),
)


@dataclass(frozen=True)
class Found:
    """A part found: the wording that shows it and the index of its sentence."""

    cue: str
    sentence: int


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(" + "|".join(alternatives) + r")(?![\w'])", re.I)


_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?|mondays?|"
    r"tuesdays?|wednesdays?|thursdays?|fridays?|weekends?|mornings?|evenings?|nights?)"
)
_FEW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|\d+)"
_CONTEXT = _any(
    rf"(last|this|that|one|a|every|the same|next|previous) {_UNIT}",
    r"(last|this|that|one) (spring|summer|autumn|fall|winter)",
    r"(in|during|back in|since) (19|20)\d\d",
    rf"{_FEW} {_UNIT} (ago|before|after|into|earlier)",
    r"when (I|we|our|my|the|a|an)",
    r"(I|we) once",
    r"while (I|we|our|my)",
    r"(at|in|on|with|for) (my|our|a|an|the) ((previous|last|current|first|former|old|new|"
    r"small|big|large) )?(\w+ )?(job|role|company|team|employer|startup|agency|project|client|"
    r"position|internship|firm|department|bank|fintech|school|university|shop|store|office|"
    r"organi[sz]ation)",
    r"(our|my) (team|company|manager|lead|client|customer|product|service|site|app|director|"
    r"boss|department|group|project|startup|org)",
    r"(a|the|our) (new|senior|junior) (colleague|engineer|hire|developer|designer|graduate|"
    r"manager|teammate)",
)
"""Wording that places a story: a time, a workplace, a team."""
_PAST = re.compile(r"\b(was|were|had|\w{3,}ed)\b", re.I)

_ROLE = _any(
    r"I was the (\w+ )?(lead|leader|owner|manager|person|one|point of contact|contact|"
    r"engineer|developer|tester|analyst|designer)( responsible| who| on| for)",
    r"I was the (\w+ )?(lead|leader|owner|manager|point of contact)",
    r"I (ended up|got stuck|was left) (on|with|owning|responsible|in charge)",
    r"(landed|fell) (on|with) me",
    r"I was (leading|running|managing|in charge|responsible|accountable|on call)",
    r"I (owned|led|ran) (the|it|our)",
    r"it (fell|was left|came down) to me",
    r"(was|fell) on me",
    r"(it was )?up to me",
    r"it was mine",
    r"as the (\w+ )?(lead|owner|manager|person|most senior|only)",
    r"I took (it )?on",
    r"I decided it was mine",
)
"""A responsibility stated: it counts by itself ("I was the lead on it")."""
_GOAL = _any(
    r"my (task|job|goal|role|responsibility|assignment|brief|aim|mission) (was|is)",
    r"I was (asked|tasked|expected|supposed|given|assigned|hired|brought in|told)( to)?",
    r"(asked|told|wanted|needed) me to",
    r"I (had|needed|wanted|was trying|set out|set myself|aimed|promised|agreed) (to|the goal)",
    r"(our|the) (goal|objective|target|aim|task|deadline|challenge|brief|mission) was",
    r"(we|the team|my team) (had|needed|wanted) to",
)
"""A goal stated: it counts when the rest of the sentence names what (a specific word)."""
_STATED_TASK = _any(
    r"my (task|job|goal|role|responsibility|assignment|brief|aim|mission) (was|is)",
    r"I was (asked|tasked|assigned|given the (task|job))( to)?",
)
"""The task named as such ("My task was to ship the export ..."): it is the Task, before a
responsibility said in passing ("... I owned the new billing export, but ...")."""
_OUTCOME = _any(
    r"as a result",
    r"in the end",
    r"by the end",
    r"eventually",
    r"finally",
    r"ultimately",
    r"after that",
    r"since then",
    rf"(by|within|after|in|over) (the (first|next|following) )?{_FEW}? ?{_UNIT}( \w+)?",
    r"(finished|shipped|launched|delivered|released|completed|went (out|live|ahead|up|down|"
    r"from|back|smoothly)|came back|dropped|fell|rose|grew|increased|decreased|reduced|cut|"
    r"saved|halved|doubled|tripled|stopped|ended|won|lost|renewed|signed off|approved|accepted|"
    r"adopted|agreed|stayed|passed|failed|missed|succeeded|resolved|recovered|restored|became|"
    r"turned into|hit|met|reached|beat|caught|avoided|prevented|closed)",
    r"(is|are|was|were|got) (now )?(faster|slower|cheaper|fewer|lower|higher|down|up|back|"
    r"gone|fixed|resolved|solved|adopted|approved|accepted|cancelled|delayed|live|stable|"
    r"happy|confident|able)",
    r"now (takes?|runs?|uses?|has|have|is|are|gets?|puts?|ships?|costs?|reviews?)",
    r"(has|have|had)( not|n't) (failed|broken|happened|come back|missed)",
    r"no longer",
    r"on time",
    r"(late|early|ahead of (schedule|time)|behind schedule|instead of)",
)
"""Wording that tells what came of the actions."""
_QUANTITY = re.compile(
    r"\d+(\.\d+)?\s?(%|percent|x\b|times\b)|[$£€]\s?\d|\b\d[\d,.]*\b|"
    r"\b(zero|no|none of the|nobody|no one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a hundred|hundreds? of|thousands? of|a thousand|"
    r"a million|half|a third|a quarter|twice|double|doubled|halved|tripled)\b|"
    rf"\b(one {_UNIT}|an? {_UNIT} (early|earlier|late|later|ahead|sooner|behind))\b",
    re.I,
)
"""A quantity: a number, a share, or none at all ("zero data errors", "no failed payments")."""
_FROM_TO = re.compile(
    r"\bfrom ((about|around|roughly|over|under) )?\S+( \S+){0,2} to ((about|around|over|under) )?"
    r"[\w%$£€.,]*\w%?",
    re.I,
)
_LESSON = _any(
    r"I (learned|learnt|realised|realized|now|never|would|found out)",
    r"(taught|showed|reminded) me",
    r"(the|my|a|one) (lesson|takeaway|learning)",
    r"next time",
    r"in hindsight",
    r"looking back",
    r"since then",
    r"from then on",
    r"ever since",
    r"these days",
    r"differently",
    r"I('ve| have) (learned|learnt|kept|made)",
)
"""Wording that tells a lesson."""


def situation(story: Story) -> Found | None:
    """A sentence that places the story, before its first action: a label with content, context
    wording with a specific word, or an opening sentence told in the past with three."""
    for index, sentence in enumerate(story.sentences):
        if sentence.section == "Situation" and _says(story, sentence.body, LABELLED_CONTENT):
            return Found("Situation", index)
    for index, sentence in enumerate(story.sentences[: _first_half(story)]):
        cue = _CONTEXT.search(sentence.body)
        if cue and _says(story, sentence.body, 1):
            return Found(cue.group(0), index)
    first = story.sentences[0] if story.sentences else None
    if first and _PAST.search(first.body) and _says(story, first.body, 3):
        return Found(first.body.split(" ", 1)[0], 0)
    return None


def task(story: Story) -> Found | None:
    """A responsibility or a goal the candidate had: a labelled Task, else a task named as such
    ("my task was to ...", play26), else the first responsibility or goal stated."""
    for index, sentence in enumerate(story.sentences):
        if sentence.section == "Task" and _says(story, sentence.body, LABELLED_CONTENT):
            return Found("Task", index)
    for index, sentence in enumerate(story.sentences):
        stated = _STATED_TASK.search(sentence.body)
        if stated and _says(story, sentence.body[stated.end() :], 1):
            return Found(stated.group(0), index)
    for index, sentence in enumerate(story.sentences):
        role = _ROLE.search(sentence.body)
        if role:
            return Found(role.group(0), index)
        goal = _GOAL.search(sentence.body)
        if goal and _says(story, sentence.body[goal.end() :], 1):
            return Found(goal.group(0), index)
    return None


def action(story: Story, told: list[Action]) -> Found | None:
    """The concrete steps of 'I' (or, in a labelled Action section, of nobody named), quoted
    from the sentence telling most of them: under the Action label if there is one ("I told my
    manager, split the work and added validation scripts", not "I noticed" in the situation)."""
    mine = [step for step in told if step.subject == "i" and step.concrete]
    labelled = [step for step in mine if story.sentences[step.sentence].section == "Action"]
    steps = labelled or mine
    if not steps:
        return None
    counts = Counter(step.sentence for step in steps)
    best = max(counts, key=lambda index: (counts[index], -index))
    first = next(step for step in steps if step.sentence == best)
    return Found(f"I {first.verb}", best)


def result(story: Story, told: list[Action]) -> Found | None:
    """An outcome: a labelled Result with content, or outcome wording with a specific word told
    after the first step (a number or a deadline in the situation is not the result)."""
    for index, sentence in enumerate(story.sentences):
        if sentence.section == "Result" and _says(story, sentence.body, LABELLED_CONTENT):
            return Found("Result", index)
    for index in _after_first_step(story, told):
        body = story.sentences[index].body
        cue = _OUTCOME.search(body)
        if cue and _says(story, body, 1):
            return Found(cue.group(0), index)
    # a story of concrete steps that ends on how it came out, in plain words ("It worked out
    # fine and everyone was happy with it."), has an ending, if a thin one (play29 F14: a
    # thin real story told with "we" scored 0)
    last = len(story.sentences) - 1
    if last > 0 and any(a.concrete and a.sentence < last for a in told):
        cue = _OUTCOME.search(story.sentences[last].body)
        if cue:
            return Found(cue.group(0), last)
    return None


def measurable(story: Story, told: list[Action], outcome: Found | None) -> Found | None:
    """A quantity in a clause with a specific word, in the Result's sentence or an outcome told
    after it: "zero data errors", "from 61% to 74%"; not "100% better" (better than what?), nor
    a count of documents or meetings produced ("I wrote three reports", `paperwork.py`)."""
    if outcome is None:
        return None
    for index in range(outcome.sentence, len(story.sentences)):
        sentence = story.sentences[index]
        is_outcome = (
            index == outcome.sentence
            or sentence.section == "Result"
            or _OUTCOME.search(sentence.body)
        )
        if not is_outcome or sentence.section in ("Action", "Reflection"):
            continue
        for clause in re.split(r"[,;]| and | but ", sentence.body):
            quantity = _QUANTITY.search(clause)
            if quantity and _says(story, clause, 1) and not counts_paperwork(clause, quantity):
                return Found(_quoted(clause, quantity), index)
    return None


_FIGURE = re.compile(r"\d+(\.\d+)?\s?(%|percent\b|x\b|times\b)|[$£€]\s?\d[\d,.]*", re.I)
"""A figure written in digits: a share, a factor or an amount of money."""


def bare_figure(story: Story) -> str | None:
    """A figure told with nothing it measures ("It worked and improved by 30%": 30% of what?),
    quoted as written, or None. Used when the measurable result is missing, so the advice is
    not to "put a number on the result" to someone who did (play27 minor 8)."""
    for sentence in story.sentences:
        if sentence.section in ("Situation", "Task"):
            continue
        for clause in re.split(r"[,;]| and | but ", sentence.body):
            figure = _FIGURE.search(clause)
            if figure and not _says(story, clause, 1):
                return clause.strip().rstrip(".!")
    return None


def paperwork_count(story: Story) -> str | None:
    """A count of documents or meetings produced (`paperwork.counts_paperwork`) told outside the
    Situation and Task, quoted ("two reports"), or None. Used when the measurable result is
    missing, so the advice says why the count the story gives is not one."""
    for sentence in story.sentences:
        if sentence.section in ("Situation", "Task"):
            continue
        for clause in re.split(r"[,;]| and | but ", sentence.body):
            quantity = _QUANTITY.search(clause)
            if quantity and counts_paperwork(clause, quantity):
                return _quoted(clause, quantity)
    return None


def reflection(story: Story) -> Found | None:
    """A lesson with content: "I learned to estimate with a buffer", not "I learned a lot"; or
    what was changed so it does not happen again ("I added a CI test so it does not happen
    again", "Now I upgrade libraries only at the start of a sprint": `changed_after.py`)."""
    for index, sentence in enumerate(story.sentences):
        if sentence.section == "Reflection" and _says(story, sentence.body, LABELLED_CONTENT):
            return Found("Reflection", index)
    for index, sentence in enumerate(story.sentences):
        cue = _LESSON.search(sentence.body)
        if cue and index > 0 and _says(story, sentence.body[cue.end() :], 1):
            return Found(cue.group(0), index)
    changed = changed_after(story)
    return Found(*changed) if changed else None


def _quoted(clause: str, quantity: re.Match[str]) -> str:
    """The quantity with what it counts: "from six weeks to four", "no incidents", "2 million
    records" (up to three words after the number, to a function word or a stop)."""
    span = _FROM_TO.search(clause)
    if span and span.start() <= quantity.start() < span.end():
        return span.group(0)
    counted = []
    for word in re.findall(r"\S+", clause[quantity.end() :])[:3]:
        bare = word.strip(".,;:!?()\"'")
        if not bare or bare.lower() in STOP_WORDS:
            break
        counted.append(bare)
        if bare != word:
            break
    return " ".join([quantity.group(0), *counted])


def _says(story: Story, text: str, at_least: int) -> bool:
    """Whether the text holds this many distinct specific words."""
    return len(set(story.specific(text))) >= at_least


def _first_half(story: Story) -> int:
    return max(1, (len(story.sentences) + 1) // 2)


def _after_first_step(story: Story, told: list[Action]) -> range:
    """The sentences from the first one telling a step (of 'I' or 'we'), or the second half."""
    steps = [a.sentence for a in told if a.concrete]
    start = min(steps) + 1 if steps else _first_half(story)
    return range(min(start, len(story.sentences) - 1), len(story.sentences))


def word_count(text: str) -> int:
    """Words of a text, as the length credit counts them."""
    return len(words(text))
