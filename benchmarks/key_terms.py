"""The key terms derived from reference answers, and how well they match the terms people chose.

Usage:
    python benchmarks/key_terms.py BANK.yaml [BANK.yaml ...]   each question's derived terms
    python benchmarks/key_terms.py --genai [N]                 the genai bank, rubrics stripped:
                                                               the overlap with its rubric

A bank without a rubric (one made by `interviewer bank import`) is graded in reference mode:
its key terms are derived from each reference answer (key_terms.py). `--genai` strips the
shipped genai bank of its rubric, derives the terms from the first reference of N questions
(default 30, spread evenly over the bank) and compares them with the concept names and
aliases that the team wrote for those questions:

- precision: share of the derived terms whose words are all words of one alias (or name) of
  one of the question's concepts; of one concept (its name and aliases together: "compressed
  latent" for "compressed latent space"); of one concept's name (what the team chose to call
  it, leaving out the ~1,900 plain-language aliases). "?" marks a term that misses the second;
- recall: share of the question's concepts (weight 2 or 3) that some derived term names (a
  word of the term is a word of the concept's name or an alias);
- the same at word level: the terms' words that are words of a concept name, and the names'
  words said by some term (a two-word term is not all-or-nothing here).

With --small the grader is fitted on the N sampled questions alone, as on a small imported bank.

Words are compared by stem (text.Text), so "embeddings" and "embedding" are the same word.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.bank import Bank, Question  # noqa: E402
from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader, reference_question  # noqa: E402
from interviewer.core.grading.text import Text  # noqa: E402


def stems(phrase: str) -> frozenset[str]:
    text = Text.of(phrase)
    return frozenset(text.stems[i] for i in text.content)


def print_bank(bank: Bank) -> None:
    """Each question of a bank and the key terms derived from its first reference."""
    grader = Grader(bank)
    for question in bank:
        if not question.reference_answers:
            continue
        terms = grader.derive_key_terms(question.prompt, question.reference_answers[0])
        print(f"{question.id}: {question.prompt[:70]}")
        print(f"    {', '.join(t.name for t in terms)}")


def sample(bank: Bank, count: int) -> list[Question]:
    questions = [q for q in bank if q.reference_answers and q.concepts]
    step = max(1, len(questions) // count)
    return questions[::step][:count]


def genai_overlap(count: int, show: int, small: bool = False) -> None:
    """Derived terms against the rubric's concept names on the genai bank, rubrics stripped;
    `small`: the grader fitted on the sampled questions alone, as on a small imported bank."""
    bank = Catalog(None).find("genai")
    questions = sample(bank, count)
    fitted = questions if small else list(bank)
    keys = [reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in fitted]
    grader = Grader(questions=keys)
    by_id = {k.id: k for k in keys}
    derived = in_alias = in_concept = in_name = wanted = named = 0
    said_words = word_hits = name_words = names_found = 0
    for n, question in enumerate(questions):
        key = by_id[question.id]
        terms = grader.derive_key_terms(key.prompt, key.reference_answers[0])
        concepts = [
            (c, stems(c.name), [stems(p) for p in (c.name, *c.aliases)]) for c in question.concepts
        ]
        term_stems = [stems(t.name) for t in terms]
        alias = [bool(s) and any(s <= a for _, _, ps in concepts for a in ps) for s in term_stems]
        concept = [
            bool(s) and any(s <= frozenset().union(*ps) for _, _, ps in concepts)
            for s in term_stems
        ]
        name = [bool(s) and any(s <= nm for _, nm, _ in concepts) for s in term_stems]
        derived += len(terms)
        in_alias += sum(alias)
        in_concept += sum(concept)
        in_name += sum(name)
        said = frozenset().union(*term_stems)
        said_by_names = frozenset().union(*(nm for _, nm, _ in concepts))
        said_words += len(said)
        word_hits += len(said & said_by_names)
        name_words += len(said_by_names)
        names_found += len(said_by_names & said)
        for c, _, ps in concepts:
            if c.weight < 2:
                continue
            wanted += 1
            words = frozenset().union(*ps)
            named += any(s & words for s in term_stems)
        if n < show:
            marked = [f"{t.name}{'' if g else '?'}" for t, g in zip(terms, concept, strict=True)]
            print(f"{question.id}: {question.prompt[:70]}")
            print(f"    derived: {', '.join(marked)}")
            print(f"    rubric:  {', '.join(c.name for c in question.concepts)}")

    def share(part: int, whole: int) -> str:
        return f"{part / max(1, whole):.3f} ({part} of {whole})"

    print(f"{len(questions)} questions, {derived} derived terms; terms whose words are all")
    print(f"  words of one alias or name:            {share(in_alias, derived)}")
    print(f"  words of one concept (name + aliases): {share(in_concept, derived)}")
    print(f"  words of one concept's name:           {share(in_name, derived)}")
    print(f"words: the terms' words that are concept-name words {share(word_hits, said_words)}")
    print(f"       the concept names' words said by a term      {share(names_found, name_words)}")
    print(f"concepts of weight 2-3 sharing a word with a term   {share(named, wanted)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("banks", nargs="*", type=Path, help="bank YAML files to print")
    parser.add_argument("--genai", nargs="?", const=30, type=int, metavar="N")
    parser.add_argument("--show", type=int, default=10, help="questions printed with --genai")
    parser.add_argument(
        "--small", action="store_true", help="fit on the sampled questions alone (--genai)"
    )
    args = parser.parse_args()
    catalog = Catalog(None)
    for path in args.banks:
        print(f"== {path}")
        print_bank(catalog.load_path(path))
    if args.genai:
        genai_overlap(args.genai, args.show, args.small)


if __name__ == "__main__":
    main()
