"""Entity resolution across papers: which surface forms are one real thing, and why.

The rules, applied per entity type (a Method "LoRA" and a Model "LoRA" stay apart):

1. ``same-key``: forms with one :func:`paperkg.names.name_key` are one node (LLaMA-2, Llama 2, LLaMA2;
   Transformer, transformers).
2. ``acronym``: an entity that carries both a short form and a long form whose letters spell it
   ("Low-Rank Adaptation" + "LoRA", Schwartz & Hearst style) defines the acronym for the whole
   collection, so a bare "LoRA" in another paper joins it. An acronym defined with two different long
   forms stays unmerged and is listed in ``unresolved``.
3. ``override``: a user file says ``same<TAB>A<TAB>B`` or ``different<TAB>A<TAB>B``.
4. Sized models ("LLaMA2-7B", "OPT-175B", "Llama-2-7B-chat") are not merged but linked to their family
   with ``variant_of`` (reason ``size``); "X-Chat"/"X-Instruct"/"X-Base" link to "X" (reason ``tuned``).
   A family that no paper names is created as an *inferred* node.

Everything here is a pure function of the records (and the overrides), in record order, so the
result is deterministic and each merge is recorded with its reason (:class:`Merge`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..names import entity_key, family_name, name_key
from ..records import Extraction, slug

__all__ = ["Merge", "Override", "Resolution", "Resolver", "Unresolved", "family_name", "is_acronym_of", "read_overrides", "resolve"]

# A short form: one token, at least two capitals ("LoRA", "DiTs", "SD-XL", "NTK"), no spaces.
_SHORT = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9\-]{1,11}$")
# Family names that are sentence fragments, not models ("Our 9B", "PUMA can evaluate LLaMA-7B").
_FAMILY_TOKEN = re.compile(r"^[A-Z0-9][\w.\-]*$")
_NOT_A_FAMILY = frozenset(
    {"our", "we", "the", "this", "these", "a", "an", "it", "its", "both", "their", "on", "in", "for", "with", "and",
     "train", "llm", "llms"}
)
_TUNED = re.compile(r"^(.+?)[- ](?:chat|instruct|base|it)$", re.IGNORECASE)
@dataclass(frozen=True, slots=True)
class Merge:
    """One resolution decision: ``forms`` became part of node ``kept`` (named ``name``) because of ``reason``."""

    type: str
    kept: str
    name: str
    forms: tuple[str, ...]
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["forms"] = list(self.forms)
        return d


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A merge that was *not* made, and why (an acronym with two long forms, an override ``different``)."""

    type: str
    form: str
    candidates: tuple[str, ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["candidates"] = list(self.candidates)
        return d


@dataclass(frozen=True, slots=True)
class Override:
    """One line of an overrides file."""

    kind: str  # "same" or "different"
    a: str
    b: str
    where: str  # "path:line", for messages and merge records


@dataclass
class Resolution:
    """Where every (type, name key) goes: node ids, display names, families; plus the audit trail."""

    node_of: dict[tuple[str, str], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # node -> display name
    types: dict[str, str] = field(default_factory=dict)  # node -> entity type
    inferred: set[str] = field(default_factory=set)  # family nodes that no paper names
    variants: list[tuple[str, str, str]] = field(default_factory=list)  # (variant node, family node, reason)
    merges: list[Merge] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)

    def lookup(self, etype: str, form: str) -> str | None:
        """The node of a surface form of a type, or None when no record named it."""
        return self.node_of.get((etype, _form_key(form)))

    def entity_node(self, etype: str, name: str, aliases: Iterable[str] = ()) -> str | None:
        """The node of one paper's entity (keyed as :func:`resolve` keyed it)."""
        return self.lookup(etype, _primary(name, tuple(aliases))[0])


# Both are pure and run for every entity of every paper, twice (resolving, then building), while most
# entities repeat names seen in other papers ("LLMs", "GPT-4"): caching them halves resolution's cost.
@lru_cache(maxsize=1 << 16)
def _primary(name: str, aliases: tuple[str, ...]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The form an entity is keyed by, and its (short, long) acronym pairs.

    An acronym-named entity with its long form beside it is keyed by the long form, so that two
    different "CL"s (continual / contrastive learning) do not meet under the key "cl".
    """
    forms = (name, *aliases)
    long_forms = [f for f in forms if not _SHORT.match(f) and len(f.split()) + f.count("-") >= 2]
    pairs = tuple((s, lf) for s in forms for lf in long_forms if is_acronym_of(s, lf))
    return (pairs[0][1] if pairs and _SHORT.match(name) else name), pairs


@lru_cache(maxsize=1 << 16)
def _form_key(form: str) -> str:
    """``name_key`` that also drops the plural of an acronym ("DMs" -> "dm", "LLMs" -> "llm")."""
    if len(form) > 2 and form.endswith("s") and _SHORT.match(form[:-1]):
        form = form[:-1]
    return entity_key(form) or form


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long``: its letters appear in order, the first one starting a word.

    Examples
    --------
    >>> is_acronym_of("LoRA", "Low-Rank Adaptation"), is_acronym_of("DiTs", "Diffusion Transformers")
    (True, True)
    >>> is_acronym_of("GFLOPs", "FLOPs"), is_acronym_of("CL", "reinforcement learning")
    (False, False)
    """
    if not _SHORT.match(short) or len(re.split(r"[\s\-]+", long.strip())) < 2:
        return False
    if name_key(long).startswith(name_key(short)):
        return False  # "LLaMA 1" is a version of LLaMA, not its expansion
    letters = [c for c in short.lower() if c.isalnum()]
    if letters and letters[-1] == "s" and short.endswith("s"):
        letters = letters[:-1]
    text = long.lower()
    if not letters or not text.startswith(letters[0]):
        return False
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _error(where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}")


def read_overrides(path: str | Path) -> list[Override]:
    """Parse an overrides file: ``same<TAB>A<TAB>B`` or ``different<TAB>A<TAB>B`` lines, ``#`` comments.

    Raises
    ------
    InputError
        On a malformed line, naming ``path:line``.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the overrides file ({e}).") from e
    out = []
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.rstrip("\r\n")
        if not text.strip():
            continue
        parts = [p.strip() for p in text.split("\t")]
        where = f"{path}:{number}"
        if len(parts) != 3 or parts[0] not in ("same", "different") or not parts[1] or not parts[2]:
            raise _error(
                where,
                f"expected 'same<TAB>A<TAB>B' or 'different<TAB>A<TAB>B', got {line.strip()!r}.",
            )
        out.append(Override(parts[0], parts[1], parts[2], where))
    return out


def _plausible_family(name: str) -> bool:
    """A family name that reads like a model name, not a sentence fragment."""
    tokens = name.split()
    return (
        0 < len(tokens) <= 3
        and all(_FAMILY_TOKEN.match(t) and not t.endswith(".") for t in tokens)
        and tokens[0].lower() not in _NOT_A_FAMILY
        and bool(name_key(name))
    )


def resolve(records: Iterable[Extraction], overrides: Iterable[Override] = ()) -> Resolution:
    """Resolve the entities of a collection into nodes (see the module docstring for the rules).

    Parameters
    ----------
    records
        Extraction records, in a fixed order (first sight decides node ids).
    overrides
        Parsed override lines (:func:`read_overrides`), applied after ``same-key`` and before ``acronym``.

    Returns
    -------
    Resolution
        Node of every (type, key), display names, families, merges and unresolved cases.

    Raises
    ------
    InputError
        When an override names an entity that no record has, or contradicts itself.
    """
    resolver = Resolver()
    for record in records:
        resolver.add(record)
    return resolver.resolve(overrides)


class Resolver:
    """Resolution in two steps, so that records can stream past it: :meth:`add` each, then :meth:`resolve`.

    Resolution needs the whole collection (the commonest name of a node, an acronym defined in a later
    paper), but only the names: this keeps the surface forms of every (type, name key) with their
    counts, the acronym definitions and the order of first sight, never the records, so a build can
    write its records as they are extracted and read them back for the graph.
    """

    def __init__(self) -> None:
        # (type, key) -> surface names in first-seen order with their paper counts.
        self._names: dict[tuple[str, str], dict[str, int]] = {}
        self._aliases: dict[tuple[str, str], list[str]] = {}
        self._acronyms: dict[tuple[str, str], dict[tuple[str, str], tuple[str, str, str]]] = {}
        self._order: list[tuple[str, str]] = []

    def _see(self, etype: str, key: str, form: str | None = None, count: bool = True) -> None:
        k = (etype, key)
        names = self._names
        if k not in names:
            names[k] = {}
            self._aliases[k] = []
            self._order.append(k)
        if form is not None and count:
            names[k][form] = names[k].get(form, 0) + 1
        elif form is not None and form not in self._aliases[k]:
            self._aliases[k].append(form)

    def add(self, record: Extraction) -> None:
        """Take the names of one record (records must come in the order the graph will be built in)."""
        see = self._see
        for e in record.entities:
            forms = (e.name, *e.aliases)
            primary_form, pairs = _primary(e.name, tuple(e.aliases))
            pk = _form_key(primary_form)
            see(e.type, pk, primary_form if primary_form != e.name else e.name)
            for f in forms:
                if f != primary_form and _form_key(f) == pk:
                    see(e.type, pk, f, count=False)
            for short, long in pairs:
                akey = _form_key(short)
                if akey == pk:
                    continue
                self._acronyms.setdefault((e.type, akey), {}).setdefault((e.type, pk), (short, long, record.paper.id))
                see(e.type, akey)
            for f in forms:
                if f != primary_form and _form_key(f) != pk:
                    see(e.type, pk, f, count=False)
        for claim in record.claims:
            if claim.metric:
                see("metric", _form_key(claim.metric), claim.metric)

    def resolve(self, overrides: Iterable[Override] = ()) -> Resolution:
        """The resolution of every record added so far (see :func:`resolve`)."""
        names, aliases, acronyms, order = self._names, self._aliases, self._acronyms, self._order
        uf = _UnionFind()
        for k in order:
            uf.find(k)
        res = Resolution()
        reasons: list[tuple[tuple[str, str], tuple[str, str], str, str]] = []  # (kept key, merged key, reason, detail)

        # Overrides: "same" joins at once; "different" pairs block later acronym joins.
        by_key: dict[str, list[tuple[str, str]]] = {}
        for k in order:
            by_key.setdefault(k[1], []).append(k)
        apart: list[tuple[set[tuple[str, str]], set[tuple[str, str]], str]] = []
        for o in overrides:
            ka, kb = _form_key(o.a), _form_key(o.b)
            for form, key in ((o.a, ka), (o.b, kb)):
                if key not in by_key:
                    raise _error(o.where, f"no entity named {form!r} in the records (check the spelling, or drop the line).")
            ta = {t for t, _ in by_key[ka]}
            common = sorted(ta & {t for t, _ in by_key[kb]})
            if not common:
                raise _error(o.where, f"{o.a!r} and {o.b!r} are never entities of the same type, so they cannot be one node.")
            if o.kind == "same":
                for t in common:
                    uf.union((t, ka), (t, kb))
                    reasons.append(((t, ka), (t, kb), "override", o.where))
            else:
                if ka == kb:
                    raise _error(o.where, f"{o.a!r} and {o.b!r} normalise to the same name key and cannot be kept apart.")
                for t in common:
                    if uf.find((t, ka)) == uf.find((t, kb)):
                        raise _error(o.where, f"{o.a!r} and {o.b!r} are joined by a 'same' override; remove one of the lines.")
                    apart.append(({(t, ka)}, {(t, kb)}, o.where))

        def blocked(a: tuple[str, str], b: tuple[str, str]) -> str | None:
            ra, rb = uf.find(a), uf.find(b)
            for xs, ys, where in apart:
                rx = {uf.find(x) for x in xs}
                ry = {uf.find(y) for y in ys}
                if (ra in rx and rb in ry) or (ra in ry and rb in rx):
                    return where
            return None

        for akey, defs in acronyms.items():
            roots = {}
            for pk, how in defs.items():
                roots.setdefault(uf.find(pk), (pk, how))
            short = next(iter(defs.values()))[0]
            if len(roots) > 1:
                longs = tuple(how[1] for _, how in roots.values())
                res.unresolved.append(Unresolved(akey[0], short, longs, "ambiguous-acronym"))
                continue
            pk, (short, long, paper) = next(iter(roots.values()))
            where = blocked(pk, akey)
            if where is not None:
                res.unresolved.append(Unresolved(akey[0], short, (long,), f"override-different ({where})"))
                continue
            uf.union(pk, akey)
            reasons.append((pk, akey, "acronym", f"{short} = {long} (defined in {paper})"))

        # Clusters in first-seen order; the display name is the commonest entity name ("BERT", not its expansion).
        clusters: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for k in order:
            clusters.setdefault(uf.find(k), []).append(k)
        used: set[str] = set()
        for keys in clusters.values():
            etype = keys[0][0]
            if not any(names[k] or aliases[k] for k in keys):
                continue  # an acronym only ever seen beside its (ambiguous) long forms
            preferred = [k for k in keys if names[k]] or keys
            counts: dict[str, int] = {}
            for k in preferred:
                for form, c in names[k].items():
                    counts[form] = counts.get(form, 0) + c
            if counts:
                best = max(counts.values())
                display = next(f for f, c in counts.items() if c == best)
            else:
                display = next((a for k in keys for a in aliases[k]), keys[0][1])
            node = _mint(etype, display, used)
            res.names[node] = display
            res.types[node] = etype
            for k in keys:
                res.node_of[k] = node
            for k in keys:
                if len(names[k]) >= 2:
                    res.merges.append(Merge(etype, node, display, tuple(f for f in names[k] if f != display), "same-key"))
        for kept, merged, reason, detail in reasons:
            if kept not in res.node_of or not (names[merged] or aliases[merged]):
                continue  # an acronym defined but never used bare: nothing was merged
            node = res.node_of[kept]
            both = (*names[merged], *aliases[merged], *names[kept])
            forms = tuple(f for f in dict.fromkeys(both) if f != res.names[node]) or (merged[1],)
            res.merges.append(Merge(kept[0], node, res.names[node], forms, reason, detail))

        _link_families(res, used)
        return res


def _mint(etype: str, name: str, used: set[str]) -> str:
    """A node id ``type:slug`` not used yet (``-2``, ``-3`` ... on a clash)."""
    base = f"{etype}:{slug(name)}"
    node, n = base, 2
    while node in used:
        node, n = f"{base}-{n}", n + 1
    used.add(node)
    return node


def _link_families(res: Resolution, used: set[str]) -> None:
    """``variant_of`` links: tuned -> base when the base is named, else sized -> family (inferred if absent)."""
    models = [n for n, t in res.types.items() if t == "model"]
    linked: set[str] = set()

    def tuned(node: str) -> None:
        m = _TUNED.match(res.names[node])
        target = res.lookup("model", m.group(1)) if m else None
        if target is not None and target != node:
            res.variants.append((node, target, "tuned"))
            linked.add(node)

    for node in models:
        tuned(node)
    for node in models:
        family = family_name(res.names[node])
        if node in linked or family is None:
            continue
        target = res.lookup("model", family)
        base = _TUNED.match(family)
        if target is None and base is not None:
            target = res.lookup("model", base.group(1))  # "Mistral Instruct 7B" -> "Mistral", when it is named
        if target is None:
            if not _plausible_family(family):
                continue
            target = _mint("model", family, used)
            res.names[target] = family
            res.types[target] = "model"
            res.inferred.add(target)
            res.node_of[("model", _form_key(family))] = target
        if target != node:
            res.variants.append((node, target, "size"))
            linked.add(node)
    for node in models:
        if node not in linked:
            tuned(node)  # "Bailong-instruct" -> an inferred "Bailong"


def merges_table(merges: Iterable[Merge | dict[str, Any]]) -> list[dict[str, Any]]:
    """Merges as plain dicts (for ``G.graph['merges']`` and the CLI)."""
    return [m.to_dict() if isinstance(m, Merge) else dict(m) for m in merges]
