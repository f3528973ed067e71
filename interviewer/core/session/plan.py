"""The session plan: which question comes next, from beginner to expert, spread over topics;
how an answer counts for levels, and the steps of an adaptive session."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Literal

from ..bank import LEVELS, Bank, Question, prompt_key
from .config import SessionConfig, SessionError

STRONG_SCORE = 75.0
"""A score at or above this is a strong answer, whatever its band."""

PASS_SCORE = 50.0
"""Used only when a result has no known band: a score at or above this counts as a pass."""

Outcome = Literal["strong", "adequate", "weak"]


def answer_outcome(score: float | None, band: str | None) -> Outcome | None:
    """How an answer counts for levels: strong (score >= 75 or band strong), adequate, or weak.

    The band decides when it is one of the grader's (`strong`, `adequate`, `weak`, `missing`);
    other bands (such as `skipped`) fall back to the score. None when there is no result at all.
    """
    if band == "strong" or (score is not None and score >= STRONG_SCORE):
        return "strong"
    if band == "adequate":
        return "adequate"
    if band in ("weak", "missing"):
        return "weak"
    if score is None:
        return "weak" if band else None
    return "adequate" if score >= PASS_SCORE else "weak"


def split_across_levels(total: int, available: Mapping[str, int]) -> dict[str, int]:
    """How many questions to take from each level: an even split (10 -> 3/4/3), with any level
    that is short handing its share to the levels that have fewest so far."""
    base, extra = divmod(total, len(LEVELS))
    quota = dict.fromkeys(LEVELS, base)
    for level in ("intermediate", "beginner")[:extra]:
        quota[level] += 1
    taken = {level: min(quota[level], available.get(level, 0)) for level in LEVELS}
    preference = {"intermediate": 0, "beginner": 1, "expert": 2}
    leftover = total - sum(taken.values())
    while leftover > 0:
        open_levels = [lvl for lvl in LEVELS if taken[lvl] < available.get(lvl, 0)]
        if not open_levels:
            break
        level = min(open_levels, key=lambda lvl: (taken[lvl], preference[lvl]))
        taken[level] += 1
        leftover -= 1
    return taken


class SessionPlan:
    """Which question to ask next, from beginner to expert, spread over topics.

    The same bank and config (seed included) always give the same questions in the same
    order, for the same results in adaptive mode. Questions are identified by canonical id, so
    a question is never asked twice under one of its aliases.

    Args:
        bank: the bank to draw from.
        config: the session's options; when its seed is None one is picked, and `config`
            afterwards holds it.
    """

    def __init__(self, bank: Bank, config: SessionConfig) -> None:
        self.bank = bank
        self.config: SessionConfig = config.with_seed()
        """The config, with the seed this plan uses (store this one)."""
        assert self.config.seed is not None
        self.seed: int = self.config.seed
        chosen = _chosen(bank, self.config.question_ids)
        pool = chosen or _pool(bank, self.config.topics, self.config.level)
        self.total: int = min(self.config.count, len(pool))
        """How many questions the session asks."""
        self.asked: list[str] = []
        """Canonical ids of the questions handed out, in order (the last may be unanswered)."""
        self.results: list[tuple[str, float | None, str | None]] = []
        """(canonical id, score, band) of every recorded answer, in order."""

        rng = random.Random(self.seed)
        self._by_level: dict[str, list[Question]] = {level: [] for level in LEVELS}
        for question in pool:
            self._by_level.setdefault(question.level, []).append(question)
        for level in LEVELS:
            rng.shuffle(self._by_level[level])
        self._pending: Question | None = None
        self._level_index = 0
        self._weak_streak = 0
        self._held: set[str] = set()
        self._order: list[Question] = (
            chosen[: self.total] if chosen else [] if self.config.adaptive else self._fixed_order()
        )

    # -- public API ---------------------------------------------------------------------------

    @property
    def position(self) -> int:
        """1-based number of the question being asked or about to be asked (for `N / TOTAL`)."""
        return len(self.results) + 1

    @property
    def finished(self) -> bool:
        """True once `total` answers are recorded."""
        return len(self.results) >= self.total

    @property
    def current_level(self) -> str:
        """The level an adaptive plan aims at next (always `beginner` first)."""
        return LEVELS[self._level_index]

    @property
    def level_reached(self) -> str | None:
        """The highest level with at least one passing (strong or adequate) answer, or None."""
        held = [level for level in LEVELS if level in self._held]
        return held[-1] if held else None

    def next_question(self) -> Question | None:
        """The question to ask now, or None when the session is complete.

        Calling it again before `record` returns the same question.
        """
        if self._pending is not None:
            return self._pending
        if len(self.asked) >= self.total:
            return None
        question = self._choose()
        if question is None:
            return None
        self.asked.append(question.id)
        self._pending = question
        return question

    def record(self, question_id: str, score: float | None, band: str | None) -> None:
        """Record the result of a question (its id or an alias), moving an adaptive plan.

        Skipped or timed-out answers are recorded with their (low) score and band too. A
        question that was not handed out by `next_question` is added to `asked`.
        """
        question = self.bank.get(question_id) if question_id in self.bank else None
        canonical = question.id if question is not None else question_id
        if any(done == canonical for done, _, _ in self.results):
            raise SessionError(f"question '{canonical}' already has a recorded answer")
        if self._pending is not None and self._pending.id == canonical:
            self._pending = None
        elif canonical not in self.asked:
            self.asked.append(canonical)
        self.results.append((canonical, score, band))
        if question is None or question.level not in LEVELS:
            return
        outcome = answer_outcome(score, band)
        if outcome in ("strong", "adequate"):
            self._held.add(question.level)
        if self.config.adaptive and outcome is not None:
            self._step(LEVELS.index(question.level), outcome)

    @classmethod
    def restore(
        cls,
        bank: Bank,
        config: SessionConfig,
        answered: Iterable[tuple[str, float | None, str | None]],
    ) -> SessionPlan:
        """Rebuild a plan after a crash by replaying its recorded answers in order.

        `config` must carry the seed the session was started with. Answers to questions that
        the plan would not have chosen (the bank changed since) are accepted as they are.
        """
        if config.seed is None:
            raise SessionError("cannot restore a session without its seed")
        plan = cls(bank, config)
        for question_id, score, band in answered:
            expected = plan.next_question()
            canonical = bank.get(question_id).id if question_id in bank else question_id
            if expected is not None and expected.id != canonical:
                plan._withdraw()
            plan.record(question_id, score, band)
        return plan

    # -- choosing -----------------------------------------------------------------------------

    def _fixed_order(self) -> list[Question]:
        available = {level: len(self._by_level[level]) for level in LEVELS}
        quota = split_across_levels(self.total, available)
        order: list[Question] = []
        chosen: set[str] = set()
        usage: Counter[str] = Counter()
        for level in LEVELS:
            for _ in range(quota[level]):
                question = self._pick(level, chosen, usage)
                if question is None:
                    break
                order.append(question)
                chosen.add(question.id)
                usage[question.topic] += 1
        return order

    def _choose(self) -> Question | None:
        asked = set(self.asked)
        if self._order or not self.config.adaptive:
            return next((q for q in self._order if q.id not in asked), None)
        usage = Counter(self.bank.get(qid).topic for qid in self.asked if qid in self.bank)
        target = self._level_index
        # Nearest level with questions left; on a tie the easier one.
        for index in sorted(range(len(LEVELS)), key=lambda i: (abs(i - target), i)):
            question = self._pick(LEVELS[index], asked, usage)
            if question is not None:
                return question
        return None

    def _pick(self, level: str, asked: set[str], usage: Counter[str]) -> Question | None:
        """The unasked question of `level` whose topic has been used least (seeded tie-break)."""
        candidates = [q for q in self._by_level.get(level, []) if q.id not in asked]
        if not candidates:
            return None
        return min(candidates, key=lambda q: usage[q.topic])

    def _step(self, level_index: int, outcome: Outcome) -> None:
        if outcome == "weak":
            streak = self._weak_streak + 1 if level_index == self._level_index else 1
            new_index = level_index
            if streak >= 2:
                new_index, streak = max(level_index - 1, 0), 0
        else:
            streak = 0
            new_index = level_index
            if outcome == "strong":
                new_index = min(level_index + 1, len(LEVELS) - 1)
        self._level_index, self._weak_streak = new_index, streak

    def _withdraw(self) -> None:
        """Take back the pending question (it was not the one answered)."""
        if self._pending is not None:
            self.asked.remove(self._pending.id)
            self._pending = None


def _pool(bank: Bank, topics: tuple[str, ...], level: str | None = None) -> list[Question]:
    """The bank's questions on the chosen topics (and level), sorted by id so YAML order does
    not matter."""
    if topics:
        known = {q.topic for q in bank.questions}
        unknown = [t for t in topics if t not in known]
        if unknown:
            raise SessionError(
                f"bank '{bank.id}' has no question on topic {', '.join(map(repr, unknown))}; "
                f"its topics are {', '.join(sorted(known))}"
            )
    wanted = set(topics)
    pool = [q for q in bank.questions if not wanted or q.topic in wanted]
    if level is not None:
        pool = [q for q in pool if q.level == level]
        if not pool:
            where = f" on {', '.join(topics)}" if topics else ""
            raise SessionError(f"bank '{bank.id}' has no {level} questions{where}")
    if not pool:
        raise SessionError(f"bank '{bank.id}' has no questions to ask")
    return _one_per_prompt(sorted(pool, key=lambda q: q.id))


def _one_per_prompt(questions: list[Question]) -> list[Question]:
    """The questions without those whose prompt is the same as an earlier one's (case,
    punctuation and spacing aside): a list imported with a question twice never asks it
    twice in one session."""
    seen: set[str] = set()
    kept = []
    for question in questions:
        same = prompt_key(question.prompt)
        if same not in seen:
            seen.add(same)
            kept.append(question)
    return kept


def _chosen(bank: Bank, question_ids: tuple[str, ...]) -> list[Question]:
    """The questions named by id (aliases resolve; repeats and unknown ids are dropped)."""
    chosen: list[Question] = []
    for question_id in question_ids:
        if question_id in bank and bank.get(question_id) not in chosen:
            chosen.append(bank.get(question_id))
    if question_ids and not chosen:
        raise SessionError(f"bank '{bank.id}' has none of the questions chosen for review")
    return chosen
