"""Abbreviation pairs, "Low-Rank Adaptation (LoRA)", found with the Schwartz & Hearst (2003) algorithm.

A pair makes one entity of its long form and its short form, which then become name and alias.
The algorithm walks the short form right to left and finds each of its characters in the words
before the parenthesis, the first one at the start of a word: simple, fast, and precise on
scientific text.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .extensions import doc_text

_PAREN = re.compile(r"\(([^()\n]{1,24})\)")
_WORD = re.compile(r"\S+")
# A name, then its spelled-out form in brackets: "BLEU (BiLingual Evaluation Understudy)".
_LONG_PAREN = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9-]{1,11}) \(([A-Za-z][^()\n,;:]{4,80})\)")
_LEADING_STOPWORDS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "novel", "new", "called", "named", "termed", "dubbed"})
_BREAK = re.compile(r"[.;:!?\[\]()]\s|[;:\[\]()\n]")


def is_short_form(candidate: str) -> bool:
    """Whether a parenthesised string can be an abbreviation (Schwartz & Hearst's conditions).

    Examples
    --------
    >>> is_short_form("LoRA"), is_short_form("e.g., BERT"), is_short_form("2023")
    (True, False, False)
    """
    if not 2 <= len(candidate) <= 12 or len(candidate.split()) > 2:
        return False
    if not candidate[0].isalnum() or not any(c.isalpha() for c in candidate):
        return False
    if not any(c.isupper() for c in candidate) or any(c in candidate for c in ",;:=<>"):
        return False
    return candidate.split()[0].lower().rstrip(".") not in {"i.e", "e.g", "ie", "eg", "etc", "cf", "see"}


# A short form may open with the digit of a number its long form spells out ("2DMSE", "Two-dimensional ...").
_NUMBER_INITIALS = {"1": "O", "2": "T", "3": "T", "4": "F", "5": "F", "6": "S", "7": "S", "8": "E", "9": "N"}


def best_long_form(short: str, window: str) -> int | None:
    """Start offset in ``window`` of the shortest long form that explains ``short``, or None.

    Examples
    --------
    >>> w = "we fine-tune with Low-Rank Adaptation "
    >>> w[best_long_form("LoRA", w):].strip()
    'Low-Rank Adaptation'
    """
    s, i = len(short) - 1, len(window) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (window[i].lower() != c or (s == 0 and i > 0 and window[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    # Extend to the start of the word holding the first character.
    while start > 0 and not window[start - 1].isspace():
        start -= 1
    return start


def find_abbreviations(text: str) -> list[dict[str, int]]:
    """Abbreviation pairs of ``text`` as char offsets: long_start, long_end, short_start, short_end."""
    pairs = []
    for m in _PAREN.finditer(text):
        short = m.group(1).strip()
        if not is_short_form(short):
            continue
        short_start = m.start(1) + m.group(1).index(short)
        # The long form lies in the same clause, just before the parenthesis.
        end = m.start()
        while end > 0 and text[end - 1] in " ~":  # "~" is LaTeX's non-breaking space: "Code Chain-of-Thought~(CodeCoT)"
            end -= 1
        clause_start = 0
        for b in _BREAK.finditer(text, max(0, end - 200), end):
            clause_start = b.end()
        words = list(_WORD.finditer(text, clause_start, end))
        core = short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short
        max_words = min(len(core) + 3, 2 * len(core))  # tighter than the original +5: fewer clauses taken for names
        words = words[-max_words:]
        if not words:
            continue
        window_start = words[0].start()
        rel = best_long_form(core, text[window_start:end])
        if rel is None and core[0] in _NUMBER_INITIALS and len(core) > 2:
            # "Two-dimensional Matryoshka Sentence Embedding (2DMSE)": the number is spelled out
            rel = best_long_form(_NUMBER_INITIALS[core[0]] + core[1:], text[window_start:end])
        if rel is None and re.fullmatch(r"[A-Z]+2[A-Z]+", core):
            # "text-to-image (T2I)", "image-to-video (I2V)": the 2 reads "to" (in "A2SF" it does not)
            rel = best_long_form(core.replace("2", "T"), text[window_start:end])
            if rel is not None and not re.search(r"[ -]to[ -]", text[window_start + rel : end]):
                rel = None
        if rel is None:
            continue
        long_start = window_start + rel
        # Drop leading articles and "novel"-like words that are not part of the name.
        for w in _WORD.finditer(text, long_start, end):
            if w.group().lower() in _LEADING_STOPWORDS:
                long_start = w.end() + 1
            else:
                break
        long_form = text[long_start:end]
        n_words = len(long_form.split())
        if long_start >= end or n_words == 0 or long_form.lower() == short.lower():
            continue
        if n_words == 1 and len(long_form) <= len(short):
            continue
        pairs.append(
            {"long_start": long_start, "long_end": end, "short_start": short_start, "short_end": short_start + len(short)}
        )
    pairs.extend(_short_first_pairs(text))
    pairs.sort(key=lambda p: p["short_start"])
    return pairs


def _short_first_pairs(text: str) -> list[dict[str, int]]:
    """Pairs written short form first: "FIND (Function INterpretation and Description)", "BLEU (BiLingual
    Evaluation Understudy)". The bracket must hold several words whose first word starts the short form."""
    pairs = []
    for m in _LONG_PAREN.finditer(text):
        short, long_form = m.group(1), m.group(2).strip()
        if not is_short_form(short) or len(long_form.split()) < 2 or len(long_form) <= len(short):
            continue
        if short.lower() in long_form.lower().split():
            continue  # "Code (Code LLMs)": a gloss, not a spelled-out form
        if best_long_form(short, long_form) != 0 or long_form[0].lower() != short[0].lower():
            continue
        long_start = m.start(2) + m.group(2).index(long_form)
        pairs.append(
            {"long_start": long_start, "long_end": long_start + len(long_form), "short_start": m.start(1), "short_end": m.end(1)}
        )
    return pairs


class AbbreviationDetector(Pipe):
    """Sets ``doc._.pkg_abbreviations`` from :func:`find_abbreviations`."""

    def __init__(self, nlp: Language, name: str = "pkg_abbreviations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.pkg_abbreviations = find_abbreviations(doc_text(doc))
        return doc


def make_abbreviation_detector(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector(nlp, name)


Language.factory("pkg_abbreviations", assigns=["doc._.pkg_abbreviations"])(make_abbreviation_detector)

__all__ = ["AbbreviationDetector", "best_long_form", "find_abbreviations", "is_short_form"]
