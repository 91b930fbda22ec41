"""A cache of extraction results keyed by the content of each paper, so rebuilds extract only new papers.

The key hashes the paper's title and abstract with a fingerprint of the extractors (their code and
lexicons): editing a rule or a lexicon invalidates every entry, adding a listing invalidates none.
Only what extraction produced (entities and claims) is cached; the paper's provenance (which listings
name it) is always taken from the current inputs.

The cache is one append-only JSON Lines file. Each entry is written and flushed as soon as its paper
is extracted, so an interrupted build resumes where it stopped; a torn last line (the process killed
mid-write) is ignored on the next read.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from .records import Claim, Entity, Extraction, Paper

#: The cache file inside a build directory.
CACHE_FILE = Path(".paperkg-cache") / "extractions.jsonl"


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the extractors' code and data: it changes whenever extraction could change."""
    digest = hashlib.sha256()
    root = resources.files("paperkg")
    names = ["pipeline.py", "records.py", "sentences.py", "names.py"]
    files = [root.joinpath(n) for n in names]
    extractors = root.joinpath("extractors")
    files += sorted((f for f in extractors.iterdir() if f.name.endswith(".py")), key=lambda f: f.name)
    lexicons = extractors.joinpath("lexicons")
    files += sorted((f for f in lexicons.iterdir() if f.is_file()), key=lambda f: f.name)
    for f in files:
        digest.update(f.name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def content_key(paper: Paper, fingerprint: str | None = None) -> str:
    """The cache key of a paper: its title and abstract under the current extractors."""
    text = f"{fingerprint or extractor_fingerprint()}\0{paper.title}\0{paper.abstract}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Entities and claims by content key, read from and appended to one JSONL file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fingerprint = extractor_fingerprint()
        self._entries: dict[str, tuple[list[Any], list[Any]]] = {}
        self._stream: IO[str] | None = None
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    try:
                        entry = json.loads(line)
                        self._entries[entry["key"]] = (entry["entities"], entry["claims"])
                    except (ValueError, KeyError, TypeError):
                        continue  # a torn line from an interrupted run: that paper is simply extracted again

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, paper: Paper) -> Extraction | None:
        """The cached extraction of ``paper`` with its current provenance, or None."""
        hit = self._entries.get(content_key(paper, self.fingerprint))
        if hit is None:
            return None
        entities, claims = hit
        return Extraction(
            paper=paper,
            entities=tuple(Entity.from_dict(e) for e in entities),
            claims=tuple(Claim.from_dict(c) for c in claims),
        )

    def put(self, record: Extraction) -> None:
        """Append one extraction and flush it, so that a crash loses at most the line being written."""
        key = content_key(record.paper, self.fingerprint)
        if key in self._entries:
            return
        d = record.to_dict()
        self._entries[key] = (d["entities"], d["claims"])
        if self._stream is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = self.path.open("a", encoding="utf-8")
        self._stream.write(json.dumps({"key": key, "entities": d["entities"], "claims": d["claims"]}, ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def merge_in_order(
    papers: Iterable[Paper], known: dict[str, Extraction], fresh: Iterator[Extraction]
) -> Iterator[Extraction]:
    """Known and freshly extracted records in the papers' order.

    ``fresh`` yields the extractions of the papers missing from ``known``, in order, minus those whose
    extraction failed (they are skipped, as the pipeline reports them).
    """
    pending: Extraction | None = next(fresh, None)
    for paper in papers:
        record = known.get(paper.id)
        if record is not None:
            yield record
        elif pending is not None and pending.paper.id == paper.id:
            yield pending
            pending = next(fresh, None)


__all__ = ["CACHE_FILE", "ExtractionCache", "content_key", "extractor_fingerprint", "merge_in_order"]
