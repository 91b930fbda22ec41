"""The lexicons of the field: package data, one TSV file per entity type.

Format (see ``lexicons/README.md``): ``name<TAB>alias|alias`` per line, ``#`` comments.
``generic.txt`` lists phrases that are never entities ("large language models", "our method").

Matching case: a form with a capital after the first letter of a word or a digit ("GPT-4", "MATH", "QuALITY")
or a short one matches exactly as written, since lower-cased it is often an English word; any other form
("accuracy", "Transformer", "question answering") matches in any case. Every multi-word form also matches
with hyphens for spaces and the other way round ("question-answering", "fine tuning", "quantization aware
training"), a lower-case term of three or four words with any one pair of words hyphenated ("selective
state-space model"), and a term that matches in its own case but opens with a lower-case word also
matches capitalised, as at the start of a sentence ("Open-domain QA").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..records import ENTITY_TYPES, EntityType


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form that names the entry, with spelling variants."""
        return tuple(dict.fromkeys(v for f in (self.name, *self.aliases) for v in spelling_variants(f)))


def is_case_sensitive(form: str, entity_type: EntityType | None = None) -> bool:
    """Whether a surface form must match in its own case (acronyms, names with digits).

    Title Case words are no acronym, except in the names of data resources ("Natural Questions" is a
    benchmark, "natural questions" an ordinary phrase) and of models, which are proper names.

    Examples
    --------
    >>> is_case_sensitive("GPT-4"), is_case_sensitive("QuALITY"), is_case_sensitive("Transformer")
    (True, True, False)
    >>> is_case_sensitive("Vision Transformer")  # Title Case words are no acronym
    False
    """
    if entity_type == "model" and form[:1].isupper():
        return True  # model names are proper names: "Bloom" the model, "bloom" a word
    words = [form] if entity_type in ("dataset", "benchmark") else re.split(r"[\s-]+", form)  # "Soft Actor-Critic"
    return any(c.isupper() for w in words for c in w[1:]) or any(c.isdigit() for c in form) or len(form) <= 3


# Words in -ing that name things, not an activity: they take a plural ("positional encodings").
_COUNTED_ING = ("embedding", "encoding")


def spelling_variants(form: str) -> tuple[str, ...]:
    """The form, plus its hyphen/space variants for multi-word forms and its plural.

    Examples
    --------
    >>> spelling_variants("question answering")
    ('question answering', 'question-answering')
    >>> spelling_variants("scaling law")
    ('scaling law', 'scaling-law', 'scaling laws', 'scaling-laws')
    >>> spelling_variants("state space model")[:5]
    ('state space model', 'state-space-model', 'state-space model', 'state space-model', 'state space models')
    >>> spelling_variants("grid search")
    ('grid search', 'grid-search', 'grid searches', 'grid-searches')
    >>> spelling_variants("fine-tuning")
    ('fine-tuning', 'fine tuning')
    >>> spelling_variants("word embedding")
    ('word embedding', 'word-embedding', 'word embeddings', 'word-embeddings')
    >>> spelling_variants("quantization-aware training")
    ('quantization-aware training', 'quantization aware training')
    >>> spelling_variants("top-1 accuracy")  # a case-sensitive term may open a sentence
    ('top-1 accuracy', 'Top-1 accuracy')
    """
    variants = [form]
    if " " in form and "-" not in form:
        variants.append(form.replace(" ", "-"))
        words = form.split()
        if 3 <= len(words) <= 4 and form.islower():  # "selective state-space model", "multi-head attention layer"
            variants += [" ".join([*words[:i], "-".join(words[i : i + 2]), *words[i + 2 :]]) for i in range(len(words) - 1)]
    elif "-" in form and not any(c.isdigit() for c in form) and form.islower():
        variants.append(form.replace("-", " "))  # "fine tuning", "quantization aware training"
    if sum(c.isupper() for c in form) >= 2 and any(c.islower() for c in form) and len(form) >= 4:
        variants.append(form.upper())  # "SQuAD" written "SQUAD", "LLaMA" written "LLAMA"
    if re.match(r"[a-z]{2,}[ -]", form) and is_case_sensitive(form):
        variants.append(form[0].upper() + form[1:])  # "open-domain QA" opening a sentence: "Open-domain QA"
    if not is_case_sensitive(form) and form[-1].isalpha() and (not form.endswith(("s", "ing")) or form.endswith(_COUNTED_ING)):
        # a term in the plural ("inference times", "attention mechanisms", "Transformers", "positional encodings")
        variants += [_plural(v) for v in variants]
    return tuple(variants)


def _plural(form: str) -> str:
    """The regular English plural of a term's last word ("laws", "strategies", "grid searches")."""
    if form.endswith("y") and form[-2] not in "aeiou":
        return form[:-1] + "ies"
    return form + "es" if form.endswith(("sh", "ch", "x", "z")) else form + "s"


def parse_lexicon(lines: Iterator[str] | list[str], entity_type: EntityType) -> list[LexiconEntry]:
    """Entries of one TSV lexicon (comments and blank lines skipped)."""
    entries = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, rest = line.partition("\t")
        aliases = tuple(a.strip() for a in rest.split("|") if a.strip())
        entries.append(LexiconEntry(name.strip(), entity_type, aliases))
    return entries


def _data_file(name: str) -> str:
    path = resources.files("paperkg.extractors").joinpath("lexicons", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def parse_mined(lines: Iterator[str] | list[str]) -> list[LexiconEntry]:
    """Entries of ``mined.tsv`` (``term<TAB>type<TAB>documents``); lines of an unknown type are skipped."""
    entries = []
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, etype, *_ = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        if term.strip() and etype in ENTITY_TYPES:
            entries.append(LexiconEntry(term.strip(), etype))  # type: ignore[arg-type]
    return entries


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[LexiconEntry, ...]:
    """Every entry of the packaged lexicons, in file order: the hand-written files, then ``mined.tsv``.

    Mined terms come last, so that where a form is in both, the hand-written entry names and types it.
    """
    entries: list[LexiconEntry] = []
    for t in ENTITY_TYPES:
        entries.extend(parse_lexicon(_data_file(f"{t}.tsv").splitlines(), t))
    known = {f.lower() for e in entries for f in e.forms}
    entries.extend(e for e in parse_mined(_data_file("mined.tsv").splitlines()) if not known & {f.lower() for f in e.forms})
    return tuple(entries)


@lru_cache(maxsize=1)
def load_generic() -> frozenset[str]:
    """Lower-cased phrases that are never entities."""
    return frozenset(
        line.strip().lower() for line in _data_file("generic.txt").splitlines() if line.strip() and not line.startswith("#")
    )
