"""Corpus readers: listing text files and JSON Lines records in, merged :class:`Paper` records out.

Two input formats are read:

* **Listings**, a saved "trending papers" page as text: a few lines of page chrome, a date line
  ("Mar 19"), then non-empty lines alternating title and abstract.
* **JSON Lines**, one object per line with ``title`` and ``abstract`` and optional ``id``, ``url``,
  ``date`` and ``authors``, so that any other source can be fed in. Extraction records (the output of
  ``paperkg extract``, which also hold ``entities`` and ``claims``) are read as papers whose extraction
  is already done, so sharded extraction output feeds ``paperkg build`` directly.

Bad input never stops good input: each problem is recorded as a coded message naming the file and
line (see :mod:`paperkg.errors`), the offending record is skipped, and everything else is kept.
The same title read from several places becomes one paper whose ``listings`` name every place.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import Errors
from .records import Extraction, Listing, Paper, paper_id

#: Lines of page chrome that precede the papers in a saved listing.
LISTING_CHROME = frozenset(
    {
        "new",
        "get trending papers in your email inbox!",
        "subscribe",
        "byak and the research community",
    }
)
_DATE_LINE = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(, ?\d{4})?$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_URL = re.compile(r"https?://[^\s<>\"'{}|\\^`\]\)]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\""
#: An abstract is at least this long, or has at least two sentences; titles are short and have one.
ABSTRACT_MIN_CHARS = 250
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
LISTING_SUFFIXES = (".txt",)


@dataclass(frozen=True, slots=True)
class RawPaper:
    """One title/abstract pair as read, before papers from several places are merged."""

    title: str
    abstract: str
    listings: tuple[Listing, ...]
    url: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    external_id: str | None = None
    urls: tuple[str, ...] = ()
    record: Extraction | None = None


@dataclass(slots=True)
class Corpus:
    """Papers read from the inputs, with every problem met on the way.

    ``extracted`` holds the extraction of papers that were read from extraction records.
    """

    papers: list[Paper] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    extracted: dict[str, Extraction] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return len(self.problems)


def find_urls(text: str) -> tuple[str, ...]:
    """URLs in a text (code links in abstracts), without trailing punctuation, in order, unique.

    Examples
    --------
    >>> find_urls("Code: https://github.com/a/b. See (https://x.org/y).")
    ('https://github.com/a/b', 'https://x.org/y')
    """
    out: dict[str, None] = {}
    for m in _URL.finditer(text):
        out[m.group().rstrip(_URL_TRAILING)] = None
    return tuple(out)


def looks_like_abstract(line: str) -> bool:
    """Tell an abstract line from a title line, to resynchronise after a missing line."""
    return len(line) >= ABSTRACT_MIN_CHARS or len(_SENTENCE_END.findall(line)) >= 2


def _read_lines(path: Path, problems: list[str]) -> Iterator[tuple[int, str]] | None:
    """Numbered lines of a text file, streamed, or None (with a problem recorded) when it cannot be read.

    An unreadable, empty (or blank) or binary file is told apart before any line is given, by reading its
    first bytes; the lines themselves are then read one at a time, so a large JSON Lines file is never
    held in memory whole.
    """
    try:
        f = path.open("rb")
    except FileNotFoundError:
        problems.append(Errors.E031.format(path=path))
        return None
    except OSError as e:
        problems.append(Errors.E001.format(path=path, reason=e.strerror or e.__class__.__name__))
        return None
    try:
        head = f.read(8192)
        blank = not head.strip()
        while blank and (chunk := f.read(1 << 20)):
            blank = not chunk.strip()
    except OSError as e:
        f.close()
        problems.append(Errors.E001.format(path=path, reason=e.strerror or e.__class__.__name__))
        return None
    if blank:
        f.close()
        problems.append(Errors.E002.format(path=path))
        return None
    if b"\x00" in head:
        f.close()
        problems.append(Errors.E003.format(path=path))
        return None
    f.seek(0)
    return _decoded_lines(f, path, problems)


def _decoded_lines(f: IO[bytes], path: Path, problems: list[str]) -> Iterator[tuple[int, str]]:
    with f:
        for number, raw in enumerate(f, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            raw = raw.rstrip(b"\n")
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                # Keep the line (with replacement characters) so no record is lost, but say so.
                problems.append(Errors.E004.format(path=path, line=number, reason=e.reason))
                text = raw.decode("utf-8", errors="replace")
            yield number, text.rstrip("\r")


def read_listing(path: Path, problems: list[str]) -> Iterator[RawPaper]:
    """Title/abstract pairs of a saved listing; problems are appended to ``problems``."""
    lines = _read_lines(path, problems)
    if lines is None:
        return
    body = [(n, line.strip()) for n, line in lines if line.strip()]
    date = None
    i = 0
    while i < len(body) and body[i][1].casefold() in LISTING_CHROME:
        i += 1
    if i < len(body) and _DATE_LINE.match(body[i][1]):
        date = body[i][1]
        i += 1
    pending: tuple[int, str] | None = None
    for number, line in body[i:]:
        if pending is None:
            if looks_like_abstract(line):
                problems.append(Errors.E011.format(path=path, line=number))
            else:
                pending = (number, line)
        elif looks_like_abstract(line):
            yield RawPaper(title=pending[1], abstract=line, listings=(Listing(str(path), pending[0], date),))
            pending = None
        else:
            problems.append(Errors.E010.format(path=path, line=pending[0], title=pending[1]))
            pending = (number, line)
    if pending is not None:
        problems.append(Errors.E010.format(path=path, line=pending[0], title=pending[1]))


def _optional_str(record: dict[str, Any], key: str, path: Path, number: int, problems: list[str]) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    problems.append(
        Errors.E023.format(path=path, line=number, field=key, expected="a string", kind=type(value).__name__)
    )
    return None


def read_jsonl(path: Path, problems: list[str]) -> Iterator[RawPaper]:
    """Records of a JSON Lines file; problems are appended to ``problems``."""
    lines = _read_lines(path, problems)
    if lines is None:
        return
    for number, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(Errors.E020.format(path=path, line=number, reason=e.msg))
            continue
        if not isinstance(record, dict):
            problems.append(Errors.E021.format(path=path, line=number, kind=type(record).__name__))
            continue
        missing = [k for k in ("title", "abstract") if not isinstance(record.get(k), str) or not record[k].strip()]
        if missing:
            problems.append(Errors.E022.format(path=path, line=number, field=missing[0]))
            continue
        if "entities" in record and "claims" in record and "id" in record:
            try:
                extraction = Extraction.from_dict(record)
            except (ValueError, KeyError, TypeError) as e:
                problems.append(Errors.E050.format(path=path, line=number, reason=f"{e.__class__.__name__}: {e}"))
                continue
            p = extraction.paper
            yield RawPaper(
                title=p.title, abstract=p.abstract, listings=p.listings or (Listing(str(path), number, p.date),),
                url=p.url, date=p.date, authors=p.authors, external_id=p.external_id, urls=p.urls, record=extraction,
            )
            continue
        authors = record.get("authors") or []
        if isinstance(authors, str):
            authors = (authors,)
        elif not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
            problems.append(
                Errors.E023.format(
                    path=path, line=number, field="authors", expected="a list of strings", kind=type(authors).__name__
                )
            )
            authors = ()
        date = _optional_str(record, "date", path, number, problems)
        yield RawPaper(
            title=" ".join(record["title"].split()),
            abstract=record["abstract"].strip(),
            listings=(Listing(str(path), number, date),),
            url=_optional_str(record, "url", path, number, problems),
            date=date,
            authors=tuple(authors),
            external_id=_optional_str(record, "id", path, number, problems),
        )


def is_jsonl(path: Path) -> bool:
    """JSON Lines by suffix, or (for any other suffix) by a first non-blank character of ``{``."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return True
    if suffix in LISTING_SUFFIXES:
        return False
    try:
        with path.open("rb") as f:
            head = f.read(1024).lstrip()
    except OSError:
        return False
    return head.startswith(b"{")


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the listing and JSONL files inside named directories (sorted)."""
    out: list[Path] = []
    for p in inputs:
        if p.is_dir():
            out.extend(
                sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in LISTING_SUFFIXES + JSONL_SUFFIXES)
            )
        else:
            out.append(p)
    return out


def merge_papers(raws: Iterable[RawPaper], extracted: dict[str, Extraction] | None = None) -> list[Paper]:
    """One Paper per distinct title, in order of first appearance, listing every place it came from.

    The extraction of papers read from extraction records goes into ``extracted`` (by paper id).
    """
    merged: dict[str, Paper] = {}
    for raw in raws:
        pid = paper_id(raw.title)
        urls = tuple(dict.fromkeys(raw.urls + find_urls(raw.abstract)))
        if raw.record is not None and extracted is not None:
            extracted.setdefault(pid, raw.record)
        seen = merged.get(pid)
        if seen is None:
            merged[pid] = Paper(
                id=pid,
                title=raw.title,
                abstract=raw.abstract,
                listings=raw.listings,
                urls=urls,
                url=raw.url,
                date=raw.date,
                authors=raw.authors,
                external_id=raw.external_id,
            )
            continue
        merged[pid] = Paper(
            id=pid,
            title=seen.title,
            abstract=seen.abstract,
            listings=seen.listings + tuple(s for s in raw.listings if s not in seen.listings),
            urls=tuple(dict.fromkeys(seen.urls + urls)),
            url=seen.url or raw.url,
            date=seen.date or raw.date,
            authors=seen.authors or raw.authors,
            external_id=seen.external_id or raw.external_id,
        )
    return list(merged.values())


def read_papers(inputs: Iterable[str | Path]) -> Corpus:
    """Read every input (files or directories) into one merged corpus; never raises on bad input."""
    problems: list[str] = []
    # A generator: papers are merged as they are read, so the raw records are never all held at once.
    raws = (
        raw
        for path in expand_inputs(Path(p) for p in inputs)
        for raw in (read_jsonl if is_jsonl(path) else read_listing)(path, problems)
    )
    extracted: dict[str, Extraction] = {}
    papers = merge_papers(raws, extracted)
    return Corpus(papers=papers, problems=problems, extracted=extracted)
