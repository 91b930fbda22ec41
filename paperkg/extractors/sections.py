"""Where the title ends and the abstract begins in the text the pipeline reads.

The pipeline reads ``Paper.text`` (title, a blank line, abstract) so that names in the title and the
abstract are found together. This component records the abstract's offset and starts a sentence there,
since a title has no final full stop for the sentencizer to split on.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..records import TEXT_SEPARATOR


class SectionMarker(Pipe):
    """Sets ``doc._.pkg_abstract_offset`` and a sentence start at the abstract's first token."""

    def __init__(self, nlp: Language, name: str = "pkg_sections") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        cut = doc.text.find(TEXT_SEPARATOR)
        offset = cut + len(TEXT_SEPARATOR) if cut >= 0 else 0
        doc._.pkg_abstract_offset = offset
        if offset and len(doc):
            doc[0].is_sent_start = True
            for token in doc:
                if token.idx >= offset and not token.is_space:
                    token.is_sent_start = True
                    break
        return doc


def make_section_marker(nlp: Language, name: str) -> SectionMarker:
    return SectionMarker(nlp, name)


Language.factory("pkg_sections", assigns=["doc._.pkg_abstract_offset", "token.is_sent_start"])(make_section_marker)
