"""Sentence spans of a plain text, for evidence: which sentence says that a paper uses a thing.

The extractors get their sentences from spaCy's sentencizer; later stages that start from the JSONL
records (the graph) use this small splitter, which knows the abbreviations of scientific prose.
"""
from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_NO_SPLIT_BEFORE = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|Sec|Tab|approx|resp|No|Dr|Mr|Ms|etc)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, covering it in order.

    Examples
    --------
    >>> t = "We use BERT, i.e. a Transformer. It reaches 91.2% accuracy. See Fig. 2 for more."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['We use BERT, i.e. a Transformer. ', 'It reaches 91.2% accuracy. ', 'See Fig. 2 for more.']
    """
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _NO_SPLIT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """The sentence of ``text`` that holds character ``pos`` (stripped)."""
    for s, e in spans:
        if s <= pos < e:
            return text[s:e].strip()
    return text.strip()
