"""Scoring extraction records against gold annotations, as the annotation guidelines define it.

Entities are compared per paper as sets of (name, type): a prediction matches a gold entity of the
same type when any of its keys (name, aliases, mention texts, through :func:`paperkg.names.name_key`)
equals a key of the gold entity (name or aliases); matching is greedy and one-to-one. Scores are
micro-averaged over papers per type, for dataset and benchmark merged ("data"), ignoring type, and
macro-averaged over the six types. Claims match when values agree within 0.5% and units agree after
normalisation; direction, metric (a shared content word) and benchmark are then scored on matched pairs.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .names import name_key
from .records import ENTITY_TYPES, normalise_title

Record = Mapping[str, Any]
_METRIC_STOPWORDS = frozenset({"the", "of", "a", "an", "on", "in", "for", "to", "and", "rate", "score"})
_PERCENT = frozenset({"%", "percent", "percentage", "pct"})
_TIMES = frozenset({"x", "×", "times", "fold", "-fold", "time"})
_POINTS = frozenset({"point", "points", "pts", "pt", "pp", "percentage point", "percentage points"})


def unit_class(unit: str | None) -> str:
    """The unit's class: "%", "x", "points", or the unit's name key."""
    u = (unit or "").strip().lower().replace("\\", "")
    if u in _PERCENT:
        return "%"
    if u in _TIMES:
        return "x"
    if u in _POINTS:
        return "points"
    return name_key(u)


def _gold_keys(e: Record) -> set[str]:
    return {name_key(e["name"])} | {name_key(a) for a in e.get("aliases") or ()}


def _pred_keys(e: Record) -> set[str]:
    keys = {name_key(e.get("name", ""))} | {name_key(a) for a in e.get("aliases") or ()}
    keys |= {name_key(m["text"]) for m in e.get("mentions") or () if isinstance(m, Mapping) and m.get("text")}
    keys.discard("")
    return keys


def _greedy(gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def prf(tp: int, npred: int, ngold: int) -> dict[str, Any]:
    """Precision, recall and F1 (rounded to 4 places) with the counts behind them."""
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def _typed(entities: Iterable[Record], group: Callable[[str], str | None]) -> list[tuple[str, Record]]:
    return [(t, e) for e in entities if (t := group(e.get("type", ""))) is not None]


def _dedupe(pred: list[tuple[str, Record]]) -> list[tuple[str, Record]]:
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for t, e in pred:
        k = (t, frozenset(_pred_keys(e)))
        if k not in seen:
            seen.add(k)
            out.append((t, e))
    return out


def _entity_matches(gold: Record, pred: Record, group: Callable[[str], str | None]):
    g = _typed(gold.get("entities", []), group)
    p = _dedupe(_typed(pred.get("entities", []), group))
    pairs = _greedy(g, p, lambda a, b: a[0] == b[0] and bool(_gold_keys(a[1]) & _pred_keys(b[1])))
    return g, p, pairs


def score_entities(pairs: Sequence[tuple[Record, Record]], group: Callable[[str], str | None]) -> dict[str, Any]:
    tp = npred = ngold = 0
    for gold, pred in pairs:
        g, p, matched = _entity_matches(gold, pred, group)
        tp, npred, ngold = tp + len(matched), npred + len(p), ngold + len(g)
    return prf(tp, npred, ngold)


def _value(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def same_claim(g: Record, p: Record) -> bool:
    gv, pv = _value(g.get("value")), _value(p.get("value"))
    if gv is None or pv is None:
        return False
    return abs(gv - pv) <= max(1e-9, 0.005 * abs(gv)) and unit_class(g.get("unit")) == unit_class(p.get("unit"))


def _content_words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in _METRIC_STOPWORDS}


def same_metric(gold: str, pred: str | None) -> bool:
    gw, pw = _content_words(gold), _content_words(pred)
    return bool(gw & pw) if gw and pw else name_key(gold) == name_key(pred or "")


def score_claims(pairs: Sequence[tuple[Record, Record]]) -> dict[str, Any]:
    tp = npred = ngold = 0
    attr = {"direction": [0, 0], "metric": [0, 0], "benchmark": [0, 0]}
    for gold, pred in pairs:
        g, p = gold.get("claims", []), pred.get("claims", [])
        matched = _greedy(g, p, same_claim)
        tp, npred, ngold = tp + len(matched), npred + len(p), ngold + len(g)
        for gc, pc in matched:
            attr["direction"][1] += 1
            attr["direction"][0] += (gc.get("direction") or "none") == (pc.get("direction") or "none")
            if gc.get("metric"):
                attr["metric"][1] += 1
                attr["metric"][0] += same_metric(gc["metric"], pc.get("metric"))
            if gc.get("benchmark"):
                attr["benchmark"][1] += 1
                attr["benchmark"][0] += bool(pc.get("benchmark")) and name_key(gc["benchmark"]) == name_key(pc["benchmark"])
    out = prf(tp, npred, ngold)
    for k, (ok, n) in attr.items():
        out[k + "_acc"] = round(ok / n, 4) if n else None
    return out


def link_accuracy(gold: Sequence[Record], predicted: Iterable[Record], attribute: str = "subject") -> float | None:
    """The share of matched claims whose gold ``attribute`` ("subject" or "baseline") the prediction names
    too: the same name key, without a leading article ("the base model"), or another name of the same
    gold entity. Not part of the guidelines' scoring: a diagnostic of how results are linked to methods
    in the graph."""
    def key(name: str | None) -> str:
        return name_key(_ARTICLE_RE.sub("", name or ""))

    ok = n = 0
    for g, p in pair_papers(gold, predicted):
        same_entity = {k: i for i, e in enumerate(g.get("entities", [])) for k in _gold_keys(e)}
        for gc, pc in _greedy(g.get("claims", []), p.get("claims", []), same_claim):
            if gc.get(attribute):
                n += 1
                gk, pk = key(gc[attribute]), key(pc.get(attribute))
                ok += bool(pk) and (gk == pk or same_entity.get(gk, -1) == same_entity.get(pk, -2))
    return round(ok / n, 4) if n else None


_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def pair_papers(gold: Sequence[Record], predicted: Iterable[Record]) -> list[tuple[Record, Record]]:
    """Gold papers with their predictions, by title key; a gold paper with none is paired with ``{}``."""
    by_title = {name_key(normalise_title(p.get("title", ""))): p for p in predicted}
    return [(g, by_title.get(name_key(normalise_title(g["title"])), {})) for g in gold]


def _one_type(t: str) -> Callable[[str], str | None]:
    return lambda x: x if x == t else None


def score(gold: Sequence[Record], predicted: Iterable[Record]) -> dict[str, Any]:
    """Every figure of the guidelines' scoring, as a JSON-safe dict."""
    pairs = pair_papers(gold, predicted)
    entities: dict[str, Any] = {k: score_entities(pairs, g) for k, g in _groups().items()}
    entities["macro_f1"] = round(sum(entities[t]["f1"] for t in ENTITY_TYPES) / len(ENTITY_TYPES), 4)
    return {
        "papers": len(gold),
        "papers_found": sum(1 for _, p in pairs if p),
        "entities": entities,
        "claims": score_claims(pairs),
    }


def _groups() -> dict[str, Callable[[str], str | None]]:
    """The entity groupings scored: each type, dataset and benchmark merged, and any type."""
    groups = {t: _one_type(t) for t in ENTITY_TYPES}
    groups["data"] = lambda x: "data" if x in ("dataset", "benchmark") else None
    groups["any_type"] = lambda x: "any" if x in ENTITY_TYPES else None
    return groups


def intervals(
    gold: Sequence[Record], predicted: Iterable[Record], samples: int = 1000, seed: int = 0
) -> dict[str, list[float]]:
    """95% intervals of the headline F1s by resampling the gold papers with replacement (percentile
    bootstrap, fixed seed, so the same files give the same interval).

    A gold set of tens of papers measures a figure only to a few points; the interval says how far the
    figure on other papers of the same kind may lie, which matters when comparing against a target.
    """
    pairs = pair_papers(gold, predicted)
    groups = _groups()

    def counts(result: Mapping[str, Any]) -> tuple[int, int, int]:
        return result["tp"], result["pred"], result["gold"]

    per_paper = [
        {**{k: counts(score_entities([pair], g)) for k, g in groups.items()}, "claims": counts(score_claims([pair]))}
        for pair in pairs
    ]
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {"any_type": [], "macro_f1": [], "data": [], "claims": []}
    for _ in range(samples if per_paper else 0):
        sample = [per_paper[rng.randrange(len(per_paper))] for _ in per_paper]
        f1 = {k: prf(*(sum(c[k][i] for c in sample) for i in range(3)))["f1"] for k in per_paper[0]}
        draws["macro_f1"].append(sum(f1[t] for t in ENTITY_TYPES) / len(ENTITY_TYPES))
        for k in ("any_type", "data", "claims"):
            draws[k].append(f1[k])
    out = {}
    for k, values in draws.items():
        values.sort()
        out[k] = [round(values[int(0.025 * len(values))], 3), round(values[int(0.975 * len(values)) - 1], 3)] if values else []
    return out


@dataclass(frozen=True, slots=True)
class PaperErrors:
    """What one paper's extraction missed and added, for ``paperkg evaluate --errors``."""

    title: str
    missed_entities: list[str]
    false_entities: list[str]
    missed_claims: list[str]
    false_claims: list[str]
    wrong_attributes: list[str] = field(default_factory=list)


def paper_errors(gold: Sequence[Record], predicted: Iterable[Record]) -> list[PaperErrors]:
    """Per gold paper: misses and false positives (type-aware entities; claims by value and unit)."""
    out = []
    for g, p in pair_papers(gold, predicted):
        _, pents, matched = _entity_matches(g, p, lambda x: x if x in ENTITY_TYPES else None)
        got_g = {id(a[1]) for a, _ in matched}
        got_p = {id(b[1]) for _, b in matched}
        claims = _greedy(g.get("claims", []), p.get("claims", []), same_claim)
        cg, cp = {id(a) for a, _ in claims}, {id(b) for _, b in claims}
        out.append(
            PaperErrors(
                title=g["title"],
                missed_entities=[f"{e['type']}: {e['name']}" for e in g.get("entities", []) if id(e) not in got_g],
                false_entities=[f"{t}: {e.get('name')}" for t, e in pents if id(e) not in got_p],
                missed_claims=[f"{c.get('text')} ({c.get('value')} {c.get('unit')})" for c in g.get("claims", []) if id(c) not in cg],
                false_claims=[f"{c.get('text')} ({c.get('value')} {c.get('unit')})" for c in p.get("claims", []) if id(c) not in cp],
                wrong_attributes=[w for gc, pc in claims for w in _attribute_errors(gc, pc)],
            )
        )
    return out


def _attribute_errors(gold: Record, pred: Record) -> list[str]:
    """The attributes of a matched claim that the scorer counts as wrong, gold value beside predicted."""
    out = []
    if (gold.get("direction") or "none") != (pred.get("direction") or "none"):
        out.append(("direction", gold.get("direction"), pred.get("direction")))
    if gold.get("metric") and not same_metric(gold["metric"], pred.get("metric")):
        out.append(("metric", gold["metric"], pred.get("metric")))
    if gold.get("benchmark") and not (
            pred.get("benchmark") and name_key(gold["benchmark"]) == name_key(pred["benchmark"])):
        out.append(("benchmark", gold["benchmark"], pred.get("benchmark")))
    return [f"{gold.get('text')}: {k} {g!r}, predicted {p!r}" for k, g, p in out]


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def format_scores(res: Mapping[str, Any]) -> str:
    """The scores as the table ``paperkg evaluate`` prints."""
    lines = [f"papers: {res['papers']} (found in predictions: {res['papers_found']})"]
    lines.append(f"{'entities':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}")
    for t, v in res["entities"].items():
        if isinstance(v, dict):
            lines.append(f"{t:<12}{v['p']:>7.3f}{v['r']:>7.3f}{v['f1']:>7.3f}{v['gold']:>6}{v['pred']:>6}")
    lines.append(f"macro F1 over the six types: {res['entities']['macro_f1']:.3f}")
    c = res["claims"]
    lines.append(f"claims      P {c['p']:.3f}  R {c['r']:.3f}  F1 {c['f1']:.3f}  (gold {c['gold']}, pred {c['pred']})")
    lines.append(
        f"  on matched claims: direction {c['direction_acc']}, metric {c['metric_acc']}, benchmark {c['benchmark_acc']}"
    )
    for attribute in ("subject", "baseline"):
        if res.get(f"{attribute}_acc") is not None:
            lines.append(f"  {attribute} right on {res[f'{attribute}_acc']} of matched claims that name one"
                         " (a diagnostic, not in the guidelines)")
    if res.get("intervals"):
        ci = res["intervals"]
        lines.append(
            "95% intervals (bootstrap over papers): "
            + ", ".join(f"{label} {ci[k][0]:.3f}-{ci[k][1]:.3f}" for k, label in
                        (("any_type", "any-type F1"), ("macro_f1", "macro F1"), ("data", "data F1"), ("claims", "claims F1")))
        )
    return "\n".join(lines)
