"""An imported list as bank YAML: checked ids, topics, levels (inferred ones marked so)."""

from __future__ import annotations

import re

import yaml

from ..attribution import attribution_problem
from ..errors import BankError, Problem
from ..limits import MAX_ANSWER_CHARS, answer_too_long
from ..safe_text import neutralise
from .levels import infer_level
from .model import ImportedList


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Multi-line answers as literal blocks (`|`), which read like the source."""


def _text(dumper: yaml.BaseDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not value[:1].isspace() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
ID_RULE = "letters, digits, - _ . (at most 64)"
"""What a bank's or a question's id may hold (`valid_id`), as messages say it."""


def valid_id(text: str) -> bool:
    """Whether `text` may be a bank's or a question's id (ID_RULE)."""
    return bool(ID_RE.match(text)) and len(text) <= 64


def slugify(text: str) -> str:
    """A short lower-case id made of the text's words."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    stop = {"and", "in", "the", "of", "interview", "questions", "answers", "to", "for", "a"}
    kept = [w for w in words if w not in stop] or words or ["topic"]
    return "-".join(kept[:4])


def check_bank_id(bank_id: str) -> str:
    """The id itself when it is valid; raises BankError otherwise."""
    if not valid_id(bank_id):
        raise BankError(
            Problem(
                "--id",
                None,
                f"bank id {bank_id!r} may hold only {ID_RULE}, starting with a letter or digit",
            )
        )
    return bank_id


def to_bank_yaml(
    found: ImportedList,
    bank_id: str,
    title: str | None = None,
    *,
    origin: str | None = None,
    licence: str | None = None,
) -> str:
    """The YAML text of a bank holding every imported question; `origin` and `licence` (where
    a public list came from and its terms) are written as the bank's own keys."""
    check_bank_id(bank_id)
    attribution = {"origin": origin, "licence": licence}
    for key, text in attribution.items():
        problem = attribution_problem(key, text) if text is not None else None
        if problem is not None:
            raise BankError(Problem(f"--{key}", None, problem))
    if found.refusal:
        raise BankError(Problem(found.source, None, found.refusal))
    if not found.questions:
        raise BankError(Problem(found.source, None, "no question found (see --dry-run)"))
    too_long = [
        Problem(found.source, q.line, answer_too_long(len(q.answer)))
        for q in found.questions
        if len(q.answer) > MAX_ANSWER_CHARS
    ]
    if too_long:  # the bank written would not load (bank_file.MAX_TEXT_CHARS)
        raise BankError(too_long)
    topic_ids: dict[str, str] = {}
    for topic in found.topics:
        base = slugify(topic)
        candidate, n = base, 2
        while candidate in topic_ids.values():
            candidate, n = f"{base}-{n}", n + 1
        topic_ids[topic] = candidate
    width = max(3, len(str(len(found.questions))))
    own = {q.qid for q in found.questions if q.qid is not None}
    ids: set[str] = set()
    blocks = []
    inferred = 0
    for number, question in enumerate(found.questions, start=1):
        qid = question.qid or f"{bank_id}-{number:0{width}d}"
        suffix = 2
        while question.qid is None and qid in own:  # a numbered id a source id already holds
            qid, suffix = f"{bank_id}-{number:0{width}d}-{suffix}", suffix + 1
        assert qid not in ids and ID_RE.match(qid)
        ids.add(qid)
        entry: dict[str, object] = {"id": qid, "seed": number}
        if question.topic:
            entry["topic"] = topic_ids[question.topic]
        entry["level"] = question.level or infer_level(question.prompt)
        if question.rubric is not None:
            entry["rubric"] = question.rubric
        entry["prompt"] = question.prompt
        if question.choices and question.right_choice is not None:
            entry["choices"] = list(question.choices)
            entry["answer"] = question.right_choice
        if question.answer:
            entry["references"] = [question.answer]
        block = yaml.dump([entry], Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        if question.level is None:
            inferred += 1
            block = re.sub(r"^(  level: \w+)$", r"\1  # inferred", block, count=1, flags=re.M)
        blocks.append(block)
    head: dict[str, object] = {
        "id": bank_id,
        "title": title or found.title,
        "version": "0.1",
        "description": f"Imported from {found.source.rsplit('/', 1)[-1]}.",
    }
    head.update({key: " ".join(text.split()) for key, text in attribution.items() if text})
    if found.topics:
        head["topics"] = [{"id": topic_ids[t], "title": t} for t in found.topics]
    missing = sum(1 for q in found.questions if not q.answer and q.rubric is None)
    star = sum(1 for q in found.questions if q.rubric == "star")
    header = (
        f"# Imported from {found.source.rsplit('/', 1)[-1]}: {found.summary()}.\n"
        f"# {missing} question{' has' if missing == 1 else 's have'} no reference answer yet "
        f"(practised with a self-rating); {inferred} level{' is' if inferred == 1 else 's are'} "
        "inferred from the wording.\n"
    )
    if star:
        header += (
            f"# {star} question{' asks' if star == 1 else 's ask'} for a story ('Tell me about a "
            "time ...'): `rubric: star` grades its answer\n# by STAR structure (Situation, Task, "
            "Action, Result), not by the words of the sample answer.\n"
        )
    body = yaml.safe_dump(head, sort_keys=False, allow_unicode=True, width=100)
    # YAML escapes control characters in values, not in comments (the file's name is in them).
    return neutralise(header) + body + "questions:\n" + "".join(blocks)
