"""A pronoun opening a "because" clause stands for the subject of the clause it gives the cause
of: "Diffusion models are preferred because they are trained adversarially" says "diffusion
models are trained adversarially" (pron66; train-blind genai-065 "Prompt engineering is crucial
mainly because it permanently retrains the model", miss65's table).

The rule exactly: a subject pronoun right after "because" or "since" (no connective between),
where that word stands in the same sentence as the word before it, with nothing between them
but at most a comma (pron67: ", because it" and "since it" read too), and opens a clause of its
own. The clause before it is then the pronoun's previous clause, and what the pronoun stands
for is that clause's subject noun phrase, read by pronoun_claims exactly as for a pronoun after
"and" (one noun phrase before its verb, agreeing in number, no subordinate opener, no
pronoun chain read as nothing); else nothing.

In: "GPT is fast because it is small" (-> GPT), "Batching helps because it compresses the
weights" (-> batching), "GPT is fast, because it is small" and "GPT is fast since it is small"
(-> GPT, pron67). Out: "We use a cross-encoder because it is accurate" ("we" is no noun
phrase: nothing, not the object), "Users prefer RAG because it is cheaper" (the number does not
agree with "users": nothing), "If GPT is fast because it is small, ..." (the clause opens with
"if"), "GPT is fast; because it is small, ..." (a mark other than a comma), "Because it is
small, GPT is fast" and "Since it is small, GPT is fast" (the pronoun comes before its noun)."""

from __future__ import annotations

from .matching import Answer


def cause_previous(answer: Answer, pronoun: int) -> int | None:
    """The last word of the clause that the "because" or "since" before the pronoun at
    `pronoun` gives the cause of (module docstring); None when the pronoun opens no such
    clause. The clauses of clauses.py open at "because", not at "since": a subject pronoun
    right after "since" opens a clause of its own all the same."""
    text, structure = answer.text, answer.structure
    words, sentences, clauses = text.words, structure.sentences, structure.clauses
    cause = pronoun - 1
    if cause < 1 or words[cause] not in ("because", "since"):
        return None
    previous = cause - 1
    if sentences[previous] != sentences[pronoun]:
        return None
    if words[cause] == "because" and clauses[previous] == clauses[pronoun]:
        return None
    if text.raw[text.spans[previous][1] : text.spans[cause][0]].strip() not in ("", ","):
        return None
    return previous
