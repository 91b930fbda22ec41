"""Name keys: when two surface forms are the same name.

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

    The guidelines' scoring drops it; the graph must not merge a benchmark with its extended version.

    Examples
    --------
    >>> entity_key("HumanEval+") == entity_key("HumanEval")
    False
    >>> entity_key("Llama-2") == entity_key("llama 2")
    True
    """
    plus = len(name) - len(name.rstrip("+"))
    return name_key(name) + "+" * plus
