"""The records that flow between stages: plain, frozen, and serialised exactly as the schema says.

``Extraction.to_dict`` writes one object of ``extraction.schema.json`` (the contract of
``paperkg extract``); ``Extraction.from_dict`` reads it back, so every later stage (graph, exports)
can start from the JSONL file alone.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["method", "model", "dataset", "benchmark", "metric", "task"]
ENTITY_TYPES: tuple[EntityType, ...] = ("method", "model", "dataset", "benchmark", "metric", "task")
Field = Literal["title", "abstract"]
Direction = Literal["increase", "decrease", "none"]
QUALIFIERS = ("up to", "average", "about", "more than", "at least", "less than")

#: Separator between title and abstract in ``Paper.text``, the string the extractors read.
TEXT_SEPARATOR = "\n\n"


def normalise_title(title: str) -> str:
    """The key under which two listings' copies of a paper are the same paper.

    Examples
    --------
    >>> normalise_title("  Attention  Is All\\u00a0you need ") == normalise_title("attention is all you need")
    True
    """
    return " ".join(unicodedata.normalize("NFKC", title).casefold().split())


def paper_id(title: str) -> str:
    """Stable id from the title alone: the same on every run and machine.

    Examples
    --------
    >>> paper_id("Attention Is All You Need")
    'p-4a1c934d3d98'
    """
    digest = hashlib.sha256(normalise_title(title).encode("utf-8")).hexdigest()
    return f"p-{digest[:12]}"


@dataclass(frozen=True, slots=True)
class Listing:
    """One place a paper was read from: file, the listing's date line (if any) and the title's line."""

    file: str
    line: int
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "date": self.date}


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper as read from the inputs, merged across listings."""

    id: str
    title: str
    abstract: str
    listings: tuple[Listing, ...] = ()
    urls: tuple[str, ...] = ()
    url: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    external_id: str | None = None

    @property
    def text(self) -> str:
        """Title and abstract as one string; offsets map back through :meth:`locate`."""
        return self.title + TEXT_SEPARATOR + self.abstract

    @property
    def abstract_offset(self) -> int:
        return len(self.title) + len(TEXT_SEPARATOR)

    def locate(self, start: int, end: int) -> tuple[Field, int, int] | None:
        """Map a span of :attr:`text` to ``(field, start, end)``; None if it straddles the separator."""
        if end <= len(self.title):
            return "title", start, end
        offset = self.abstract_offset
        if start >= offset:
            return "abstract", start - offset, end - offset
        return None

    def source_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"listings": [s.to_dict() for s in self.listings], "urls": list(self.urls)}
        for key in ("url", "date", "external_id"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.authors:
            out["authors"] = list(self.authors)
        return out

    @classmethod
    def from_record(cls, d: Mapping[str, Any]) -> Paper:
        src = d.get("source") or {}
        return cls(
            id=d["id"],
            title=d["title"],
            abstract=d["abstract"],
            listings=tuple(
                Listing(file=s["file"], line=s["line"], date=s.get("date")) for s in src.get("listings", [])
            ),
            urls=tuple(src.get("urls", [])),
            url=src.get("url"),
            date=src.get("date"),
            authors=tuple(src.get("authors", [])),
            external_id=src.get("external_id"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """An exact span of the title or abstract: ``getattr(paper, field)[start:end] == text``."""

    text: str
    field: Field
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "field": self.field, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        return cls(text=d["text"], field=d["field"], start=d["start"], end=d["end"])


@dataclass(frozen=True, slots=True)
class Entity:
    """One distinct entity of one paper, with every mention of it."""

    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    proposed: bool = False
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "proposed": self.proposed,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        return cls(
            name=d["name"],
            type=d["type"],
            aliases=tuple(d.get("aliases", ())),
            proposed=bool(d.get("proposed", False)),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """A claimed number of the abstract, with what it measures and the sentence it came from."""

    text: str
    value: float
    unit: str
    direction: Direction
    start: int
    end: int
    sentence: str
    metric: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    benchmark: str | None = None
    baseline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "metric": self.metric,
            "direction": self.direction,
            "qualifier": self.qualifier,
            "subject": self.subject,
            "benchmark": self.benchmark,
            "baseline": self.baseline,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        return cls(
            text=d["text"],
            value=float(d["value"]),
            unit=d["unit"],
            direction=d["direction"],
            start=d["start"],
            end=d["end"],
            sentence=d["sentence"],
            metric=d.get("metric"),
            qualifier=d.get("qualifier"),
            subject=d.get("subject"),
            benchmark=d.get("benchmark"),
            baseline=d.get("baseline"),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one paper: the unit of ``extractions.jsonl``."""

    paper: Paper
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    claims: tuple[Claim, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "abstract": self.paper.abstract,
            "source": self.paper.source_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "claims": [c.to_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Extraction:
        return cls(
            paper=Paper.from_record(d),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            claims=tuple(Claim.from_dict(c) for c in d.get("claims", ())),
        )


_SLUG_DROP = re.compile(r"[^\w]+", re.UNICODE)


def slug(name: str) -> str:
    """A readable, deterministic key for a name: lower case, word characters joined by '-'.

    Examples
    --------
    >>> slug("Low-Rank Adaptation (LoRA)")
    'low-rank-adaptation-lora'
    """
    s = _SLUG_DROP.sub("-", unicodedata.normalize("NFKC", name).casefold()).strip("-_")
    return s or hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
