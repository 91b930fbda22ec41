"""Sentence spans of a plain text: where each claim and each link of the graph gets its evidence.

One splitter serves the extractors (through the ``pkg_sections`` component) and the graph (which
starts from the JSONL records). It is a regex over the text, because iterating spaCy tokens costs more
than all the extractors together, and it knows the abbreviations of scientific prose.
"""
from __future__ import annotations

import re

#: Abbreviations that do not end a sentence (lower case, without final dot).
ABBREVIATIONS: frozenset[str] = frozenset({
    "e.g", "i.e", "al", "vs", "etc", "fig", "figs", "eq", "eqs", "cf",
    "approx", "resp", "sec", "no", "nos", "dr", "mr", "mrs", "prof", "tab",
    "ref", "refs", "vol", "pp", "ch", "inc", "ltd", "jr", "sr", "viz", "ca",
    "a.k.a", "w.r.t", "u.s", "incl", "eqn", "thm", "lem", "alg", "esp",
    "sect", "def", "min", "max", "avg",
})

_SENT_END_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[$\\]?[A-Z0-9])|\n")
_ABBREV_TAIL_RE = re.compile(r"(?:^|[\s(])([A-Za-z][A-Za-z.]{0,8})\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into contiguous sentence spans that cover it.

    Breaks after ".", "!" or "?" followed by whitespace and an upper-case
    letter, digit or opening bracket, and at line breaks.  It does not break
    after abbreviations ("e.g.", "i.e.", "et al.", "vs.", "Fig.") or single
    initials, and decimals ("3.5") never match.  Each span ends where the
    next begins, trailing whitespace included.
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    cuts: list[int] = []
    for m in _SENT_END_RE.finditer(text):
        if text[m.start()] == ".":
            am = _ABBREV_TAIL_RE.search(text, max(0, m.start() - 12), m.start() + 1)
            if am:
                tok = am.group(1).lower()
                if tok in ABBREVIATIONS or (len(tok) == 1 and am.group(1).isupper()):
                    continue
        cut = m.end()
        while cut < n and text[cut].isspace():
            cut += 1
        if 0 < cut < n and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts:
        spans.append((prev, cut))
        prev = cut
    if prev < n:
        spans.append((prev, n))
    return spans


def sentence_at(text: str, spans: list[tuple[int, int]], pos: int) -> str:
    """The sentence of ``text`` that holds character ``pos`` (stripped)."""
    for s, e in spans:
        if s <= pos < e:
            return text[s:e].strip()
    return text.strip()
