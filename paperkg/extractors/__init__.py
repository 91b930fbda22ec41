"""spaCy components that find entities and claimed numbers; importing this registers their factories.

Pipeline order (see :func:`paperkg.pipeline.make_nlp`): ``pkg_sections`` ->
``pkg_abbreviations`` -> ``pkg_entities`` -> ``pkg_claims``. Each component writes plain data to
``doc._.pkg_*`` (declared in :mod:`.extensions`); :mod:`.assemble` turns it into records.
"""
from __future__ import annotations

from . import abbreviations, claims, entities, sections
from .extensions import register_extensions

register_extensions()

__all__ = ["abbreviations", "claims", "entities", "register_extensions", "sections"]
