"""Name keys: when two surface forms are the same name, and which family a sized name belongs to.

One function serves the extractors (grouping a paper's mentions into entities), the graph (merging
entities across papers) and the evaluation (it is the normalisation the annotation guidelines score with).
"""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def name_key(name: str) -> str:
    """Lower case, NFKC, without spaces, hyphens, punctuation or a trailing plural "s".

    Examples
    --------
    >>> name_key("LLaMA-2") == name_key("Llama 2") == name_key("llama2")
    True
    >>> name_key("Transformers") == name_key("transformer")
    True
    >>> name_key("GPT-4") == name_key("GPT-4o")
    False
    """
    s = _NON_WORD.sub("", unicodedata.normalize("NFKC", name).lower())
    if len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


def entity_key(name: str) -> str:
    """:func:`name_key`, keeping the "+" that names a successor ("HumanEval+", "MBPP+", "chrF++").

    The guidelines' scoring drops it; a paper's entities and the graph must not merge a method or a
    benchmark with its successor.

    Examples
    --------
    >>> entity_key("HumanEval+") == entity_key("HumanEval")
    False
    >>> entity_key("Llama-2") == entity_key("llama 2")
    True
    """
    plus = len(name) - len(name.rstrip("+"))
    return name_key(name) + "+" * plus


# "LLaMA-7B", "Llama-2-70B-chat", "Qwen2.5 72B", "GPT-3 XL", "Mixtral-8x7B": a family name followed by a
# parameter count (a mixture's "8x7B" too) or a size word.
_SIZE_SUFFIX = re.compile(
    r"[- ]?(?:(?:\d+x)?\d+(?:\.\d+)?[BM]|XXL|XL|Large|Small|Mini|Tiny|Medium|Huge|large|small|mini|tiny|medium|huge)"
    r"(?:[- ][A-Za-z][A-Za-z0-9.]*)*$"   # "-chat", " v0.2", "-Instruct-v0.3"
)


def family_name(name: str) -> str | None:
    """The family of a sized name, or None when the name carries no size: the extractors read a paper's
    own sizes as its own ("JudgeLM-7B"), the graph links a sized model to its family.

    Examples
    --------
    >>> family_name("LLaMA-7B"), family_name("Llama-2-70B-chat"), family_name("GPT-3 XL"), family_name("GPT-4")
    ('LLaMA', 'Llama-2', 'GPT-3', None)
    >>> family_name("Mistral-7B-Instruct-v0.2"), family_name("Mistral Instruct 7B v0.2")
    ('Mistral', 'Mistral Instruct')
    >>> family_name("Mixtral-8x7B")
    'Mixtral'
    >>> family_name("Transformer-XL") is None
    True
    """
    m = _SIZE_SUFFIX.search(name)
    if m is None or m.start() == 0:
        return None
    family = name[: m.start()].rstrip("- ")
    if not any(c.isdigit() for c in m.group()) and not (any(c.isdigit() for c in family) or sum(c.isupper() for c in family) >= 2):
        return None  # a size word after a plain word: "Transformer-XL" is a model of its own
    return family
