"""The extraction stage: papers in, extraction records out, one paper at a time.

It is a plain function over an iterable, so it streams (memory does not grow with the corpus) and
parallelises with spaCy's ``n_process``. A paper whose extraction fails is reported by id and skipped;
every other record is still produced.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

import spacy
from spacy.language import Language

from . import extractors  # noqa: F401  (registers the pkg_* factories)
from .errors import Errors
from .extractors.assemble import to_extraction
from .records import Extraction, Paper

if TYPE_CHECKING:
    from .cache import ExtractionCache

log = logging.getLogger(__name__)

#: The components of the default pipeline, in order.
PIPELINE = ("pkg_sections", "pkg_abbreviations", "pkg_entities", "pkg_claims")


def make_nlp() -> Language:
    """Blank English plus paperkg's components: nothing is downloaded, nothing is trained."""
    nlp = spacy.blank("en")
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


@dataclass(slots=True)
class ExtractionReport:
    """What went wrong during an extraction run (failures are skipped, not fatal), and what was reused."""

    failures: list[str] = field(default_factory=list)
    reused: int = 0


def extract(
    papers: Iterable[Paper],
    nlp: Language | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    report: ExtractionReport | None = None,
    on_paper: Callable[[Extraction], None] | None = None,
) -> Iterator[Extraction]:
    """Extract every paper, in input order; failing papers are recorded in ``report`` and skipped."""
    nlp = nlp or make_nlp()
    report = report if report is not None else ExtractionReport()
    papers = list(papers) if not isinstance(papers, list) else papers
    by_text = {p.text: p.id for p in papers}

    def record_failure(proc_name: str, proc: Any, docs: list[Any], e: Exception) -> None:
        for doc in docs:
            pid = by_text.get(doc.text, "?")
            message = Errors.E040.format(paper_id=pid, reason=f"{proc_name}: {e.__class__.__name__}: {e}")
            report.failures.append(message)
            log.warning(message)

    nlp.set_error_handler(record_failure)
    stream = nlp.pipe(((p.text, p) for p in papers), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, paper in stream:
        extraction = to_extraction(doc, paper)
        if on_paper is not None:
            on_paper(extraction)
        yield extraction


def extract_corpus(
    papers: list[Paper],
    *,
    extracted: Mapping[str, Extraction] | None = None,
    cache: ExtractionCache | None = None,
    nlp: Language | None = None,
    n_process: int = 1,
    report: ExtractionReport | None = None,
) -> Iterator[Extraction]:
    """Every paper's extraction, in order, extracting only what neither ``extracted`` nor ``cache`` holds.

    ``extracted`` maps paper ids to records read from extraction-record inputs (their provenance is
    replaced by the paper's current one); new extractions are added to ``cache`` as they are made.
    """
    from .cache import merge_in_order

    known: dict[str, Extraction] = {}
    for paper in papers:
        given = (extracted or {}).get(paper.id)
        if given is not None:
            known[paper.id] = Extraction(paper, given.entities, given.claims)
        elif cache is not None:
            hit = cache.get(paper)
            if hit is not None:
                known[paper.id] = hit
    missing = [p for p in papers if p.id not in known]
    if report is not None:
        report.reused = len(known)
    fresh = extract(missing, nlp, n_process=n_process, report=report) if missing else iter(())
    if cache is not None:
        fresh = _stored(fresh, cache)
    return merge_in_order(papers, known, fresh)


def _stored(records: Iterator[Extraction], cache: ExtractionCache) -> Iterator[Extraction]:
    for record in records:
        cache.put(record)
        yield record
