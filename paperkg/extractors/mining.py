"""Mine a lexicon of established terms from externally annotated corpora.

The hand-written lexicons hold what the people who wrote them thought of. This module collects
the lower-case technical terms that *other* annotators marked as Method, Task or Metric in the
training splits of public corpora (SciERC, SciREX, SciER, TDMSci) and keeps those that look
established: annotated in several documents, mostly with one type, and annotated in most places
where they occur at all. ``scripts/mine_lexicon.py`` runs it and writes ``lexicons/mined.tsv``.

Everything here is a pure function over plain data, except the ``read_*`` functions, which turn
one corpus file into :class:`Annotated` texts, and :func:`write_mined`.

Terms are grouped by a key (:func:`term_key`): lower case, Unicode NFKC, a simple plural on the
last word folded, and hyphens and spaces removed (as the scorer does), so "Part-of-Speech taggers",
"part of speech tagger" and "bi-directional LSTM" / "bidirectional LSTM" are one term each.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..jsonl import json_objects, numbered_lines

#: Source annotation type -> paperkg type. Other types (Material, Dataset, OtherScientificTerm,
#: Generic, and Metric) still vote in the type majority but are never written. Metric is not written:
#: these sources label losses and hyperparameters as metrics, and the terms that pass the thresholds
#: ("computational cost") name what a paper wants to reduce far more often than what it reports results in.
TYPE_MAP: dict[str, str] = {"method": "method", "task": "task"}

#: The training files read, relative to the data folder, and the reader for each.
TRAIN_FILES: dict[str, str] = {
    "scierc": "scierc/train.json",
    "scirex": "scirex/train.jsonl.gz",
    "scier": "scier/LLM/train.jsonl",
    "tdmsci": "tdmsci/train_1500_v2.conll",
}

PTB_UNESCAPE: dict[str, str] = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"',
}

#: Words that make a phrase a reference or a quantity rather than a name ("the model", "our method",
#: "two tasks"); a term may not contain any of them.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """a an the this that these those such each every any all both some several many few most more other another
    same own various different its their our your my his her we they it them us i you he she which what who
    whom whose one two three four five six seven eight nine ten first second third previous following above
    below new novel proposed existing""".split()
)
#: Words a term may contain but not start or end with ("accuracy of" is a fragment).
EDGE_WORDS: frozenset[str] = frozenset(
    "of for in on at by to with from and or as via into over under between without vs versus than".split()
)
#: Head nouns that make a phrase a description or a component role rather than a name
#: ("classification method", "ranking problem", "evaluation metrics", "discriminator network",
#: "probabilistic model", "softmax layer"): the guidelines reject vague phrases and strip generic
#: heads. Established "X model/network/layer" names are lost with them; precision comes first.
GENERIC_HEADS: frozenset[str] = frozenset(
    """method approach technique strategy scheme framework system architecture module component procedure
    paradigm pipeline solution tool toolkit task problem application version variant setting setup step stage
    issue challenge scenario field area topic work study metric measure measurement criterion criteria
    representation worker agent baseline manner way rule theory distribution model network net algorithm
    classifier detector recognizer extractor layer unit block stack operator operation filter function ability
    capability quality efficiency complexity performance robustness mechanism""".split()
)
#: A task is an activity, so its last word is an action noun: one of these endings or words.
#: "Atari game" and "augmented reality" (annotated as Task, but a benchmark and a field) are not.
TASK_HEAD_SUFFIXES: tuple[str, ...] = ("tion", "sion", "ing", "sis", "ment", "ance", "ence", "ery", "ure")
TASK_HEAD_WORDS: frozenset[str] = frozenset(
    ["retrieval", "search", "transfer", "control", "design", "synthesis", "inference", "translation", "qa"]
)
#: Heads that the corpora annotate as Task but paperkg's guidelines do not: learning and training
#: paradigms are methods ("unsupervised pre-training", "multi-task learning"), and fields and
#: application areas are not tasks ("image processing", "video surveillance").
NOT_TASK_HEADS: frozenset[str] = frozenset((
    "learning training pretraining processing interaction surveillance"
).split())
#: Plural-looking endings that are not plurals.
_NOT_PLURAL = re.compile(r"(ss|us|is|as|ous|ies|news|series|species|data)$")
#: Characters a term may contain besides letters, digits and spaces.
_TERM_CHARS = re.compile(r"^[\w][\w\s\-'/+.@]*$")
#: Single-word suffixes that mark a technical coinage ("quantization", "lemmatisation"); not
#: "-izer", which names roles ("optimizer", "regularizer").
TECHNICAL_SUFFIXES: tuple[str, ...] = ("ization", "isation")


# ----------------------------------------------------------------------------- normalisation


def term_words(text: str) -> list[str]:
    """The lower-cased words of a phrase, hyphens read as spaces.

    Examples
    --------
    >>> term_words("Part-of-Speech  tagging")
    ['part', 'of', 'speech', 'tagging']
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[-\u2010-\u2015]", " ", text).split()


def fold_plural(word: str) -> str:
    """A simple singular of one word: "embeddings" -> "embedding", "strategies" -> "strategy".

    Examples
    --------
    >>> [fold_plural(w) for w in ("embeddings", "strategies", "approaches", "analysis", "loss", "cnns", "gas")]
    ['embedding', 'strategy', 'approach', 'analysis', 'loss', 'cnn', 'gas']
    """
    if len(word) > 4 and word.endswith("ies") and word not in ("series", "species"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not _NOT_PLURAL.search(word):
        return word[:-1]
    return word


#: A letter and a number split by a tokeniser ("L 2 regularization", "C 3 D").
_SPLIT_LETTER_DIGIT = re.compile(r"\b([A-Za-z]) (\d+)\b")


def words_key(words: Sequence[str]) -> str:
    """The grouping key of already split words: the last word singular, all joined without spaces."""
    if not words:
        return ""
    return "".join([*words[:-1], fold_plural(words[-1])])


def term_key(text: str) -> str:
    """The grouping key of a phrase (see the module docstring).

    Examples
    --------
    >>> term_key("Part-of-Speech Taggers") == term_key("part of speech tagger")
    True
    >>> term_key("  Word   Embeddings ")
    'wordembedding'
    >>> term_key("L 2-regularization") == term_key("L2 regularization")
    True
    """
    return words_key(term_words(text))


def surface(tokens: Sequence[str]) -> str:
    """A tokenised span written back as text: "part - of - speech" -> "part-of-speech".

    Examples
    --------
    >>> surface(["part", "-", "of", "-", "speech", "tagging"])
    'part-of-speech tagging'
    """
    text = " ".join(PTB_UNESCAPE.get(t, t) for t in tokens)
    return _SPLIT_LETTER_DIGIT.sub(r"\1\2", re.sub(r"\s*-\s*", "-", text).strip())


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Annotated:
    """One annotated text: its tokens and its entity spans.

    Attributes
    ----------
    source : str
        Corpus name ("scierc", ...).
    doc : str
        Document id; texts of one document share it (a SciER paper is many sentences).
    tokens : tuple of str
    spans : tuple of (start, end, type)
        Token spans with an exclusive end; ``type`` is lower case ("method", "generic", ...).
    """

    source: str
    doc: str
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]


def _json_records(path: Path) -> Iterator[dict]:
    return (record for _, record in json_objects(path))


def read_scierc(path: Path) -> Iterator[Annotated]:
    """SciERC processed JSON: document-level token spans, inclusive end."""
    for record in _json_records(path):
        tokens = tuple(t for sentence in record["sentences"] for t in sentence)
        spans = tuple((s, e + 1, label.lower()) for sentence in record["ner"] for s, e, label in sentence)
        yield Annotated("scierc", str(record["doc_key"]), tokens, spans)


def read_scirex(path: Path) -> Iterator[Annotated]:
    """SciREX JSON Lines: token spans into ``words``, exclusive end; one text per section."""
    for record in _json_records(path):
        words = record["words"]
        by_section: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        sections = record["sections"]
        for s, e, label in record["ner"]:
            for i, (a, b) in enumerate(sections):
                if a <= s and e <= b:
                    by_section[i].append((s - a, e - a, label.lower()))
                    break
        for i, (a, b) in enumerate(sections):
            yield Annotated("scirex", record["doc_id"], tuple(words[a:b]), tuple(by_section[i]))


def locate(tokens: Sequence[str], mentions: Iterable[str]) -> list[tuple[int, int] | None]:
    """Token spans of mention strings in a tokenised sentence, each occurrence used once.

    For corpora that give mention strings without offsets (SciER). The result is aligned with
    ``mentions``: a repeated mention takes the next free occurrence, and a mention that does not
    occur gets ``None``.

    Examples
    --------
    >>> locate("a b c a b".split(), ["a b", "a b", "c", "x"])
    [(0, 2), (3, 5), (2, 3), None]
    """
    used: set[tuple[int, int]] = set()
    found: list[tuple[int, int] | None] = []
    for mention in mentions:
        target = mention.split()
        n = len(target)
        span = next(
            ((i, i + n) for i in range(len(tokens) - n + 1) if list(tokens[i : i + n]) == target and (i, i + n) not in used),
            None,
        )
        if span:
            used.add(span)
        found.append(span)
    return found


def read_scier(path: Path) -> Iterator[Annotated]:
    """SciER LLM format: one sentence per line, mention strings located by token match."""
    for record in _json_records(path):
        tokens = record["sentence"].split()
        positions = locate(tokens, [entity for entity, _ in record["ner"]])
        spans = tuple((p[0], p[1], label.lower()) for p, (_, label) in zip(positions, record["ner"]) if p)
        yield Annotated("scier", str(record["doc_id"]), tuple(tokens), spans)


def read_bio(lines: Iterable[str], source: str = "tdmsci") -> Iterator[Annotated]:
    """CoNLL BIO (``token<TAB>offset<TAB>tag``): one text per blank-line separated block.

    TDMSci gives no paper ids, so each sentence is its own document.
    """
    tokens: list[str] = []
    tags: list[str] = []
    n = 0

    def flush() -> Annotated:
        spans = []
        start = None
        for i, tag in enumerate([*tags, "O"]):
            if start is not None and not tag.startswith("I-"):
                spans.append((start, i, tags[start][2:].lower()))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start = i
        return Annotated(source, f"sentence-{n}", tuple(tokens), tuple(spans))

    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if not line.strip():
            if tokens:
                yield flush()
                n += 1
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        yield flush()


def read_tdmsci(path: Path) -> Iterator[Annotated]:
    """TDMSci CoNLL training file (the offset column is not used)."""
    yield from read_bio((line for _, line in numbered_lines(path)), "tdmsci")


READERS = {"scierc": read_scierc, "scirex": read_scirex, "scier": read_scier, "tdmsci": read_tdmsci}


def read_training_data(data_dir: Path, sources: Sequence[str] = tuple(TRAIN_FILES)) -> Iterator[Annotated]:
    """Every annotated text of the training splits of ``sources``, in a fixed order."""
    for name in sources:
        yield from READERS[name](data_dir / TRAIN_FILES[name])


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to record which inputs made a lexicon."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ----------------------------------------------------------------------------- counting


@dataclass
class TermStats:
    """What the corpora say about one term key.

    Attributes
    ----------
    forms : Counter
        Surface forms of its annotations.
    types : Counter
        Annotation type -> number of annotated mentions.
    docs : dict
        Annotation type -> set of ``(source, doc)`` it is annotated in.
    annotated, unannotated : int
        Occurrences in the texts that are exactly an annotated span, and occurrences that are
        not annotated and not inside a longer annotated span.
    """

    forms: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    docs: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    annotated: int = 0
    unannotated: int = 0

    @property
    def ratio(self) -> float:
        """Share of its free-standing occurrences that are annotated (1.0 when never seen unannotated)."""
        total = self.annotated + self.unannotated
        return self.annotated / total if total else 0.0


def _word_stream(tokens: Sequence[str]) -> tuple[list[str], list[int]]:
    """Lower-cased words of a token list and the word index at which each token starts (plus the end)."""
    words: list[str] = []
    starts = []
    for token in tokens:
        starts.append(len(words))
        words.extend(term_words(PTB_UNESCAPE.get(token, token)))
    starts.append(len(words))
    return words, starts


def count_terms(texts: Iterable[Annotated], max_words: int = 12) -> dict[str, TermStats]:
    """Collect annotations and occurrences per term key.

    Two passes over ``texts`` are needed (keys first, then occurrences), so it is materialised.
    An occurrence inside a longer annotated span ("beam search" in an annotated "beam search
    decoding") is neither annotated nor unannotated: being part of a name says nothing about the
    term on its own.

    Examples
    --------
    >>> text = Annotated("toy", "d1", tuple("we use beam search and beam search decoding".split()),
    ...                  ((2, 4, "method"), (5, 8, "method")))
    >>> s = count_terms([text])["beamsearch"]
    >>> (s.annotated, s.unannotated, dict(s.types))
    (1, 0, {'method': 1})
    """
    texts = list(texts)
    stats: dict[str, TermStats] = defaultdict(TermStats)
    for text in texts:
        for s, e, label in text.spans:
            key = term_key(" ".join(PTB_UNESCAPE.get(t, t) for t in text.tokens[s:e]))
            if not key:
                continue
            st = stats[key]
            st.forms[surface(text.tokens[s:e])] += 1
            st.types[label] += 1
            st.docs[label].add((text.source, text.doc))
    lengths = range(1, max_words + 1)
    for text in texts:
        words, starts = _word_stream(text.tokens)
        spans = {(starts[s], starts[e]) for s, e, _ in text.spans if starts[s] < starts[e]}
        reach = [0] * (len(words) + 1)  # reach[i]: furthest end of a span starting at or before i
        for a, b in spans:
            reach[a] = max(reach[a], b)
        for i in range(1, len(reach)):
            reach[i] = max(reach[i], reach[i - 1])
        for n in lengths:
            for i in range(len(words) - n + 1):
                key = words_key(words[i : i + n])
                st = stats.get(key)
                if st is None:
                    continue
                if (i, i + n) in spans:
                    st.annotated += 1
                elif reach[i] < i + n:
                    st.unannotated += 1
    return dict(stats)


# ----------------------------------------------------------------------------- selecting


@dataclass(frozen=True)
class Thresholds:
    """When a term counts as established (defaults as written to ``mined.tsv``).

    Attributes
    ----------
    min_docs : int
        Distinct documents in which the term is annotated with its majority type.
    min_sources : int
        Distinct corpora in which the term is annotated with its majority type.
    min_type_share : float
        Share of all its annotations (any type, skipped types included) that have the majority type.
    min_ratio : float
        Annotation ratio (see :attr:`TermStats.ratio`) of a multi-word term.
    min_ratio_single : float
        Annotation ratio of a single word without an -ization ending (see :func:`is_technical_word`).
    min_occurrences_single : int
        Occurrences (annotated or not) a plain single word needs before its ratio is trusted.
    max_words : int
        Longest term, in whitespace-separated words as written ("part-of-speech tagging" is two).
    """

    min_docs: int = 6
    min_sources: int = 2
    min_type_share: float = 0.6
    min_ratio: float = 0.6
    min_ratio_single: float = 0.8
    min_occurrences_single: int = 10
    max_words: int = 5


@dataclass(frozen=True)
class Candidate:
    """A term with its evidence and, when rejected, why."""

    key: str
    term: str
    type: str
    documents: int
    sources: int
    type_share: float
    ratio: float
    occurrences: int
    reason: str = ""


def display_form(forms: Mapping[str, int]) -> str:
    """The surface form to write.

    Forms are grouped by their lower case; the largest group wins, a singular group before a
    plural one. Within the group the commonest spelling is written, ties going to lower case.

    Examples
    --------
    >>> display_form({"Beam search": 3, "beam search": 2, "beam searches": 9})
    'Beam search'
    >>> display_form({"LSTM": 2, "Lstm": 1, "LSTMs": 5})
    'LSTM'
    """
    groups: dict[str, Counter] = defaultdict(Counter)
    for form, n in forms.items():
        groups[form.lower()][form] += n

    def plural(lower: str) -> bool:
        words = lower.split()
        return fold_plural(words[-1]) != words[-1] if words else False

    best = min(groups, key=lambda g: (plural(g), -sum(groups[g].values()), g))
    return min(groups[best], key=lambda f: (-groups[best][f], not f.islower(), f))


def is_name_like(term: str) -> bool:
    """Whether a term is written like a name rather than a term: no lower-case word (of two letters or more).

    Acronyms and capitalised names ("LSTM", "PatchGAN", "Iterative Closest Point") are left to the
    abbreviation detector and the name patterns; SciREX also types trained models (VGG-16) as
    Method, which paperkg calls model.

    Examples
    --------
    >>> [is_name_like(t) for t in ("LSTM", "DeepLab-v2", "RoI pooling", "Iterative Closest Point", "word2vec")]
    [True, True, False, True, False]
    """
    return not any(w.islower() and sum(c.isalpha() for c in w) > 1 for w in re.split(r"[\s\-/]+", term))


def is_technical_word(word: str) -> bool:
    """Whether a single word has the shape of a technical coinage: an -ization/-isation ending.

    Capitals mark names and acronyms (see :func:`is_name_like`) and digits mostly mark names or
    layer indices ("fc6", "conv5"), so neither counts; other single words must earn their place
    by a high annotation ratio.

    Examples
    --------
    >>> [is_technical_word(w) for w in ("quantization", "Lemmatisations", "translation", "fc6")]
    [True, True, False, False]
    """
    return word.lower().endswith(TECHNICAL_SUFFIXES + tuple(s + "s" for s in TECHNICAL_SUFFIXES))


def shape_problem(term: str, max_words: int) -> str:
    """Why a term cannot be a lexicon entry by its form alone, or "" if it can.

    Examples
    --------
    >>> [shape_problem(t, 5) for t in ("beam search", "the model", "2 , 3", "accuracy of")]
    ['', 'function word', 'punctuation', 'edge word']
    """
    words = term.split()
    lowered = term_words(term)
    if not words or len(words) > max_words:
        return "length"
    if not _TERM_CHARS.match(term):
        return "punctuation"
    if all(re.fullmatch(r"[\d.,%+\-/]+", w) for w in words):
        return "number"
    if any(w in FUNCTION_WORDS for w in lowered):
        return "function word"
    if lowered[0] in EDGE_WORDS or lowered[-1] in EDGE_WORDS:
        return "edge word"
    if len(term) < 2 or not any(c.isalpha() for c in term):
        return "no letters"
    return ""


def select_terms(
    stats: Mapping[str, TermStats],
    thresholds: Thresholds,
    generic: Iterable[str] = (),
    known: Mapping[str, str] | None = None,
) -> tuple[list[Candidate], list[Candidate]]:
    """Split the annotated terms into kept and rejected candidates.

    Parameters
    ----------
    stats : mapping
        From :func:`count_terms`.
    thresholds : Thresholds
    generic : iterable of str
        Stop-list phrases (``generic.txt``); compared by :func:`term_key`, with or without an article.
    known : mapping, optional
        :func:`term_key` of every name and alias of the hand-written lexicons -> its type. A term
        found there is rejected with reason "hand lexicon" (same type) or "hand lexicon (type)"
        (another type): the hand-written entry wins.

    Returns
    -------
    kept, rejected : list of Candidate
        Rejected candidates carry the first reason that applied. Only terms whose majority type is
        a mapped type are returned at all; both lists are sorted by type then term.
    """
    generic_keys = {term_key(re.sub(r"^(the|a|an)\s+", "", g.lower())) for g in generic}
    known = known or {}
    kept, rejected = [], []
    for key, st in stats.items():
        if not st.types:
            continue
        label, votes = min(st.types.items(), key=lambda kv: (-kv[1], kv[0]))
        if label not in TYPE_MAP:
            continue
        term = display_form(st.forms)
        c = Candidate(
            key=key,
            term=term,
            type=TYPE_MAP[label],
            documents=len(st.docs[label]),
            sources=len({source for source, _ in st.docs[label]}),
            type_share=votes / sum(st.types.values()),
            ratio=st.ratio,
            occurrences=st.annotated + st.unannotated,
        )
        reason = _rejection(c, thresholds, generic_keys, known)
        (rejected if reason else kept).append(Candidate(**{**c.__dict__, "reason": reason}))
    def order(c: Candidate) -> tuple[str, str, str]:
        return c.type, c.term.lower(), c.term

    return sorted(kept, key=order), sorted(rejected, key=order)


def _rejection(c: Candidate, t: Thresholds, generic_keys: set[str], known: Mapping[str, str]) -> str:
    if c.documents < t.min_docs:
        return "documents"
    if c.sources < t.min_sources:
        return "sources"
    problem = shape_problem(c.term, t.max_words)
    if problem:
        return problem
    if c.type_share < t.min_type_share:
        return "type share"
    if c.key in generic_keys:
        return "generic"
    if is_name_like(c.term):
        return "name"
    head = fold_plural(term_words(c.term)[-1])
    if head in GENERIC_HEADS:
        return "generic head"
    if c.type == "task" and (head in NOT_TASK_HEADS or not (head.endswith(TASK_HEAD_SUFFIXES) or head in TASK_HEAD_WORDS)):
        return "task head"
    single = len(c.term.split()) == 1
    if single and not is_technical_word(c.term):
        if c.occurrences < t.min_occurrences_single or c.ratio < t.min_ratio_single:
            return "single word"
    elif c.ratio < t.min_ratio:
        return "annotation ratio"
    if c.key in known:
        return "hand lexicon" if known[c.key] == c.type else f"hand lexicon ({known[c.key]})"
    return ""


# ----------------------------------------------------------------------------- output


def lexicon_keys(entries: Iterable[tuple[str, str, Sequence[str]]]) -> dict[str, str]:
    """``term_key`` of every name and alias -> type, from ``(name, type, aliases)`` triples.

    Examples
    --------
    >>> lexicon_keys([("beam search", "method", ("Beam-Search",)), ("BLEU", "metric", ())])
    {'beamsearch': 'method', 'bleu': 'metric'}
    """
    keys: dict[str, str] = {}
    for name, type_, aliases in entries:
        for form in (name, *aliases):
            keys.setdefault(term_key(form), type_)
    return keys


def hand_lexicon_keys() -> dict[str, str]:
    """:func:`lexicon_keys` of the packaged hand-written lexicons (never ``mined.tsv`` itself)."""
    from importlib import resources

    from ..records import ENTITY_TYPES
    from .lexicon import parse_lexicon

    folder = resources.files("paperkg.extractors").joinpath("lexicons")
    entries = [
        (e.name, e.type, e.aliases)
        for t in ENTITY_TYPES
        for e in parse_lexicon(folder.joinpath(f"{t}.tsv").read_text(encoding="utf-8").splitlines(), t)
    ]
    return lexicon_keys(entries)


def generate_mined(kept: Iterable[Candidate], header: Sequence[str]) -> Iterator[str]:
    """Lines of ``mined.tsv``: ``#`` header lines, then ``term<TAB>type<TAB>documents``."""
    for line in header:
        yield f"# {line}".rstrip()
    yield ""
    for c in kept:
        yield f"{c.term}\t{c.type}\t{c.documents}"


def write_mined(lines: Iterable[str], dest: IO[str]) -> None:
    """Write lines, each ending in a newline."""
    for line in lines:
        dest.write(line + "\n")
