"""A rubric file: each question's concepts and misconceptions, applied to a loaded bank."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from ..bank import Bank, Concept, Misconception, Question, Role
from .reader import Reader, is_null, read_top

_RUBRIC_KEYS = ("bank", "version", "synonyms", "thesaurus", "misconceptions", "questions")
_RUBRIC_QUESTION_KEYS = ("concepts", "misconceptions", "order", "roles")
MIN_CONCEPTS, MAX_CONCEPTS = 1, 12


def apply_rubric(path: Path, bank: Bank, reader: Reader) -> Bank:
    read = read_top(path, reader, "rubric", _RUBRIC_KEYS)
    if read is None:
        return bank
    _, top = read
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

    by_id: dict[str, _Entry] = {}
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

    # wrong claims of the whole field ("GPT is an encoder-only model") are checked on every
    # question, after its own
    common = tuple(replace(m, common=True) for m in _misconceptions(top, "rubric", reader))
    questions = tuple(
        _with_common(
            replace(
                q,
                concepts=by_id[q.id][0],
                misconceptions=by_id[q.id][1],
                order=by_id[q.id][2],
                roles=by_id[q.id][3],
            )
            if q.id in by_id
            else q,
            common,
        )
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


def _with_common(question: Question, common: tuple[Misconception, ...]) -> Question:
    """The question with the bank-wide misconceptions after its own (one with a phrase of its
    own already is not repeated)."""
    own = {m.phrase.lower() for m in question.misconceptions}
    added = tuple(m for m in common if m.phrase.lower() not in own)
    return replace(question, misconceptions=question.misconceptions + added) if added else question


def _term_groups(
    top: dict[str, tuple[yaml.Node, yaml.Node]], key: str, reader: Reader
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


_CONCEPT_KEYS = ("name", "weight", "aliases", "description", "about", "contradicts", "part_of")


def _concept_claims(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str, reader: Reader
) -> dict[str, Any]:
    """A concept's description, subject (`about`) and contradicting statements, checked."""
    claims: dict[str, Any] = {}
    if "description" in fields and not is_null(fields["description"][1]):
        description = reader.text(fields["description"][1], f"{label}: description")
        if description is not None:
            if len(description.split()) > 40:
                reader.problem(fields["description"][1], f"{label}: description is over 40 words")
            claims["description"] = description
    for key in ("about", "contradicts", "part_of"):
        if key in fields and not is_null(fields[key][1]):
            values = reader.texts(fields[key][1], f"{label}: {key}")
            if values:
                claims[key] = values
    return claims


_Entry = tuple[tuple[Concept, ...], tuple[Misconception, ...], tuple[str, ...], tuple[Role, ...]]
"""A question's rubric: its concepts, misconceptions, order and roles."""


def _parse_rubric_entry(qid: str, node: yaml.Node, reader: Reader) -> _Entry | None:
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
    wholes: list[tuple[Concept, yaml.Node]] = []
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
        if "aliases" in concept_fields and not is_null(concept_fields["aliases"][1]):
            aliases = (
                reader.texts(concept_fields["aliases"][1], f"{label}: alias of '{name}'") or ()
            )
        extra = _concept_claims(concept_fields, f"{label}: concept '{name}'", reader)
        concepts.append(Concept(name, weight, aliases, **extra))
        if extra.get("part_of"):
            wholes.append((concepts[-1], concept_fields["part_of"][1]))

    _check_wholes(wholes, concepts, label, reader)
    misconceptions = _misconceptions(fields, label, reader)
    order = _order(fields, label, reader, [c.name for c in concepts])
    return tuple(concepts), misconceptions, order, _roles(fields, label, reader)


def _check_wholes(
    wholes: list[tuple[Concept, yaml.Node]], concepts: list[Concept], label: str, reader: Reader
) -> None:
    """Each `part_of` name must be the subject (first `about` name) of another concept of the
    question; and a concept with `part_of` needs an `about` naming its own subject."""
    subjects = {c.about[0].strip().lower() for c in concepts if c.about}
    for concept, node in wholes:
        where = f"{label}: concept '{concept.name}': part_of"
        if not concept.about:
            reader.problem(node, f"{where} needs an `about` naming the part")
            continue
        own = concept.about[0].strip().lower()
        for whole in concept.part_of:
            if whole.strip().lower() == own or whole.strip().lower() not in subjects:
                reader.problem(
                    node,
                    f"{where} '{whole}' is not the subject (first `about` name) of another "
                    "concept of this question",
                )


MIN_ORDER = 2


def _order(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str, reader: Reader, names: list[str]
) -> tuple[str, ...]:
    """The `order` of a question: names of its concepts, each once, at least two, in the order
    an answer must give them (steps of a process)."""
    if "order" not in fields or is_null(fields["order"][1]):
        return ()
    node = fields["order"][1]
    given = reader.texts(node, f"{label}: order")
    if not given:
        return ()
    known = {n.lower(): n for n in names}
    order: list[str] = []
    for name in given:
        if name.lower() not in known:
            reader.problem(node, f"{label}: order names '{name}', which is no concept of it")
        elif known[name.lower()] in order:
            reader.problem(node, f"{label}: order names '{name}' twice")
        else:
            order.append(known[name.lower()])
    if len(given) < MIN_ORDER:
        reader.problem(node, f"{label}: order needs at least {MIN_ORDER} concepts")
        return ()
    return tuple(order) if len(order) == len(given) else ()


MIN_ROLES = 2
MIN_ROLE_WORDS = 2


def _roles(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str, reader: Reader
) -> tuple[Role, ...]:
    """The check-only `roles` of a question (grading/roles.py): at least two parts, each with
    its names (`part`) and the wordings of its job (`does`); no name given to two parts, no
    wording given to two parts, no wording holding a part's name, and no wording of fewer
    than MIN_ROLE_WORDS content words ("trained" is said of too much)."""
    if "roles" not in fields or is_null(fields["roles"][1]):
        return ()
    node = fields["roles"][1]
    roles: list[tuple[Role, yaml.Node, yaml.Node]] = []
    for item in reader.sequence(node, f"{label}: roles") or []:
        r_fields = reader.mapping(item, f"{label}: role", ("part", "does"))
        if r_fields is None:
            continue
        if "part" not in r_fields or "does" not in r_fields:
            reader.problem(item, f"{label}: a role needs 'part' and 'does'")
            continue
        names = reader.texts(r_fields["part"][1], f"{label}: role part")
        does = reader.texts(r_fields["does"][1], f"{label}: role does")
        if names and does:
            roles.append((Role(names, does), r_fields["part"][1], r_fields["does"][1]))
    if len(roles) < MIN_ROLES:
        reader.problem(node, f"{label}: roles needs at least {MIN_ROLES} parts")
        return ()
    problems = _role_problems(roles)
    for problem, at in problems:
        reader.problem(at, f"{label}: roles: {problem}")
    return () if problems else tuple(role for role, _, _ in roles)


def _item_node(node: yaml.Node, text: str) -> yaml.Node:
    """The node of `text` in a list node (its own line in a block list), or the node itself."""
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and str(item.value).strip() == text:
                return item
    return node


def _role_problems(
    roles: list[tuple[Role, yaml.Node, yaml.Node]],
) -> list[tuple[str, yaml.Node]]:
    """Each problem of the roles, with the node it is at: a name or wording given twice at its
    second place, a wording at its own line (play55: every problem was told at the list's first
    line, not at the line to fix)."""
    from ..grading.text import Text  # here: the grading package imports the bank's types

    problems: list[tuple[str, yaml.Node]] = []
    names = [n.lower() for role, _, _ in roles for n in role.part]
    seen_names: set[str] = set()
    seen_wordings: set[str] = set()
    for role, part_node, _ in roles:
        for name in role.part:
            if name.lower() in seen_names:
                at = _item_node(part_node, name)
                problems.append((f"part name '{name.lower()}' is given twice", at))
            seen_names.add(name.lower())
    for role, _, does_node in roles:
        for wording in role.does:
            at = _item_node(does_node, wording)
            if wording.lower() in seen_wordings:
                problems.append((f"'{wording.lower()}' is given twice", at))
            seen_wordings.add(wording.lower())
    for role, _, does_node in roles:
        for wording in role.does:
            at = _item_node(does_node, wording)
            for name in names:
                if f" {name} " in f" {wording.lower()} ":
                    why = f"'{role.part[0]}' does '{wording}', which names part '{name}'"
                    problems.append((why, at))
            if len(Text.of(wording).content) < MIN_ROLE_WORDS:
                why = (
                    f"'{role.part[0]}' does '{wording}': a wording needs {MIN_ROLE_WORDS} content "
                    "words or more (one word is said of too much)"
                )
                problems.append((why, at))
    return problems


def _misconceptions(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str, reader: Reader
) -> tuple[Misconception, ...]:
    """The `misconceptions` of a question, or of the whole bank (the rubric's top level)."""
    found: list[Misconception] = []
    if "misconceptions" in fields and not is_null(fields["misconceptions"][1]):
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
                found.append(Misconception(phrase, note, m_aliases))
    return tuple(found)
