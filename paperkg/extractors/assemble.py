"""From an annotated Doc to an :class:`~paperkg.records.Extraction`: mentions grouped into entities.

Mentions are grouped by the key of their name (:func:`paperkg.names.entity_key`), so an abbreviation pair
and every later use of either form become one entity, while a successor ("LoRA+") stays apart from its
stem. The record's name is the lexicon's canonical name when there is one (so the same thing is named
alike across papers), else the fullest surface form; every other surface form is an alias.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ..names import entity_key
from ..records import Claim, Entity, Extraction, Mention, Paper
from .entities import SOURCE_RANK

_PHRASE_TYPES = frozenset({"task", "method", "metric"})
# "the PIE dataset", "the SheepQA benchmark": the name with its head is another surface form of it.
_DATA_HEAD_AFTER_RE = re.compile(r"[ -](?:dataset|benchmark|corpus|suite|test set|leaderboard)\b", re.IGNORECASE)


# A claim's measure is no metric entity when it only says "how well" or "less", or names a setting.
_VAGUE_MEASURE_LEADS = frozenset("performance less more higher lower better".split())
_SETTING_HEADS = frozenset("tokens length window dimension dimensions data datapoints resources".split())


def _known(group: list[dict[str, Any]]) -> bool:
    return any(m.get("source") == "lexicon" for m in group)


def _fold_short_phrases(groups: dict[str, list[dict[str, Any]]]) -> None:
    """Fold a term phrase into a longer one of the same type that ends with it ("game testing" into
    "video game testing"): within one paper the shorter is the longer one's short form. A contribution
    is not the long form of the known technique it builds on, and two terms the lexicon lists apart stay apart."""
    names = {key: group[0]["name"] for key, group in groups.items()}
    for key, name in sorted(names.items(), key=lambda kv: len(kv[1])):
        words = name.lower().split()
        if len(words) < 2 or not name.islower() or groups[key][0]["type"] not in _PHRASE_TYPES:
            continue
        for other, longer in names.items():
            if other == key or other not in groups or len(longer) <= len(name):
                continue
            if any(m["proposed"] for m in groups[other]):
                continue  # "Recursive Speculative Decoding" is the paper's own; "speculative decoding" is not
            if _known(groups[other]) and _known(groups[key]):
                continue  # the lexicon knows both: "Gated Linear Attention" is a kind of "linear attention"
            if groups[other][0]["type"] == groups[key][0]["type"] and longer.lower().split()[-len(words) :] == words:
                groups[other].extend(groups.pop(key))
                break


def _merge_shared_surfaces(groups: dict[str, list[dict[str, Any]]], text: str) -> None:
    """Merge groups that share a written form: "CoEs" is the plural of the "CoE" that "Composition of
    Experts (CoE)" defined, and "Megatron-Turing NLG 530B (MT-NLG)", named after its family by the
    lexicon, is the same thing as the sized name found on its own. One surface, one entity."""
    owner: dict[str, str] = {}
    for key in list(groups):
        surfaces = {key} | {entity_key(text[m["start"] : m["end"]]) for m in groups[key]}
        into = next((owner[s] for s in sorted(surfaces) if s in owner), key)
        if into != key:
            groups[into].extend(groups.pop(key))
        owner.update(dict.fromkeys(surfaces, into))


def group_entities(paper: Paper, mentions: list[dict[str, Any]], background: tuple[int, int] = (0, 0)) -> tuple[Entity, ...]:
    """One Entity per distinct name of the paper, in order of first mention.

    ``background`` is the span of the abstract's opening sentences, which set out the problem: a known
    measure named once there and nowhere else is what the field cares about, not what the paper measures
    ("Despite their superior accuracy, LLMs ...").
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        groups.setdefault(entity_key(m["name"]) or m["name"], []).append(m)
    _fold_short_phrases(groups)
    _merge_shared_surfaces(groups, paper.text)
    text = paper.text
    entities = []
    for group in groups.values():
        strongest = min(group, key=lambda m: SOURCE_RANK[m["source"]])
        if strongest["type"] == "metric" and len(group) == 1 and group[0]["source"] == "lexicon" \
                and background[0] <= group[0]["start"] < background[1]:
            continue
        located = []
        for m in group:
            where = paper.locate(m["start"], m["end"])
            if where is not None:
                field, start, end = where
                located.append(Mention(text=text[m["start"] : m["end"]], field=field, start=start, end=end))
        if not located:
            continue
        located.sort(key=lambda m: (m.field != "title", m.start))
        surfaces = list(dict.fromkeys(m.text for m in located))
        canonical = [m["name"] for m in group if m["source"] in ("lexicon", "abbreviation")]
        name = canonical[0] if canonical else max(surfaces, key=len)
        if strongest["type"] in ("dataset", "benchmark"):
            for m in group:
                head = _DATA_HEAD_AFTER_RE.match(text, m["end"])
                if head is not None and not _DATA_HEAD_AFTER_RE.search(text[m["start"] : m["end"]]):
                    surfaces.append(text[m["start"] : head.end()])
            surfaces = list(dict.fromkeys(surfaces))
        entities.append(
            Entity(
                name=name,
                type=strongest["type"],
                aliases=tuple(s for s in surfaces if s != name),
                proposed=any(m["proposed"] for m in group),
                mentions=tuple(located),
            )
        )
    return tuple(entities)


def to_claims(paper: Paper, claims: list[dict[str, Any]]) -> tuple[Claim, ...]:
    """Claims with offsets into the abstract (the finder saw only the abstract)."""
    return tuple(Claim.from_dict(c) for c in claims if paper.abstract[c["start"] : c["end"]] == c["text"])


def claim_metric_mentions(
    text: str, offset: int, claims: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Metric mentions for the metrics that claims report, where the abstract names them as written.

    A quantity the paper reports a number for is, by the guidelines, a metric of the paper
    ("inference time", "GPU memory"), even when no lexicon knows it.
    """
    taken = [(m["start"], m["end"]) for m in mentions]
    found = []
    for metric in dict.fromkeys(c["metric"] for c in claims if c.get("metric")):
        words = metric.lower().split()
        if len(words) < 2:
            continue  # a one-word metric is either in the lexicons already or too vague ("values", "time")
        if words[0] in _VAGUE_MEASURE_LEADS or words[-1] in _SETTING_HEADS:
            continue  # "performance drop", "less memory"; "training tokens", "context window" are settings
        for m in re.finditer(rf"(?<![\w-]){re.escape(metric)}(?![\w-])", text[offset:], re.IGNORECASE):
            start, end = m.start() + offset, m.end() + offset
            if not any(s < end and start < e for s, e in taken):
                found.append({"start": start, "end": end, "type": "metric", "name": metric, "proposed": False, "source": "phrase"})
                taken.append((start, end))
    return found


def to_extraction(doc: Doc, paper: Paper) -> Extraction:
    """The extraction record of one paper from its annotated Doc."""
    mentions = list(doc._.pkg_entities or [])
    claims = doc._.pkg_claims or []
    mentions += claim_metric_mentions(paper.text, doc._.pkg_abstract_offset or 0, claims, mentions)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return Extraction(paper=paper, entities=group_entities(paper, mentions, _opening(doc)), claims=to_claims(paper, claims))


def _opening(doc: Doc) -> tuple[int, int]:
    """The span of the abstract's first two sentences in the Doc's text."""
    offset = doc._.pkg_abstract_offset or 0
    ends = [end for start, end in doc._.pkg_sentences or [] if start >= offset]
    return (offset, ends[1]) if len(ends) > 2 else (0, 0)  # a short abstract has no background to set out
