"""A bank file: its header, topics and questions, checked with file:line problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from ..attribution import ATTRIBUTION_KEYS, attribution_problem
from ..bank import (
    LEVELS,
    NEAR_DUPLICATE_RATIO,
    SKIPPED_NOTE,
    Bank,
    Question,
    Topic,
    normalise_prompt,
)
from ..bank_checks import NEAR_DUPLICATE_REPORTS, near_duplicate_pairs
from .choices import parse_choices
from .reader import (
    MAX_ID_CHARS,
    MAX_PATH_CHARS,
    MAX_PROMPT_CHARS,
    MAX_TIME_LIMIT,
    MIN_TIME_LIMIT,
    Reader,
    is_null,
    read_top,
)

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

_BANK_KEYS = (
    "id",
    "title",
    "version",
    "description",
    "origin",
    "licence",
    "license",
    "topics",
    "questions",
    "rubric",
)
_QUESTION_KEYS = (
    "id",
    "seed",
    "topic",
    "level",
    "prompt",
    "references",
    "reference",
    "hint",
    "time_limit",
    "aliases",
    "rubric",
    "choices",
    "answer",
)
BUILT_IN_RUBRICS = ("star",)


@dataclass
class BankDraft:
    bank: Bank | None
    question_nodes: dict[str, yaml.Node]
    rubric_hint: str | None
    rubric_line: int | None = None


def parse_bank(path: Path, reader: Reader, skip_invalid: bool = False) -> BankDraft:
    empty = BankDraft(None, {}, None)
    read = read_top(path, reader, "bank", _BANK_KEYS)
    if read is None:
        return empty
    root, top = read
    for required in ("id", "title", "questions"):
        if required not in top:
            reader.problem(root, f"bank: missing required key '{required}'")

    bank_id = reader.text(top["id"][1], "bank id", max_chars=MAX_ID_CHARS) if "id" in top else None
    if bank_id is not None and not _ID_RE.match(bank_id):
        reader.problem(top["id"][1], f"bank id '{bank_id}' may hold only letters, digits, - _ .")
        bank_id = None
    title = reader.text(top["title"][1], "title") if "title" in top else None
    version = reader.text(top["version"][1], "version") if "version" in top else "1"
    description = (
        reader.text(top["description"][1], "description", allow_empty=True)
        if "description" in top
        else ""
    )
    origin, licence = (_attribution(top, reader, key) for key in ("origin", "licence"))
    rubric_hint = (
        reader.text(top["rubric"][1], "rubric", max_chars=MAX_PATH_CHARS)
        if "rubric" in top
        else None
    )
    rubric_line = top["rubric"][1].start_mark.line + 1 if "rubric" in top else None

    topics: list[Topic] = []
    topic_ids: set[str] = set()
    if "topics" in top:
        for item in reader.sequence(top["topics"][1], "topics") or []:
            if isinstance(item, yaml.ScalarNode):
                topic_id = reader.text(item, "topic")
                title_text = topic_id
            else:
                fields = reader.mapping(item, "topic", ("id", "title"))
                if fields is None:
                    continue
                if "id" not in fields:
                    reader.problem(item, "topic: missing required key 'id'")
                    continue
                topic_id = reader.text(fields["id"][1], "topic id")
                title_text = (
                    reader.text(fields["title"][1], "topic title") if "title" in fields else None
                ) or topic_id
            if topic_id is None:
                continue
            if topic_id in topic_ids:
                reader.problem(item, f"topic '{topic_id}' is listed twice")
                continue
            topic_ids.add(topic_id)
            topics.append(Topic(topic_id, title_text or topic_id))

    questions: list[Question] = []
    question_nodes: dict[str, yaml.Node] = {}
    seen: dict[str, int] = {}
    if "questions" in top:
        items = reader.sequence(top["questions"][1], "questions")
        if items is not None and not items:
            reader.problem(top["questions"][1], "questions: the bank holds no question")
        built_in = rubric_hint if rubric_hint in BUILT_IN_RUBRICS else None
        for item in items or []:
            before = len(reader.problems)
            question = _parse_question(item, reader, topic_ids if topics else None, built_in)
            new = [p for p in reader.problems[before:] if not p.warning]
            if new and skip_invalid:
                del reader.problems[before:]
                label = f"question '{question.id}'" if question else "a question"
                if question is not None:
                    reader.skipped.add(question.id)
                reason = new[0].message.removeprefix(f"{label}: ")
                reader.problem(item, f"{label}{SKIPPED_NOTE}{reason}", warning=True)
                continue
            if question is None:
                continue
            if question.rubric is None and built_in is not None:
                question = replace(question, rubric=built_in)
            clash = False
            for name in (question.id, *question.aliases):
                if name in seen:
                    reader.problem(
                        item,
                        f"question '{question.id}': id or alias '{name}' is already used "
                        f"(line {seen[name]})",
                    )
                    clash = True
            if clash:
                continue
            for name in (question.id, *question.aliases):
                seen[name] = item.start_mark.line + 1
            questions.append(question)
            question_nodes[question.id] = item
        _check_near_duplicates(questions, question_nodes, reader)

    if rubric_hint in BUILT_IN_RUBRICS:
        rubric_hint = None
    if bank_id is None or title is None or version is None:
        return BankDraft(None, question_nodes, rubric_hint, rubric_line)
    bank = Bank(
        id=bank_id,
        title=title,
        version=version,
        description=description or "",
        topics=tuple(topics),
        questions=tuple(questions),
        source=path,
        origin=origin,
        licence=licence,
    )
    return BankDraft(bank, question_nodes, rubric_hint, rubric_line)


def _attribution(top: dict[str, tuple[yaml.Node, yaml.Node]], reader: Reader, key: str) -> str:
    """The bank's `origin` or `licence` (`license` too), checked; '' when not given or not
    valid (the problem is told at its line)."""
    spellings = [name for name in ((key, "license") if key == "licence" else (key,)) if name in top]
    if len(spellings) > 1:
        reader.problem(top["license"][0], "give the licence once: `licence:` or `license:`")
    if not spellings:
        return ""
    node = top[spellings[0]][1]
    text = reader.text(node, key, max_chars=10 * ATTRIBUTION_KEYS[key])
    if text is None:
        return ""
    problem = attribution_problem(key, text)
    if problem is not None:
        reader.problem(node, problem)
        return ""
    return text


def _parse_question(
    node: yaml.Node, reader: Reader, topic_ids: set[str] | None, bank_rubric: str | None = None
) -> Question | None:
    fields = reader.mapping(node, "question", _QUESTION_KEYS)
    if fields is None:
        return None
    if "id" not in fields:
        reader.problem(node, "question: missing required key 'id'")
        return None
    qid = reader.text(fields["id"][1], "question id", max_chars=MAX_ID_CHARS)
    if qid is None:
        return None
    label = f"question '{qid}'"
    if not _ID_RE.match(qid):
        reader.problem(fields["id"][1], f"{label}: id may hold only letters, digits, - _ .")

    prompt = None
    if "prompt" not in fields:
        reader.problem(node, f"{label}: missing required key 'prompt'")
    else:
        prompt = reader.text(fields["prompt"][1], f"{label}: prompt", max_chars=MAX_PROMPT_CHARS)

    references: tuple[str, ...] = ()
    if "references" in fields and "reference" in fields:
        reader.problem(fields["reference"][0], f"{label}: give 'references' or 'reference'")
    ref_entry = fields.get("references") or fields.get("reference")
    unanswered = ref_entry is None or _is_empty(ref_entry[1])
    if ref_entry is not None and not unanswered:
        references = reader.texts(ref_entry[1], f"{label}: reference answer") or ()

    rubric_kind = None
    if "rubric" in fields:
        rubric_kind = reader.text(fields["rubric"][1], f"{label}: rubric")
        if rubric_kind is not None and rubric_kind not in BUILT_IN_RUBRICS:
            kinds = ", ".join(BUILT_IN_RUBRICS)
            reader.problem(
                fields["rubric"][1], f"{label}: rubric must be one of {kinds} (got '{rubric_kind}')"
            )
            rubric_kind = None
    if unanswered and (rubric_kind or bank_rubric) is None:  # a built-in rubric needs none
        why = f"{label}: has no reference answer; practice asks for a self-rating"
        reader.problem(node if ref_entry is None else ref_entry[1], why, warning=True)

    level = "intermediate"
    if "level" in fields:
        value = reader.text(fields["level"][1], f"{label}: level")
        if value is not None and value.lower() not in LEVELS:
            reader.problem(
                fields["level"][1],
                f"{label}: level must be one of {', '.join(LEVELS)} (got '{value}')",
            )
        elif value is not None:
            level = value.lower()

    topic = ""
    if "topic" in fields:
        topic = reader.text(fields["topic"][1], f"{label}: topic") or ""
        if topic and topic_ids is not None and topic not in topic_ids:
            known = ", ".join(sorted(topic_ids))
            reader.problem(
                fields["topic"][1], f"{label}: unknown topic '{topic}' (the bank lists {known})"
            )

    hint = reader.text(fields["hint"][1], f"{label}: hint") if "hint" in fields else None
    time_limit = None
    if "time_limit" in fields and not is_null(fields["time_limit"][1]):
        time_limit = reader.integer(
            fields["time_limit"][1],
            f"{label}: time_limit",
            minimum=MIN_TIME_LIMIT,
            maximum=MAX_TIME_LIMIT,
        )
    seed = None
    if "seed" in fields and not is_null(fields["seed"][1]):
        seed = reader.integer(fields["seed"][1], f"{label}: seed", minimum=0)
    aliases: tuple[str, ...] = ()
    if "aliases" in fields and not is_null(fields["aliases"][1]):
        aliases = reader.texts(fields["aliases"][1], f"{label}: alias") or ()
        if qid in aliases:
            reader.problem(fields["aliases"][1], f"{label}: lists its own id as an alias")
            aliases = tuple(a for a in aliases if a != qid)

    choices, right_choice = parse_choices(fields, reader, label, node)

    if prompt is None:
        return None
    return Question(
        id=qid,
        prompt=prompt,
        reference_answers=references,
        topic=topic,
        level=level,
        hint=hint,
        time_limit=time_limit,
        aliases=aliases,
        seed=seed,
        rubric=rubric_kind,
        choices=choices,
        right_choice=right_choice,
    )


def _is_empty(node: yaml.Node) -> bool:
    """A null, an empty string or a list of only empty strings: an unanswered question."""
    if isinstance(node, yaml.ScalarNode):
        return node.tag.endswith(":null") or not str(node.value).strip()
    if isinstance(node, yaml.SequenceNode):
        return all(isinstance(item, yaml.ScalarNode) and _is_empty(item) for item in node.value)
    return False


def _check_near_duplicates(
    questions: list[Question], nodes: dict[str, yaml.Node], reader: Reader
) -> None:
    prompts = [normalise_prompt(q.prompt) for q in questions]
    pairs = near_duplicate_pairs(prompts, NEAR_DUPLICATE_RATIO)
    for earlier, later, score in pairs[:NEAR_DUPLICATE_REPORTS]:
        first, second = questions[earlier], questions[later]
        reader.problem(
            nodes[second.id],
            f"question '{second.id}': prompt nearly repeats '{first.id}' "
            f"({score:.0f}% alike); merge them and list one id under 'aliases'",
            warning=True,
        )
    if len(pairs) > NEAR_DUPLICATE_REPORTS:
        rest = pairs[NEAR_DUPLICATE_REPORTS:]
        reader.problem(
            nodes[questions[rest[0][1]].id],
            f"{len(rest):,} more prompts nearly repeat an earlier one (the first "
            f"{NEAR_DUPLICATE_REPORTS} are listed)",
            warning=True,
        )
