"""Every custom attribute the extractors set on a Doc, declared once.

Values are plain, msgpack-safe data (lists of dicts of str/int/float/bool/None), never Spans, so that
Docs survive ``nlp.pipe(n_process=N)`` which ships them between processes with ``doc.to_bytes()``.
"""
from __future__ import annotations

from spacy.tokens import Doc

#: doc._.pkg_abbreviations: [{"long_start", "long_end", "short_start", "short_end"}] (char offsets)
#: doc._.pkg_entities: [{"start", "end", "type", "name", "proposed", "source"}] (char offsets)
#: doc._.pkg_claims: [claim dicts as returned by paperkg.extractors.claims.find_claims, offsets into doc.text]
#: doc._.pkg_text: doc.text, read once (spaCy rebuilds it from the tokens on every access)
#: doc._.pkg_sentences: [[start, end]] char spans of the sentences (the title is one)
#: doc._.pkg_abstract_offset: where the abstract starts in doc.text (claims are read from it only)
EXTENSIONS = ("pkg_text", "pkg_abbreviations", "pkg_entities", "pkg_claims", "pkg_sentences")


def doc_text(doc: Doc) -> str:
    """The Doc's text, from ``doc._.pkg_text`` when ``pkg_sections`` has run."""
    text = doc._.pkg_text
    return doc.text if text is None else text


def register_extensions() -> None:
    """Declare the ``doc._.pkg_*`` attributes (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("pkg_abstract_offset"):
        Doc.set_extension("pkg_abstract_offset", default=0)
