"""Reading bank and rubric YAML files with node positions, so every problem names file:line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from ..paths import is_file
from .bank import (
    LEVELS,
    NEAR_DUPLICATE_RATIO,
    Bank,
    Concept,
    Misconception,
    Question,
    Topic,
    normalise_prompt,
)
from .bank_checks import NEAR_DUPLICATE_REPORTS, near_duplicate_pairs
from .errors import BankError, Problem
from .safe_text import control_character_lines
from .safe_text import neutralise as neutralise_controls

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ID_CHARS = 100
"""Bank and question ids name files and database rows: well under the 255-byte name limit."""
MAX_PROMPT_CHARS = 4_000
"""A prompt is a question someone reads aloud; longer text is a mistake (or an attack)."""
MAX_TEXT_CHARS = 20_000
"""Any other text (a reference answer, a description)."""
MAX_NUMBER_CHARS = 30
"""A number written with more characters than this is refused before it is converted."""
MAX_WEIGHT = 100.0
MAX_TIME_LIMIT = 24 * 60 * 60
MAX_SEED = 10**12
MAX_PATH_CHARS = 1_024
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it (about 20 times faster); it keeps node line numbers."""

# ---------------------------------------------------------------------------------------------
# Reading YAML with positions


class _Reader:
    """Walks composed YAML nodes, collecting problems with file and line instead of raising."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []
        self.skipped: set[str] = set()
        """Ids of questions left out for their errors (their rubric entries are ignored)."""
        self._constructor = yaml.constructor.SafeConstructor()

    def problem(self, node: yaml.Node | None, message: str, *, warning: bool = False) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(Problem(self.path, line, message, warning))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def warn(self, node: yaml.Node | None, message: str) -> None:
        self.problem(node, message, warning=True)

    def compose(self, raw: bytes) -> yaml.Node | None:
        if len(raw) > MAX_FILE_BYTES:
            self.problems.append(
                Problem(self.path, 1, f"file is over {MAX_FILE_BYTES:,} bytes; the limit is 20 MB")
            )
            return None
        if b"\x00" in raw:
            line = raw[: raw.index(b"\x00")].count(b"\n") + 1
            self.problems.append(Problem(self.path, line, "this is a binary file, not YAML text"))
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            self.problems.append(Problem(self.path, line, "not valid UTF-8 text"))
            return None
        for line in control_character_lines(text):
            self.problems.append(
                Problem(
                    self.path,
                    line,
                    "control character replaced (text is shown, not obeyed)",
                    warning=True,
                )
            )
        text = neutralise_controls(text, keep="\r")
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            at = mark.line + 1 if mark is not None else None
            what = err.problem or err.context or "invalid YAML"
            self.problems.append(Problem(self.path, at, f"YAML syntax error: {what}"))
            return None
        except yaml.YAMLError as err:
            self.problems.append(Problem(self.path, None, f"YAML syntax error: {err}"))
            return None
        if node is None:
            self.problems.append(Problem(self.path, 1, "the file is empty"))
        return node

    def mapping(
        self, node: yaml.Node, what: str, allowed: Iterable[str] | None = None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """The keys of a mapping node with their key and value nodes, or None (problem noted)."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping, not {_kind(node)}")
            return None
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        allowed_set = set(allowed) if allowed is not None else None
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"{what}: keys must be plain text")
                continue
            key = str(key_node.value)
            if key in result:
                self.problem(key_node, f"{what}: key '{key}' appears twice")
                continue
            if allowed_set is not None and key not in allowed_set:
                expected = ", ".join(sorted(allowed_set))
                self.problem(key_node, f"{what}: unknown key '{key}' (expected one of {expected})")
                continue
            result[key] = (key_node, value_node)
        return result

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list, not {_kind(node)}")
            return None
        return list(node.value)

    def value(self, node: yaml.Node) -> object:
        numeric = node.tag.endswith((":int", ":float"))
        if numeric and isinstance(node.value, str) and len(node.value) > MAX_NUMBER_CHARS:
            self.problem(node, f"number too long ({len(node.value):,} characters)")
            return None
        try:
            value = self._constructor.construct_object(node, deep=True)
        except yaml.YAMLError as err:
            self.problem(node, f"cannot read this value: {getattr(err, 'problem', None) or err}")
            return None
        except (ValueError, TypeError, OverflowError, RecursionError):
            shown = str(node.value)[:40] if isinstance(node, yaml.ScalarNode) else "this value"
            self.problem(node, f"cannot read {shown!r} as {node.tag.rsplit(':', 1)[-1]}")
            return None
        return value

    def text(
        self,
        node: yaml.Node,
        what: str,
        *,
        allow_empty: bool = False,
        max_chars: int = MAX_TEXT_CHARS,
    ) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be text, not {_kind(node)}")
            return None
        value = self.value(node)
        if value is None and not allow_empty:
            self.problem(node, f"{what} must not be empty")
            return None
        if isinstance(value, bool):
            self.problem(node, f"{what} must be text, not a boolean")
            return None
        text = "" if value is None else str(value).strip()
        if not text and not allow_empty:
            self.problem(node, f"{what} must not be empty")
            return None
        if len(text) > max_chars:
            self.problem(node, f"{what} is {len(text):,} characters; the limit is {max_chars:,}")
            return None
        clean = neutralise_controls(text)
        if clean != text:  # written as an escape ("\e") in a quoted string
            self.warn(node, f"{what}: control character replaced (text is shown, not obeyed)")
        return clean

    def integer(
        self, node: yaml.Node, what: str, *, minimum: int = 0, maximum: int = MAX_SEED
    ) -> int | None:
        before = len(self.problems)
        value = self.value(node) if isinstance(node, yaml.ScalarNode) else node
        if len(self.problems) > before:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(node, f"{what} must be a whole number")
            return None
        if not minimum <= value <= maximum:
            self.problem(node, f"{what} must be between {minimum:,} and {maximum:,}")
            return None
        return value

    def number(self, node: yaml.Node, what: str, *, maximum: float = MAX_WEIGHT) -> float | None:
        before = len(self.problems)
        value = self.value(node) if isinstance(node, yaml.ScalarNode) else node
        if len(self.problems) > before:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(node, f"{what} must be a number")
            return None
        if not value > 0:  # False for NaN too
            self.problem(node, f"{what} must be a positive number")
            return None
        if value > maximum:
            self.problem(node, f"{what} must be at most {maximum:g}")
            return None
        return float(value)

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        """A list of non-empty strings (a single string is accepted as a list of one)."""
        if isinstance(node, yaml.ScalarNode):
            one = self.text(node, what)
            return (one,) if one is not None else None
        items = self.sequence(node, what)
        if items is None:
            return None
        result = []
        for item in items:
            text = self.text(item, f"{what} item")
            if text is not None:
                result.append(text)
        return tuple(result)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "empty"
    return f"the value {str(node.value)[:40]!r}"


def _read_bytes(path: Path, reader: _Reader) -> bytes | None:
    """The file's bytes, at most one more than the size limit (so a device cannot fill memory)."""
    if len(str(path)) > MAX_PATH_CHARS or any(len(part) > 255 for part in path.parts):
        reader.problems.append(Problem(str(path)[:200] + "...", 1, "file name too long"))
        return None
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        reader.problems.append(Problem(str(path), 1, "no such file"))
    except IsADirectoryError:
        reader.problems.append(Problem(str(path), 1, "is a folder, not a bank file"))
    except OSError as err:
        reader.problems.append(Problem(str(path), 1, f"cannot read: {err.strerror or err}"))
    return None


# ---------------------------------------------------------------------------------------------
# Banks

_BANK_KEYS = ("id", "title", "version", "description", "topics", "questions", "rubric")
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
)
BUILT_IN_RUBRICS = ("star",)


@dataclass
class _BankDraft:
    bank: Bank | None
    question_nodes: dict[str, yaml.Node]
    rubric_hint: str | None
    rubric_line: int | None = None


def _parse_bank(path: Path, reader: _Reader, skip_invalid: bool = False) -> _BankDraft:
    empty = _BankDraft(None, {}, None)
    raw = _read_bytes(path, reader)
    if raw is None:
        return empty
    root = reader.compose(raw)
    if root is None:
        return empty
    top = reader.mapping(root, "bank", _BANK_KEYS)
    if top is None:
        return empty
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
            question = _parse_question(item, reader, topic_ids if topics else None)
            new = [p for p in reader.problems[before:] if not p.warning]
            if new and skip_invalid:
                del reader.problems[before:]
                label = f"question '{question.id}'" if question else "a question"
                if question is not None:
                    reader.skipped.add(question.id)
                reason = new[0].message.removeprefix(f"{label}: ")
                reader.problem(item, f"{label} skipped: {reason}", warning=True)
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
        return _BankDraft(None, question_nodes, rubric_hint, rubric_line)
    bank = Bank(
        id=bank_id,
        title=title,
        version=version,
        description=description or "",
        topics=tuple(topics),
        questions=tuple(questions),
        source=path,
    )
    return _BankDraft(bank, question_nodes, rubric_hint, rubric_line)


def _parse_question(
    node: yaml.Node, reader: _Reader, topic_ids: set[str] | None
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
    unanswered = f"{label}: has no reference answer; practice asks for a self-rating"
    if ref_entry is None or _is_empty(ref_entry[1]):
        reader.problem(node if ref_entry is None else ref_entry[1], unanswered, warning=True)
    else:
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
    if "time_limit" in fields and not _is_null(fields["time_limit"][1]):
        time_limit = reader.integer(
            fields["time_limit"][1], f"{label}: time_limit", minimum=5, maximum=MAX_TIME_LIMIT
        )
    seed = None
    if "seed" in fields and not _is_null(fields["seed"][1]):
        seed = reader.integer(fields["seed"][1], f"{label}: seed", minimum=0)
    aliases: tuple[str, ...] = ()
    if "aliases" in fields and not _is_null(fields["aliases"][1]):
        aliases = reader.texts(fields["aliases"][1], f"{label}: alias") or ()
        if qid in aliases:
            reader.problem(fields["aliases"][1], f"{label}: lists its own id as an alias")
            aliases = tuple(a for a in aliases if a != qid)

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
    )


def _is_empty(node: yaml.Node) -> bool:
    """A null, an empty string or a list of only empty strings: an unanswered question."""
    if isinstance(node, yaml.ScalarNode):
        return node.tag.endswith(":null") or not str(node.value).strip()
    if isinstance(node, yaml.SequenceNode):
        return all(isinstance(item, yaml.ScalarNode) and _is_empty(item) for item in node.value)
    return False


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _check_near_duplicates(
    questions: list[Question], nodes: dict[str, yaml.Node], reader: _Reader
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


# ---------------------------------------------------------------------------------------------
# Rubrics

_RUBRIC_KEYS = ("bank", "version", "synonyms", "thesaurus", "questions")
_RUBRIC_QUESTION_KEYS = ("concepts", "misconceptions")
MIN_CONCEPTS, MAX_CONCEPTS = 1, 12


def _apply_rubric(path: Path, bank: Bank, reader: _Reader) -> Bank:
    raw = _read_bytes(path, reader)
    if raw is None:
        return bank
    root = reader.compose(raw)
    if root is None:
        return bank
    top = reader.mapping(root, "rubric", _RUBRIC_KEYS)
    if top is None:
        return bank
    if "bank" in top:
        named = reader.text(top["bank"][1], "rubric bank")
        if named is not None and named != bank.id:
            reader.problem(top["bank"][1], f"rubric is for bank '{named}', not '{bank.id}'")

    synonyms = _term_groups(top, "synonyms", reader)
    thesaurus = _term_groups(top, "thesaurus", reader)
    seen: dict[str, str] = {}
    for group in thesaurus:
        for word in group:
            if len(word.split()) > 2:
                reader.problem(top["thesaurus"][1], f"thesaurus: '{word}' is over two words")
            if word.lower() in seen:
                reader.problem(
                    top["thesaurus"][1],
                    f"thesaurus: '{word}' is in two groups ('{seen[word.lower()]}' and "
                    f"'{group[0]}')",
                )
            seen[word.lower()] = group[0]

    by_id: dict[str, tuple[tuple[Concept, ...], tuple[Misconception, ...]]] = {}
    if "questions" in top:
        entries = reader.mapping(top["questions"][1], "rubric questions") or {}
        for qid, (key_node, value_node) in entries.items():
            if qid not in bank and qid in reader.skipped:
                continue
            if qid not in bank:
                reader.problem(key_node, f"rubric entry '{qid}' matches no question of the bank")
                continue
            question = bank.get(qid)
            if question.id in by_id:
                reader.problem(key_node, f"rubric for '{question.id}' is given twice")
                continue
            parsed = _parse_rubric_entry(qid, value_node, reader)
            if parsed is not None:
                by_id[question.id] = parsed

    questions = tuple(
        replace(q, concepts=by_id[q.id][0], misconceptions=by_id[q.id][1]) if q.id in by_id else q
        for q in bank.questions
    )
    return replace(
        bank,
        questions=questions,
        synonyms=tuple(synonyms),
        thesaurus=tuple(thesaurus),
        rubric_source=path,
        _index={},
    )


def _term_groups(
    top: dict[str, tuple[yaml.Node, yaml.Node]], key: str, reader: _Reader
) -> list[tuple[str, ...]]:
    """Groups of interchangeable terms (`synonyms`, `thesaurus`), each of two terms or more."""
    groups: list[tuple[str, ...]] = []
    if key in top:
        for group in reader.sequence(top[key][1], key) or []:
            terms = reader.texts(group, f"{key} group")
            if terms is not None and len(terms) < 2:
                reader.problem(group, f"a {key} group needs at least two terms")
            elif terms:
                groups.append(terms)
    return groups


_CONCEPT_KEYS = ("name", "weight", "aliases", "description", "about", "contradicts")


def _concept_claims(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str, reader: _Reader
) -> dict[str, Any]:
    """A concept's description, subject (`about`) and contradicting statements, checked."""
    claims: dict[str, Any] = {}
    if "description" in fields and not _is_null(fields["description"][1]):
        description = reader.text(fields["description"][1], f"{label}: description")
        if description is not None:
            if len(description.split()) > 40:
                reader.problem(fields["description"][1], f"{label}: description is over 40 words")
            claims["description"] = description
    for key in ("about", "contradicts"):
        if key in fields and not _is_null(fields[key][1]):
            values = reader.texts(fields[key][1], f"{label}: {key}")
            if values:
                claims[key] = values
    return claims


def _parse_rubric_entry(
    qid: str, node: yaml.Node, reader: _Reader
) -> tuple[tuple[Concept, ...], tuple[Misconception, ...]] | None:
    label = f"rubric '{qid}'"
    fields = reader.mapping(node, label, _RUBRIC_QUESTION_KEYS)
    if fields is None:
        return None
    concepts: list[Concept] = []
    if "concepts" not in fields:
        reader.problem(node, f"{label}: missing required key 'concepts'")
        return None
    items = reader.sequence(fields["concepts"][1], f"{label}: concepts") or []
    if not MIN_CONCEPTS <= len(items) <= MAX_CONCEPTS:
        reader.problem(
            fields["concepts"][1],
            f"{label}: has {len(items)} concepts; give {MIN_CONCEPTS} to {MAX_CONCEPTS}",
        )
    names: set[str] = set()
    for item in items:
        concept_fields = reader.mapping(item, f"{label}: concept", _CONCEPT_KEYS)
        if concept_fields is None:
            continue
        if "name" not in concept_fields:
            reader.problem(item, f"{label}: concept is missing 'name'")
            continue
        name = reader.text(concept_fields["name"][1], f"{label}: concept name")
        if name is None:
            continue
        if name.lower() in names:
            reader.problem(item, f"{label}: concept '{name}' is listed twice")
            continue
        names.add(name.lower())
        weight = 1.0
        if "weight" in concept_fields:
            number = reader.number(concept_fields["weight"][1], f"{label}: weight of '{name}'")
            if number is None:
                continue
            weight = number
        aliases: tuple[str, ...] = ()
        if "aliases" in concept_fields and not _is_null(concept_fields["aliases"][1]):
            aliases = (
                reader.texts(concept_fields["aliases"][1], f"{label}: alias of '{name}'") or ()
            )
        extra = _concept_claims(concept_fields, f"{label}: concept '{name}'", reader)
        concepts.append(Concept(name, weight, aliases, **extra))

    misconceptions: list[Misconception] = []
    if "misconceptions" in fields and not _is_null(fields["misconceptions"][1]):
        for item in reader.sequence(fields["misconceptions"][1], f"{label}: misconceptions") or []:
            m_fields = reader.mapping(
                item, f"{label}: misconception", ("phrase", "note", "aliases")
            )
            if m_fields is None:
                continue
            if "phrase" not in m_fields or "note" not in m_fields:
                reader.problem(item, f"{label}: a misconception needs 'phrase' and 'note'")
                continue
            phrase = reader.text(m_fields["phrase"][1], f"{label}: misconception phrase")
            note = reader.text(m_fields["note"][1], f"{label}: misconception note")
            m_aliases: tuple[str, ...] = ()
            if "aliases" in m_fields:
                m_aliases = reader.texts(m_fields["aliases"][1], f"{label}: alias") or ()
            if phrase and note:
                misconceptions.append(Misconception(phrase, note, m_aliases))
    return tuple(concepts), tuple(misconceptions)


# ---------------------------------------------------------------------------------------------
# Public loading API


def rubric_candidates(bank_path: Path, bank_id: str, hint: str | None) -> list[Path]:
    """Where a bank's rubric may live, in order of preference."""
    candidates = []
    if hint:
        try:
            candidates.append((bank_path.parent / hint).resolve())
        except (OSError, RuntimeError, ValueError):
            candidates.append(bank_path.parent / hint)
    candidates.append(bank_path.with_name(f"{bank_path.stem}.rubric.yaml"))
    candidates.append(bank_path.parent.parent / "rubrics" / f"{bank_id}.yaml")
    return candidates


def load_bank_file(
    path: Path | str,
    rubric_path: Path | str | None = None,
    *,
    extra_rubric_dirs: Iterable[Path] = (),
    skip_invalid: bool = False,
    looked_at: list[Path] | None = None,
) -> Bank:
    """The implementation of `bank.load_bank` (see there). `looked_at`, when given, receives
    every rubric location tried, in order, up to the one used (for `bank_cache`)."""
    path = Path(path)
    reader = _Reader(path)
    draft = _parse_bank(path, reader, skip_invalid)
    bank = draft.bank
    if bank is None or reader.errors:
        problems = sorted(reader.errors, key=lambda p: p.line or 0)
        raise BankError(problems or [Problem(str(path), None, "not a valid bank")])

    if rubric_path is not None:
        chosen: Path | None = Path(rubric_path)
    else:
        chosen = None
        candidates = rubric_candidates(path, bank.id, draft.rubric_hint)
        candidates += [Path(d) / f"{bank.id}.yaml" for d in extra_rubric_dirs]
        for candidate in candidates:
            if looked_at is not None:
                looked_at.append(candidate)
            if is_file(candidate):
                chosen = candidate
                break
        if chosen is None and draft.rubric_hint:
            shown = draft.rubric_hint[:80] + ("..." if len(draft.rubric_hint) > 80 else "")
            reader.problems.append(
                Problem(str(path), draft.rubric_line, f"rubric file '{shown}' not found")
            )
    if chosen is not None:
        rubric_reader = _Reader(chosen)
        rubric_reader.skipped = reader.skipped
        bank = _apply_rubric(chosen, bank, rubric_reader)
        reader.problems.extend(rubric_reader.problems)
    ordered = sorted(reader.problems, key=lambda p: (p.path != str(path), p.line or 0))
    if any(not p.warning for p in ordered):
        raise BankError([p for p in ordered if not p.warning])
    if not bank.questions:
        raise BankError(Problem(str(path), None, "no usable question left (see the warnings)"))
    return replace(bank, warnings=tuple(ordered), _index={})
