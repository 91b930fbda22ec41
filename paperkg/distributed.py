"""Extraction on a Dask cluster: the corpus in shards, one task per shard, one JSONL file per shard.

Each task runs the very same :func:`paperkg.pipeline.extract` as ``paperkg extract`` and returns its
records already serialised by :func:`paperkg.jsonl.dumps_record`, so the shards, concatenated in
order, are byte for byte the output of a local run. Dask is imported only inside the functions here:
paperkg imports (and ``paperkg extract`` runs) without it (``pip install 'paperkg[dask]'``).

Fault model
-----------
* Tasks are pure: a shard's task key is a digest of its papers, and the output depends on nothing
  else, so running a task twice (Dask's ``retries=``, or a rerun after a lost worker) gives the same
  lines.
* Only the client writes, and it writes each shard once, atomically (:func:`paperkg.files.atomic_writer`):
  a lost worker or a retried task can neither lose nor duplicate a record, and a reader never sees
  half a shard.
* After a shard, the client writes its manifest ``extractions-NNNNN.jsonl.done`` (JSON: the digest of
  the shard's input papers, the record count, the size and SHA-256 of the shard and its E040 failures).
  A shard counts as complete only when its manifest exists, names the same input digest and matches
  the file on disk; a rerun skips complete shards and redoes the rest, so an interrupted run resumes.
  ``.done`` is not an input suffix, so ``paperkg build DIR`` reads only the shards.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .files import atomic_writer
from .jsonl import dumps_record
from .pipeline import ExtractionReport, extract
from .records import Paper

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

log = logging.getLogger(__name__)

#: Name of shard ``i`` in the output directory; the zero padding keeps ``sorted()`` in shard order.
SHARD_NAME = "extractions-{index:05d}.jsonl"
#: Suffix of a shard's manifest, written after the shard.
MANIFEST_SUFFIX = ".done"

_local = threading.local()


class ShardError(RuntimeError):
    """Some shards failed even after their retries; the others are written and a rerun resumes."""


def _worker_nlp() -> Language:
    """The pipeline of this worker thread, built on first use and then reused for every shard.

    One per thread rather than per process: :func:`extract` installs its error handler on the
    pipeline, so two tasks running at once in one process must not share it.
    """
    nlp = getattr(_local, "nlp", None)
    if nlp is None:
        from .pipeline import make_nlp

        nlp = _local.nlp = make_nlp()
    return nlp


def extract_shard(papers: Sequence[Paper]) -> tuple[list[str], list[str]]:
    """The records of one shard as JSON lines (no newline), and its E040 failure messages.

    This is the Dask task. It is pure: the same papers give the same lines, so a retry is harmless.
    """
    report = ExtractionReport()
    lines = [dumps_record(r) for r in extract(list(papers), _worker_nlp(), report=report)]
    return lines, list(report.failures)


def shard_digest(papers: Sequence[Paper]) -> str:
    """SHA-256 of the shard's input (every field of every paper, and the paperkg version)."""
    h = hashlib.sha256(f"paperkg {__version__}\n".encode())
    for paper in papers:
        h.update(json.dumps(dataclasses.asdict(paper), sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def read_manifest(shard: Path) -> dict[str, Any] | None:
    """The manifest of a shard file, or None if it has none (or an unreadable one)."""
    try:
        manifest = json.loads(shard.with_name(shard.name + MANIFEST_SUFFIX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_complete(shard: Path, digest: str) -> bool:
    """Whether ``shard`` was fully written from the input with this digest (so a rerun can skip it)."""
    manifest = read_manifest(shard)
    if manifest is None or manifest.get("input") != digest:
        return False
    try:
        data = shard.read_bytes()
    except OSError:
        return False
    return manifest.get("bytes") == len(data) and manifest.get("sha256") == hashlib.sha256(data).hexdigest()


def write_shard(shard: Path, digest: str, lines: Sequence[str], failures: Sequence[str]) -> None:
    """Write the shard, then its manifest, each atomically: a crash between the two only redoes the shard."""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    with atomic_writer(shard, binary=True) as f:
        f.write(data)
    manifest = {
        "input": digest,
        "records": len(lines),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "failures": list(failures),
    }
    with atomic_writer(shard.with_name(shard.name + MANIFEST_SUFFIX)) as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")


def _remove_stale(out_dir: Path, count: int) -> None:
    """Delete shards (and manifests) numbered ``count`` or more, left by an earlier run over more papers.

    Left in place they would be read by ``paperkg build DIR`` and duplicate or resurrect records.
    """
    for path in out_dir.glob("extractions-[0-9][0-9][0-9][0-9][0-9].jsonl*"):
        number = path.name[len("extractions-") : len("extractions-") + 5]
        if int(number) >= count and path.name.endswith((".jsonl", ".jsonl" + MANIFEST_SUFFIX)):
            path.unlink()


def extract_on_dask(
    papers: Sequence[Paper],
    out_dir: str | Path,
    *,
    scheduler: Any = None,
    shard_size: int = 2000,
    retries: int = 3,
    report: ExtractionReport | None = None,
) -> list[Path]:
    """Extract ``papers`` on a Dask cluster into ``out_dir/extractions-NNNNN.jsonl``; returns the shard paths.

    Parameters
    ----------
    papers
        The papers, in input order; shard ``i`` holds papers ``i*shard_size`` to ``(i+1)*shard_size - 1``.
    out_dir
        Directory of the shards (created if missing). Complete shards from an earlier run over the same
        papers are kept, not recomputed.
    scheduler
        ``None`` (a local cluster of processes, one thread each, started and stopped here), a scheduler
        address such as ``"tcp://host:8786"``, or a ``distributed.Client`` (left open).
    shard_size
        Papers per task and per file: large enough to amortise task overhead, small enough that a lost
        worker costs little to redo.
    retries
        How many times Dask reruns a shard whose task raised (a lost worker is rescheduled by Dask itself).
    report
        Receives the E040 failure messages of papers that could not be extracted, as in :func:`extract`.

    Raises
    ------
    ShardError
        If a shard still fails after its retries; every other shard is written first.
    """
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, not {shard_size}")
    from distributed import Client, LocalCluster, as_completed

    report = report if report is not None else ExtractionReport()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    papers = list(papers)
    shards = [papers[i : i + shard_size] for i in range(0, len(papers), shard_size)]
    paths = [out / SHARD_NAME.format(index=i) for i in range(len(shards))]
    digests = [shard_digest(s) for s in shards]
    _remove_stale(out, len(shards))

    failures: dict[int, list[str]] = {}
    todo: list[int] = []
    for i, path in enumerate(paths):
        if is_complete(path, digests[i]):
            failures[i] = list((read_manifest(path) or {}).get("failures", []))
        else:
            todo.append(i)
    if len(todo) < len(shards):
        log.info("%d of %d shards already complete in %s; resuming", len(shards) - len(todo), len(shards), out)
    if not todo:
        report.failures.extend(f for i in sorted(failures) for f in failures[i])
        return paths

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(threads_per_worker=1)
        client = Client(cluster)
    elif isinstance(scheduler, Client):
        client = scheduler
    else:
        client = Client(scheduler)
    try:
        errors: list[str] = []
        # Bounded in flight, so the scheduler never holds the whole corpus at once.
        window = max(2, 2 * sum(client.nthreads().values()))
        pending = iter(todo)
        index_of: dict[str, int] = {}

        def submit() -> Any:
            i = next(pending, None)
            if i is None:
                return None
            future = client.submit(
                extract_shard, shards[i], key=f"paperkg-shard-{i:05d}-{digests[i][:16]}", pure=True, retries=retries
            )
            index_of[future.key] = i
            return future

        running = as_completed([f for f in (submit() for _ in range(window)) if f is not None], with_results=False)
        for future in running:
            i = index_of.pop(future.key)
            try:
                lines, shard_failures = future.result()
            except Exception as e:  # a task that failed every retry
                errors.append(f"shard {i} ({paths[i].name}): {e.__class__.__name__}: {e}")
            else:
                write_shard(paths[i], digests[i], lines, shard_failures)
                failures[i] = shard_failures
            future.release()
            nxt = submit()
            if nxt is not None:
                running.add(nxt)
    finally:
        if client is not scheduler:
            client.close()
        if cluster is not None:
            cluster.close()
    # In input order, whatever order the shards completed in.
    report.failures.extend(f for i in sorted(failures) for f in failures[i])
    if errors:
        raise ShardError(f"{len(errors)} of {len(shards)} shards failed after {retries} retries; rerun to resume: " + "; ".join(errors))
    return paths
