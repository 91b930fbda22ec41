"""Where the title ends, where the abstract begins, and the sentences of both.

The pipeline reads ``Paper.text`` (title, a blank line, abstract) so that names in the title and the
abstract are found together. This component records the abstract's offset and the character spans of
the sentences (the title is one; the abstract is split by :func:`paperkg.sentences.split_sentences`).
Sentences are computed on the text rather than token by token: iterating spaCy tokens in Python
costs more than all the extractors together.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..records import TEXT_SEPARATOR
from ..sentences import split_sentences


def section_spans(text: str) -> tuple[int, list[tuple[int, int]]]:
    r"""The abstract's offset in ``text`` and the (start, end) spans of its sentences.

    Examples
    --------
    >>> section_spans("A Title\n\nOne sentence. Another one.")
    (9, [(0, 7), (9, 23), (23, 35)])
    """
    cut = text.find(TEXT_SEPARATOR)
    if cut < 0:
        return 0, split_sentences(text)
    offset = cut + len(TEXT_SEPARATOR)
    return offset, [(0, cut)] + [(offset + s, offset + e) for s, e in split_sentences(text[offset:])]


class SectionMarker(Pipe):
    """Sets ``doc._.pkg_text``, ``doc._.pkg_abstract_offset`` and ``doc._.pkg_sentences``."""

    def __init__(self, nlp: Language, name: str = "pkg_sections") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.pkg_text
        if text is None:  # doc.text is rebuilt from the tokens on every access: read it once, here
            text = doc._.pkg_text = doc.text
        doc._.pkg_abstract_offset, doc._.pkg_sentences = section_spans(text)
        return doc


def make_section_marker(nlp: Language, name: str) -> SectionMarker:
    return SectionMarker(nlp, name)


Language.factory("pkg_sections", assigns=["doc._.pkg_text", "doc._.pkg_abstract_offset", "doc._.pkg_sentences"])(make_section_marker)
