"""The extraction stage: papers in, extraction records out, one paper at a time.

It is a plain function over an iterable, so it streams (memory does not grow with the corpus) and
parallelises over worker processes (``n_process``). A paper whose extraction fails is reported by id and
skipped; every other record is still produced.

The workers are our own process pool rather than spaCy's ``nlp.pipe(n_process=N)``: spaCy ships every
Doc back to the parent (``doc.to_bytes()``, then rebuilt), which costs more than the extraction itself,
so two spaCy processes were slower than one. Our workers send back only the finished records.
"""
from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extractors  # noqa: F401  (registers the pkg_* factories)
from .errors import Errors
from .extractors.assemble import to_extraction
from .extractors.extensions import doc_text
from .records import Extraction, Paper

if TYPE_CHECKING:
    from .cache import ExtractionCache

log = logging.getLogger(__name__)

#: The components of the default pipeline, in order.
PIPELINE = ("pkg_sections", "pkg_abbreviations", "pkg_entities", "pkg_claims")


#: A full stop after a name that ends in a capital ("on GSM8K.", "BoolQ.", "ARC-C.") is the sentence's end.
#: spaCy's English tokenizer keeps a stop after one capital on the token, as for initials ("J."), and the
#: lexicons, matched token by token, then miss the name.
_STOP_AFTER_NAME_SUFFIX = r"(?<=[0-9a-z-][A-Z])\."
# The brace that opens a LaTeX command's argument ("\textbf{MMLU}") is a token of its own, so that the
# argument is a word the lexicons can match.
_LATEX_ARGUMENT_INFIX = r"(?<=[A-Za-z])\{"


def make_nlp() -> Language:
    """Blank English plus paperkg's components: nothing is downloaded, nothing is trained."""
    nlp = spacy.blank("en")
    for name in PIPELINE:
        nlp.add_pipe(name)
    # Set last: setting a rule also empties the tokenizer's cache, which the entity component has just
    # filled with its thousands of lexicon forms; left full, it keeps the abstracts' words out, and
    # tokenizing is 4-5x slower (about a tenth of extraction time).
    suffixes = [*nlp.Defaults.suffixes, _STOP_AFTER_NAME_SUFFIX]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    infixes = [*nlp.Defaults.infixes, _LATEX_ARGUMENT_INFIX]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
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
    """Extract every paper, in input order; failing papers are recorded in ``report`` and skipped.

    With ``n_process > 1`` and the default pipeline (``nlp`` None), batches of ``batch_size`` papers go
    to a pool of worker processes that each build their own pipeline; records come back in input order.
    """
    report = report if report is not None else ExtractionReport()
    papers = list(papers) if not isinstance(papers, list) else papers
    if n_process > 1 and nlp is None and len(papers) > batch_size:
        stream = _extract_in_pool(papers, n_process, batch_size, report)
    else:
        stream = _extract_here(papers, nlp or make_nlp(), n_process, batch_size, report)
    for extraction in stream:
        if on_paper is not None:
            on_paper(extraction)
        yield extraction


def _extract_here(
    papers: list[Paper], nlp: Language, n_process: int, batch_size: int, report: ExtractionReport
) -> Iterator[Extraction]:
    """spaCy's own ``pipe`` in this process (or spaCy's processes, for a caller's own pipeline)."""

    def record_failure(proc_name: str, proc: Any, docs: list[Any], e: Exception) -> None:
        for doc in docs:
            # Looked up only when something fails: a text -> id map held a second copy of every text.
            text = doc_text(doc)
            pid = next((p.id for p in papers if p.text == text), "?")
            message = Errors.E040.format(paper_id=pid, reason=f"{proc_name}: {e.__class__.__name__}: {e}")
            report.failures.append(message)
            log.warning(message)

    nlp.set_error_handler(record_failure)
    stream = nlp.pipe(((_make_doc(nlp, p.text), p) for p in papers), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, paper in stream:
        yield to_extraction(doc, paper)


def _make_doc(nlp: Language, text: str) -> Doc:
    """The tokenised Doc, carrying its text: spaCy rebuilds ``doc.text`` from the tokens on every access,
    which cost a fifth of the extraction when the first component read it."""
    doc = nlp.make_doc(text)
    doc._.pkg_text = text
    return doc


_worker_nlp: Language | None = None  # each pool worker's pipeline, built once by _start_worker


def _start_worker() -> None:
    global _worker_nlp
    _worker_nlp = make_nlp()


def _extract_batch(papers: list[Paper]) -> tuple[list[Extraction], list[str]]:
    """A worker's job: the records of one batch and the failure messages it produced."""
    assert _worker_nlp is not None
    report = ExtractionReport()
    records = list(_extract_here(papers, _worker_nlp, 1, len(papers), report))
    return records, report.failures


def _pool_context() -> Any:
    """``fork`` when it is safe (POSIX, no other threads): workers then start without importing spaCy again."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _extract_in_pool(papers: list[Paper], n_process: int, batch_size: int, report: ExtractionReport) -> Iterator[Extraction]:
    """Batches in flight on ``n_process`` workers, at most two each, so memory stays bounded.

    A worker that dies (killed, out of memory) raises ``BrokenProcessPool`` here: nothing half-made is
    yielded, and what was yielded before stays good.
    """
    batches = (papers[i : i + batch_size] for i in range(0, len(papers), batch_size))
    with ProcessPoolExecutor(max_workers=n_process, mp_context=_pool_context(), initializer=_start_worker) as pool:
        pending: deque[Future[tuple[list[Extraction], list[str]]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) < 2 * n_process:
                continue
            yield from _collect(pending.popleft(), report)
        while pending:
            yield from _collect(pending.popleft(), report)


def _collect(future: Future[tuple[list[Extraction], list[str]]], report: ExtractionReport) -> list[Extraction]:
    records, failures = future.result()
    for message in failures:
        report.failures.append(message)
        log.warning(message)
    return records


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
