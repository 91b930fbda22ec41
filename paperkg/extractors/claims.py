"""Rule-based extraction of claimed numbers from ML paper abstracts.

Why rules and not a model
-------------------------
Claims in abstracts are written in a small, very regular register ("improves
accuracy by 3.1 points", "up to 2.2x faster", "achieves 86.8% on GSM8K").
A few hundred lines of patterns reach high precision on that register, run in
well under a millisecond per abstract (the tool must process ~250 abstracts/s),
need no training data, and every decision can be traced to a named rule.
The hard part is not finding numbers but rejecting setup numbers (model sizes,
dataset sizes, GPU counts, years, names such as GPT-4); that is done with
explicit, general filters below.

Organisation
------------
1. Data tables: number words, unit synonyms, direction cues, metric cues,
   qualifier phrases, setup nouns (module-level constants).
2. Compiled regexes (module level, compiled once).
3. Small pure helpers: number parsing (digits, number words, LaTeX), unit
   normalisation, qualifier detection, setup-number filter, direction and
   metric detection, subject / benchmark / baseline attachment.
4. ``find_claims``: one regex pass finds number candidates, each candidate is
   classified from short windows of text around it (never whole-text loops),
   ranges and lists share units, then attributes are attached.
5. ``split_sentences``: a regex sentence splitter so that tests and the scoring
   script can run without spaCy.

Only the standard library is used so the module stays importable on its own.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

__all__ = ["find_claims", "split_sentences"]

# ---------------------------------------------------------------------------
# 1. Data tables
# ---------------------------------------------------------------------------

#: Cardinal number words and their values (compound tens such as
#: "twenty-five" are composed at parse time).
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a thousand": 1000, "dozen": 12, "a dozen": 12,
}

#: Multiplicative words glued to "fold" ("threefold").
FOLD_WORDS: dict[str, float] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
    "thousand": 1000,
}

#: Ordinals used in rank claims ("ranks first").
ORDINALS: dict[str, float] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}

#: Scale suffixes of a number ("7B", "1.3 trillion").
SCALE_FACTORS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "g": 1e9, "t": 1e12,
    "trillion": 1e12,
}

#: Outcome unit words: a number followed by one of these is a measured
#: quantity (time, memory, throughput, compute, energy).  Keys are lower-case
#: surface forms, values the unit reported.
OUTCOME_UNITS: dict[str, str] = {
    "ms": "ms", "millisecond": "ms", "milliseconds": "ms", "μs": "μs",
    "us": "μs", "microsecond": "μs", "microseconds": "μs", "ns": "ns",
    "s": "second", "sec": "second", "secs": "second", "second": "second",
    "seconds": "second", "min": "minute", "mins": "minute",
    "minute": "minute", "minutes": "minute", "h": "hour", "hr": "hour",
    "hrs": "hour", "hour": "hour", "hours": "hour", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month",
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "kib": "KiB",
    "mib": "MiB", "gib": "GiB", "byte": "byte", "bytes": "byte",
    "bit": "bit", "bits": "bit",
    "tokens/s": "token/s", "token/s": "token/s", "tok/s": "token/s",
    "tokens per second": "token/s", "tokens/sec": "token/s",
    "samples/s": "sample/s", "images/s": "image/s", "fps": "fps",
    "qps": "qps", "it/s": "it/s", "requests/s": "request/s",
    "flops": "FLOPs", "gflops": "GFLOPs", "tflops": "TFLOPs",
    "pflops": "PFLOPs", "petaflops": "PetaFLOPs", "teraflops": "TeraFLOPs",
    "exaflops": "ExaFLOPs", "kwh": "kWh", "db": "dB",
}

#: Count nouns that make an outcome count in "on 9 of these tasks".
COUNT_NOUNS: frozenset[str] = frozenset({
    "task", "benchmark", "dataset", "language", "metric", "category",
    "domain", "setting", "evaluation", "game", "environment", "subtask",
    "leaderboard", "track", "test", "suite", "language pair", "split",
})

#: Score names that make a following bare number a claim ("BLEU of 35.2").
SCORE_ACRONYMS: tuple[str, ...] = (
    "BLEU", "SacreBLEU", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE", "METEOR",
    "CIDEr", "SPICE", "chrF", "COMET", "BERTScore", "F1", "F-1", "macro-F1",
    "micro-F1", "EM", "mAP", "AP50", "AP75", "AP", "mIoU", "IoU", "PSNR",
    "SSIM", "LPIPS", "FID", "FVD", "PPL", "Elo", "ELO", "AUC", "AUROC",
    "AUPRC", "NDCG", "MRR", "WER", "CER", "MOS", "NLL", "MSE", "MAE",
)
SCORE_WORDS: tuple[str, ...] = (
    "accuracy", "accuracies", "perplexity", "score", "scores", "exact match",
    "rating", "win rate", "success rate", "error rate", "reward", "recall",
    "precision", "pass@1", "pass@k", "pass@10", "top-1", "top-5",
    "inception score", "clip score", "elo rating",
)

#: Direction cue stems.  INCREASE / DECREASE are change verbs, nouns and
#: comparatives; LEVEL cues mark an absolute level ("achieves", "maintains").
INCREASE_CUES: str = (
    r"improv\w*|increas\w*|boost\w*|gain\w*|higher|faster|quicker|"
    r"speed-?ups?|speeds?\s+up|sped\s+up|accelerat\w*|outperform\w*|"
    r"surpass\w*|exceed\w*|beat|beats|beating|better|larger|greater|"
    r"rais\w*|enhanc\w*|uplift\w*|lifts?|grow\w*|rises?|rising|jump\w*|"
    r"advanc\w*|more|doubl\w*|tripl\w*|leads?"
)
DECREASE_CUES: str = (
    r"reduc\w*|decreas\w*|lower\w*|cuts?|cutting|drops?|dropping|dropped|"
    r"declin\w*|sav(?:e|es|ed|ing|ings)|smaller|shrink\w*|shrunk|"
    r"compress\w*|slash\w*|degrad\w*|loss|losses|los(?:e|es|ing)|lost|"
    r"cheaper|shorter|trim\w*|fewer|less|prun\w*|eliminat\w*|"
    r"minimi[sz]\w*|halv\w*|decrement\w*|slower"
)
LEVEL_CUES: str = (
    r"achiev\w*|reach\w*|attain\w*|obtain\w*|scor(?:e|es|ed|ing)|"
    r"maintain\w*|retain\w*|preserv\w*|recover\w*|keep\w*|kept|match\w*|"
    r"sustain\w*|record\w*|yield\w*|deliver\w*|gets?|got|ranks?|"
    r"set(?:s|ting)?\s+a\s+new|establish\w*"
)

#: Nouns whose "<noun> of N" means a change rather than a level.
CHANGE_NOUNS_INC: str = (
    r"improvement|improvements|increase|increases|gain|gains|boost|"
    r"speedup|speed-up|speedups|acceleration|margin|uplift|advantage|lead"
)
CHANGE_NOUNS_DEC: str = (
    r"reduction|reductions|decrease|decreases|drop|drops|decline|saving|"
    r"savings|cut|loss|degradation|compression"
)

#: Known metric terms, longest first; used when no metric phrase is adjacent.
METRIC_TERMS: tuple[str, ...] = (
    "top-1 accuracy", "top-5 accuracy", "exact match", "pass@1", "pass@k",
    "win rate", "win-rate", "success rate", "error rate", "hallucination rate",
    "attack success rate", "accuracy", "f1 score", "f1", "bleu", "rouge-l",
    "rouge", "meteor", "cider", "perplexity", "throughput", "latency",
    "peak memory", "memory footprint", "memory usage", "memory consumption",
    "memory", "inference speed", "training speed", "decoding speed",
    "speedup", "speed-up", "speed", "gflops", "flops", "compute",
    "computational cost", "inference cost", "training cost", "cost",
    "energy efficiency", "energy consumption", "energy", "efficiency",
    "number of parameters", "parameters", "model size", "inference time",
    "training time", "runtime", "wall-clock time", "tokens", "recall",
    "precision", "map", "miou", "auc", "fid", "elo", "reward",
    "performance", "score",
)

#: Metric terms that are weak (used only when nothing better is near).
WEAK_METRIC_TERMS: frozenset[str] = frozenset({"performance", "score", "tokens"})

#: Nouns after/before a number that are settings, not measured outcomes
#: ("at 50% sparsity", "95% confidence").
SETTING_NOUNS: frozenset[str] = frozenset({
    "sparsity", "sparsity ratio", "sparsity ratios", "sparsity level",
    "pruning ratio", "pruning rate", "masking ratio", "mask ratio",
    "mask rate", "masking rate", "dropout", "confidence", "confidence interval",
    "confidence level", "learning rate", "noise", "noise level", "quantile",
    "percentile", "label noise", "overlap", "split",
})

#: Head nouns that are never a metric ("in 55.6% of cases").
NON_METRIC_HEADS: frozenset[str] = frozenset({
    "case", "cases", "time", "times", "model", "models", "task", "tasks",
    "dataset", "datasets", "benchmark", "benchmarks", "baseline", "baselines",
    "method", "methods", "approach", "approaches", "data", "sample", "samples",
    "example", "examples", "question", "questions", "setting", "settings",
    "instance", "instances", "query", "queries", "problem", "problems",
    "language", "languages", "user", "users", "it", "them", "work", "works",
    "counterpart", "counterparts", "model's", "system", "systems", "one",
    "ones", "version", "variant", "variants", "level", "way", "result",
    "results", "layer", "layers", "gpu", "gpus", "average", "total",
    "factor", "rate", "orders", "order", "magnitude", "respectively",
})

#: Words that stop a metric noun phrase.
NP_STOP_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "its", "their", "our", "his", "her", "this", "that",
    "these", "those", "on", "in", "at", "to", "by", "with", "than", "over",
    "across", "from", "while", "when", "and", "or", "but", "which", "who",
    "using", "under", "vs", "versus", "respectively", "relative", "against",
    "as", "without", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "we", "it", "they", "also", "only", "just", "up", "about",
    "around", "nearly", "approximately", "roughly", "almost", "average",
    "mean", "overall", "total", "compared", "whereas", "both", "all", "each",
    "further", "significantly", "substantially", "remarkable", "notable",
    "substantial", "significant", "impressive", "consistent", "absolute",
    "relative", "new", "state-of-the-art", "sota", "than", "can", "could",
    "will", "would", "may", "not", "no", "still", "even", "same", "other",
    "more", "less", "for", "via", "through", "into", "after", "before",
    "during", "among", "between", "within", "without", "so", "such", "then",
    "if", "i.e.", "e.g.", "where", "there", "here", "per",
})

#: Comparatives that may sit between a number and its metric ("2x faster
#: inference", "10% lower latency").
COMPARATIVES: str = (
    r"higher|lower|better|worse|faster|slower|quicker|more|fewer|less|"
    r"greater|larger|smaller|cheaper|shorter|longer|bigger"
)

#: Hardware words after "8x" / "4 times" (hardware counts, not speed-ups).
HARDWARE_WORDS: str = (
    r"GPUs?|TPUs?|CPUs?|NPUs?|RTX|NVIDIA|Nvidia|nodes?|cards?|[AHVLTP]\d{2,3}\w*|"
    r"GeForce|Tesla|Titan|TITAN|Ascend|MI\d+\w*|chips?|cores?|machines?"
)

#: Qualifier phrases (immediately before the number) and their labels.
QUALIFIER_PHRASES: dict[str, str] = {
    "up to": "up to", "upto": "up to", "as much as": "up to",
    "as high as": "up to", "as large as": "up to", "as many as": "up to",
    "a maximum of": "up to", "maximum of": "up to",
    "on average": "average", "an average of": "average",
    "average of": "average", "averaging": "average", "averages": "average",
    "average": "average", "averaged": "average", "mean": "average",
    "approximately": "about", "approx.": "about", "approx": "about",
    "about": "about", "around": "about", "roughly": "about",
    "nearly": "about", "almost": "about", "circa": "about", "ca.": "about",
    "~": "about", "≈": "about", "∼": "about", "\\sim": "about",
    "\\approx": "about", "close to": "about",
    "more than": "more than", "over": "more than", "above": "more than",
    "exceeding": "more than", "beyond": "more than", "upwards of": "more than",
    "in excess of": "more than", ">": "more than", "greater than": "more than",
    "higher than": "more than",
    "at least": "at least", "no less than": "at least", "≥": "at least",
    ">=": "at least", "\\geq": "at least", "\\ge": "at least",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "at most": "less than", "no more than": "less than",
    "<": "less than", "≤": "less than", "<=": "less than",
    "\\leq": "less than", "\\le": "less than", "lower than": "less than",
}

#: Abbreviations that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "e.g", "i.e", "al", "vs", "etc", "fig", "figs", "eq", "eqs", "cf",
    "approx", "resp", "sec", "no", "nos", "dr", "mr", "mrs", "ms", "prof",
    "tab", "ref", "refs", "vol", "pp", "ch", "st", "inc", "ltd", "co",
    "jr", "sr", "viz", "ca", "est", "a.k.a", "w.r.t", "u.s", "approx",
    "incl", "max", "min", "avg", "var", "op", "cit", "ibid", "nat",
    "proc", "conf", "univ", "dept", "eqn", "thm", "lem", "def", "alg",
})

# ---------------------------------------------------------------------------
# 2. Compiled regexes
# ---------------------------------------------------------------------------

_NUMWORD_ALT = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:a|one)\s+hundred|hundred|a\s+thousand|(?:a\s+)?dozen"
)

# Digit number (with thousands separators / decimals) or a number word.
_NUMBER_RE = re.compile(
    r"(?P<sign>[+\-−](?=[0-9.]))?"
    r"(?P<digits>(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)"
    r"|(?<![\w-])(?P<word>(?i:" + _NUMWORD_ALT + r"))(?![\w-])",
)

# Special phrases that carry a number without digits.
_SPECIAL_RE = re.compile(
    r"(?i:(?P<order>\b(?:an|one|two|three|four|five|six|[0-9]+)\s+orders?\s+of\s+magnitude\b)"
    r"|(?P<half>\b(?:by|in)\s+half\b|\bhalv(?:es|ed|ing)\s+(?:the|its|their|our)\b)"
    r"|(?P<twice>\btwice\s+(?:as\s+(?!large|big|many|much\s+data|long)\w+|faster|"
    r"higher|better|the\s+(?:speed|throughput|performance|efficiency|accuracy))"
    r"|\bby\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|over\s+)?twice\b)"
    r"|(?P<double>\b(?:doubl|tripl|quadrupl)(?:es|ed|ing)\s+(?:the|its|their|our)\b"
    r"|\ba\s+(?:doubling|tripling)\s+of\b)"
    r"|(?P<foldword>\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)-?fold\b)"
    r"|(?P<rank>\brank(?:s|ed|ing)?\s+(?:(?:the\s+)?(?:first|second|third|1st|2nd|3rd)|"
    r"(?:no\.\s?|#\s?)[0-9]+)\b|\b(?:first|1st|second|2nd|third|3rd)\s+place\b|"
    r"(?<![\w#])#[0-9]+\s+(?=on\b|in\b|among\b)))"
)

# Scale + unit right after a number (anchored with .match on the tail).
_UNIT_RE = re.compile(
    r"(?P<scale>(?:\s?(?i:thousand|million|billion|trillion|bn|mn)\b)|[KMBTkG](?![A-Za-z0-9]))?"
    r"(?P<plus>\+(?![0-9]))?"
    r"(?:(?P<pct>\s?(?:\\?%|％|\s?(?i:percentage\s+points?|percent(?:age)?\b|per\s+cent\b|"
    r"pp\b|p\.p\.|pts?\b|points?\b)))"
    r"|(?P<times>\s?(?:[x×✕](?![A-Za-z0-9])|\$?\\times\$?|(?i:times)|-?(?i:fold)\b))"
    r"|(?P<hyph>-[A-Za-z])"
    r"|(?P<word>\s?(?:tokens?\s+per\s+second|(?:tokens?|tok|samples?|images?|requests?)/s(?:ec)?\b|"
    r"it/s\b|(?i:ms|μs|ns|milliseconds?|microseconds?|seconds?|secs?|s|minutes?|mins?|"
    r"hours?|hrs?|h|days?|weeks?|months?|bytes?|bits?|fps|qps|kwh|db)\b|"
    r"(?:KB|MB|GB|TB|KiB|MiB|GiB|kB|Gb|Mb)\b|(?i:[GTPE]?FLOPS?|[GTPE]FLOPs|"
    r"peta-?flops?|tera-?flops?|exa-?flops?)\b))"
    r"|(?P<noun>\s(?:[A-Za-z][\w'-]*)))?"
)

_PCT_POINTS_RE = re.compile(r"(?i)percentage|pp\b|p\.p\.|pts?\b|points?\b")

# Bare-number score context: score name immediately before the number.
_SCORE_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in SCORE_ACRONYMS) + r")"
    r"|(?i:\b(?:" + "|".join(re.escape(w) for w in SCORE_WORDS) + r")))"
    r"\)?\s*(?:(?i:score|scores|value|values)\s*)?"
    r"(?:(?i:of|=|:|is|was|at|reaching|reaches|to|from|by)\s*)?"
    r"(?:(?i:an?|only|just|up\s+to|about|approximately|around|over|more\s+than|nearly|roughly)\s+|[~≈]\s*)?"
    r"[+(]?$"
)
# Bare-number score context: score name right after the number.
_SCORE_AFTER_RE = re.compile(
    r"\s(?:(?:" + "|".join(re.escape(a) for a in SCORE_ACRONYMS) + r")(?![\w-])"
    r"|(?i:(?:top-1\s+|top-5\s+)?accuracy\b|perplexity\b|win\s+rate\b|"
    r"success\s+rate\b|exact\s+match\b|pass@\w+))"
)
_FACTOR_OF_RE = re.compile(r"(?i)\bfactor\s+of\s+(?:about\s+|up\s+to\s+|over\s+|nearly\s+|~)?$")

# Setup / name filters on the text just before a number.
_NAME_BEFORE_RE = re.compile(
    r"(?:[A-Za-z_@#&\\]|[A-Za-z]-|[A-Za-z][0-9.]*[/:]|\^|\.[0-9]*|[0-9][x×]\s?|[0-9]\s[x×]\s)$"
)
_CAP_WORD_BEFORE_RE = re.compile(r"(?:^|[\s(])(?:[A-Z][\w.-]*|[a-z]+[A-Z][\w.-]*)\s$")
_SECTION_BEFORE_RE = re.compile(
    r"(?i)\b(?:sec(?:tion)?s?|table|tab|fig(?:ure)?s?|eqs?|eqn|equations?|appendix|"
    r"algorithm|theorem|lemma|corollary|definition|chapter|part|step|stage|phase|"
    r"version|v|level|round|epoch|layer|rule|claim|question|rq|hypothesis|"
    r"figure|line|page|pages|example|case|setting|task|type|model|top|batch\s+size|"
    r"k|n|alpha|beta|gamma|lambda|tau|eta|epsilon|seed)\s*\.?\s*[=:(]?\s*$"
)
_VARIABLE_BEFORE_RE = re.compile(r"(?:\b[A-Za-z]\w{0,12}|[)\]])\s*(?:=|<|>|≤|≥|<=|>=|\\leq|\\geq|\\le|\\ge)\s*$")
_HTML_OPEN_RE = re.compile(r"<[A-Za-z/!][^<>]*$")
_YEAR_RE = re.compile(r"^(?:19|20)[0-9]{2}$")
_URL_RE = re.compile(r"(?i)(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|io|net|html|edu|ai)(?:/\S*)?")
_BRACKET_CITE_RE = re.compile(r"\[[0-9]+(?:\s*[,–-]\s*[0-9]+)*\]")

_RANGE_SEP_RE = re.compile(r"^\s?(?:-{1,3}|–|—|~|∼|to|\\sim|\$\\sim\$)\s?$")
_LIST_SEP_RE = re.compile(r"^(?:\s?(?:,|/|&)\s?|\s(?:and|or)\s|,\s(?:and|or)\s)$")
_AFTER_SETUP_RE = re.compile(
    r"^\s?(?:[×x*]\s?[0-9]|/[0-9]|\^|-?\s?(?i:layer|shot|bit|digit|dimension|dim|d\b|way|gram|hop|step|"
    r"turn|round|epoch|th\b|st\b|nd\b|rd\b|cross)|(?i:cross[- ]valid))"
)
_HARDWARE_AFTER_RE = re.compile(r"^\s?(?:\$?\\times\$?|[x×]|times)?\s?(?:" + HARDWARE_WORDS + r")")
_TIME_AFTER_SETUP_RE = re.compile(r"(?i)^\s?(?:of\b|long\b|length\b|-long|old\b|ago\b|later\b|earlier\b|clips?\b|videos?\b|audio\b|speech\b)")
_FOR_BEFORE_RE = re.compile(r"(?i)\b(?:for|with|using|on|at|of|every\s+\w+\s+for)\s+(?:a|an|the|about|approximately|around|over|up\s+to|only|just)?\s*$")
_QUANT_BEFORE_RE = re.compile(r"(?i)quantiz|precision|bit-?width|int[0-9]|fp[0-9]|weights?\s+to\s*$|to\s*$")
_YEAR_CONTEXT_RE = re.compile(r"(?i)(?:\bin|\bsince|\bfrom|\buntil|\bby|\bof|\bcirca|,|\()\s*$")

_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?P<q>(?i:up\s?to|as\s+(?:much|high|large|many)\s+as|(?:a\s+)?maximum\s+of|"
    r"on\s+average|an?\s+average\s+of|average\s+of|averag(?:ing|es|ed)|average|mean|"
    r"approximately|approx\.?|about|around|roughly|nearly|almost|circa|ca\.|close\s+to|"
    r"more\s+than|over|above|exceeding|beyond|upwards\s+of|in\s+excess\s+of|greater\s+than|"
    r"higher\s+than|at\s+least|no\s+less\s+than|less\s+than|fewer\s+than|under|below|"
    r"at\s+most|no\s+more\s+than|lower\s+than))"
    r"|(?P<sym>~|≈|∼|>=|<=|>|<|≥|≤|\$?\\(?:sim|approx|geq|leq|ge|le)\$?))"
    r"\s*(?:(?i:every|each)\s+)?\$?\s*$"
)
_AVERAGE_AFTER_RE = re.compile(r"(?i)^[\s,]*(?:on\s+average|in\s+average|averaged|on\s+avg\.?)\b")
_AVERAGE_NEAR_RE = re.compile(r"(?i)\b(?:average|averaged|avg\.?|mean)\b")

_ARTICLE_BEFORE_RE = re.compile(r"(?i)(?:\b(?:a|an|the|by|of|only|just|still|over|another|additional|extra|remarkable|impressive|substantial|significant|notable)\s+)+$")

_INC_RE = INCREASE_CUES
_DEC_RE = DECREASE_CUES
_CUE_RE = re.compile(
    r"(?i)\b(?:(?P<inc>" + INCREASE_CUES + r")|(?P<dec>" + DECREASE_CUES + r")|(?P<lvl>"
    + LEVEL_CUES + r"))\b"
)
_AFTER_CUE_RE = re.compile(
    r"(?i)^[\s)]*(?:(?:the|its|their|a|an|relative|absolute|overall|average|total|"
    r"[a-z][\w@/-]*)\s+){0,2}?(?:(?P<inc>" + INCREASE_CUES + r"|improvements?)|(?P<dec>"
    + DECREASE_CUES + r"))\b"
)
_AFTER_BLOCK_RE = re.compile(
    r"(?i)\b(?:on|in|of|than|for|at|with|and|or|while|when|compared|to|over|across|the|"
    r"using|by|from|vs|versus|which|that|whereas|but)\b|[,;:.()\[\]]"
)
_ADJ_LEVEL_RE = re.compile(
    r"(?i)(?:\b(?:from|to|at|with|in|is|was|are|were|reaching|reaches|reached|achieving|"
    r"achieves|achieved|obtains?|obtaining|attains?|attaining|scores?|scoring|of|=|:)\s*"
    r"|[=:(]\s*)$"
)
_ADJ_CHANGE_NOUN_RE = re.compile(
    r"(?i)\b(?:(?P<inc>" + CHANGE_NOUNS_INC + r")|(?P<dec>" + CHANGE_NOUNS_DEC + r"))"
    r"\s+(?:of|by|to)?\s*$"
)
_BOUNDARY_RE = re.compile(r"(?i)[;:]|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b|\bhowever\b")
_FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s*$")
_RANGING_BEFORE_RE = re.compile(r"(?i)\b(?:rang(?:e|es|ing)|var(?:y|ies|ying)|between|sizes?|scales?)\s+(?:from\s+)?$")
_PERF_CUE_RE = re.compile(
    r"(?i)\b(?:improv\w*|boost\w*|increas\w*|rais\w*|reduc\w*|decreas\w*|drop\w*|"
    r"accuracy|score|perplexity|performance|bleu|rouge|f1|error|win|success)\b"
)
_OUTCOME_SENT_RE = re.compile(
    r"(?i)state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|outperform|surpass|\bbeat|\bwins?\b|"
    r"\bwinning\b|exceed|\btop\b|superior|\bleading\b|new\s+records?|\bfirst\b|\bmatch"
)
_COUNT_OF_RE = re.compile(
    r"^\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+|our\s+)?(?:[0-9]+\s+|"
    r"(?i:" + _NUMWORD_ALT + r")\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>(?i:tasks?|benchmarks?|datasets?|languages?|metrics?|categories|category|"
    r"domains?|settings?|evaluations?|games?|environments?|subtasks?|leaderboards?|tracks?|"
    r"tests?|suites?|splits?|language\s+pairs?))\b"
)
_COUNT_SOTA_RE = re.compile(
    r"(?i)(?:state[- ]of[- ]the[- ]art|\bsota\b|\bbest\b|\bnew\s+records?)[^.;]{0,40}"
    r"\b(?:on|in|across)\s+$"
)
_COUNT_NOUN_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?P<noun>(?i:tasks?|benchmarks?|datasets?|languages?|metrics?|"
    r"categories|domains?|settings?|evaluations?|games?|environments?|subtasks?|"
    r"leaderboards?))\b"
)
_METRIC_TERM_RE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(re.escape(t) for t in METRIC_TERMS) + r")(?:e?s)?(?![\w-])"
)
_WORD_RE = re.compile(r"[A-Za-z@][\w@'./-]*[\w%]|[A-Za-z]")
_BASELINE_RE = re.compile(
    r"(?i)\b(?:than|over|compared\s+(?:to|with)|relative\s+to|vs\.?|versus|against|"
    r"outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|beating|exceed(?:s|ed|ing)?)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?=[^\s0-9])"
)
_BASELINE_STOP_RE = re.compile(
    r"(?i)[,;:.()]|\s(?:by|on|in|with|while|and|at|across|for|using|when|which|that|"
    r"up|to|under|without|respectively|of)\b"
)
_SENT_END_RE = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[$\\]?[A-Z0-9])|\n\s*\n|\n")
_ABBREV_TAIL_RE = re.compile(r"(?:^|[\s(])([A-Za-z][A-Za-z.]{0,8})\.$")

# ---------------------------------------------------------------------------
# 3. Small pure helpers
# ---------------------------------------------------------------------------


def parse_number(surface: str) -> float | None:
    """Parse a digit string or a number word into a float.

    Handles thousands separators ("2,217,692"), decimals, LaTeX minus signs
    and number words ("five", "twenty-five").  Returns None when the
    surface is not a number, so callers can skip it instead of raising.
    """
    s = surface.strip().replace("−", "-").lower()
    if not s:
        return None
    if s[0].isdigit() or s[0] in "+-.":
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    s = re.sub(r"\s+", " ", s)
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def normalize_unit(raw: str) -> str:
    """Map a unit surface form to the reported unit.

    "%", "\\%", "percent" give "%"; "x", "×", "times", "fold", "\\times" give
    "x"; "points", "pp", "percentage points" give "points"; known outcome units
    are singularised ("minutes" -> "minute", "GB" stays "GB").
    """
    u = raw.strip().strip("$").strip()
    low = u.lower()
    if not u:
        return ""
    if "%" in u or "％" in u or low.startswith("percent") and "point" not in low or low == "per cent":
        return "%"
    if _PCT_POINTS_RE.match(low):
        return "points"
    if low in {"x", "×", "✕", "\\times", "times"} or low.lstrip("-").startswith("fold"):
        return "x"
    key = re.sub(r"\s+", " ", low)
    if key in OUTCOME_UNITS:
        return OUTCOME_UNITS[key]
    flops = re.sub(r"[-\s]", "", low)
    if flops in OUTCOME_UNITS:
        return OUTCOME_UNITS[flops]
    if low.endswith("s") and len(low) > 3 and not low.endswith("ss"):
        low = low[:-1]
    return low


def _singular(word: str) -> str:
    """Singularise a lower-case English word (enough for metric heads)."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "flops", "'s")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s"):
        return word[:-1]
    return word


def detect_qualifier(before: str, after: str) -> tuple[str | None, int]:
    """Return (qualifier, length of its text in ``before``).

    ``before`` is the text just before the number; the qualifier must end
    there ("up to 2.2x", "~5%").  "on average" may also follow the number.
    """
    m = _QUALIFIER_BEFORE_RE.search(before[-40:])
    if m:
        raw = (m.group("q") or m.group("sym") or "").lower()
        raw = re.sub(r"\s+", " ", raw).strip("$")
        if raw == "upto":
            raw = "upto"
        label = QUALIFIER_PHRASES.get(raw)
        if label is None and raw.startswith("averag"):
            label = "average"
        if label is None and raw.startswith("a maximum"):
            label = "up to"
        if label is None and raw.startswith("an average") or raw.startswith("a average"):
            label = "average"
        if label:
            return label, len(before[-40:]) - m.start()
    if _AVERAGE_AFTER_RE.match(after):
        return "average", 0
    return None, 0


def _clause_window(text: str, lo: int, pos: int, width: int = 130) -> tuple[int, str]:
    """Text from the start of the current clause (bounded) up to ``pos``."""
    start = max(lo, pos - width)
    window = text[start:pos]
    last = None
    for last in _BOUNDARY_RE.finditer(window):
        pass
    if last is not None:
        start += last.end()
        window = text[start:pos]
    return start, window


def detect_direction(before: str, after: str, unit: str) -> str:
    """Decide "increase" / "decrease" / "none" from cue words near the number.

    Order of evidence (why): a cue right after the number ("2x faster",
    "5% reduction") is the most local; then a level marker or change noun
    adjacent before it ("accuracy of", "drop of", "from", "to"); then the
    nearest change or level verb earlier in the clause ("reduces memory by");
    finally a default by unit, since "x" and "points" are relative by nature.
    """
    m = _AFTER_CUE_RE.match(after[:60])
    if m:
        blk = _AFTER_BLOCK_RE.search(after[: m.start("inc" if m.group("inc") else "dec")])
        if blk is None:
            return "increase" if m.group("inc") else "decrease"
    tail = before[-40:]
    cn = _ADJ_CHANGE_NOUN_RE.search(tail)
    if cn:
        return "increase" if cn.group("inc") else "decrease"
    if _ADJ_LEVEL_RE.search(tail) and not re.search(r"(?i)\bby\s*$", tail):
        return "none"
    last = None
    for last in _CUE_RE.finditer(before):
        pass
    if last is not None:
        if last.group("inc"):
            return "increase"
        if last.group("dec"):
            return "decrease"
        return "none"
    if before.rstrip().endswith("+"):
        return "increase"
    if unit in ("x", "points"):
        return "increase"
    return "none"


def _np_after(after: str) -> tuple[str | None, str | None]:
    """Metric noun phrase right after a number ("2x higher throughput").

    Returns (comparative, phrase); either may be None.
    """
    m = re.match(
        r"(?i)^\s*(?:(?P<cmp>" + COMPARATIVES + r")\s+)?(?:(?:in\s+(?:terms\s+of\s+)?|the\s+|its\s+|their\s+))?",
        after,
    )
    comp = m.group("cmp").lower() if m and m.group("cmp") else None
    rest = after[m.end():] if m else after
    if m and not comp:
        mm = re.match(r"(?i)^\s*(?P<cmp>" + COMPARATIVES + r")\b", after)
        if mm:
            comp = mm.group("cmp").lower()
    words: list[str] = []
    for w in _WORD_RE.finditer(rest[:80]):
        gap = rest[(w.start() - 1) if w.start() else 0:w.start()]
        if words and gap not in (" ", ""):
            break
        if not words and w.start() > 1:
            break
        tok = w.group().rstrip(".").lower()
        if tok in NP_STOP_WORDS and not (tok == "of" and words):
            break
        if tok == "of":
            words.append(tok)
            continue
        if any(ch.isdigit() for ch in tok) and not tok.startswith("pass@"):
            break
        if w.group()[:1].isupper() and not _is_metric_like(w.group()):
            break
        words.append(tok)
        if len(words) >= 4:
            break
    while words and words[-1] == "of":
        words.pop()
    if not words:
        return comp, None
    phrase = " ".join(words)
    if words[-1] in NON_METRIC_HEADS and phrase not in METRIC_TERMS:
        return comp, None
    return comp, phrase


def _is_metric_like(word: str) -> bool:
    """True for capitalised tokens that are still metric words (GPU, FLOPs, BLEU)."""
    return bool(re.fullmatch(r"(?:GPU|CPU|KV|FLOPs?|[GTP]FLOPs?|BLEU|F1|ROUGE[-\w]*|"
                             r"AUC|mAP|mIoU|FID|PPL|WER|CER|EM|Elo|MFU|TTFT|TPOT|QPS|"
                             r"FPS|SacreBLEU|COMET|CIDEr|PSNR|SSIM)", word))


def _np_before(before: str) -> str | None:
    """Metric noun phrase ending just before a linker ("GPU throughputs of")."""
    m = re.search(
        r"(?i)(?P<np>(?:[\w@'/-]+\s+){0,5}?[\w@'/-]+)\s+(?:of|by|to|at|reaching|reaches|is|was|=|:)"
        r"\s*(?:(?:up\s+to|about|approximately|around|over|more\s+than|nearly|roughly|"
        r"only|just|a|an|less\s+than|at\s+least)\s+)*[~≈]?\s*$",
        before[-70:],
    )
    if not m:
        return None
    toks = m.group("np").split()
    out: list[str] = []
    for tok in reversed(toks):
        low = tok.lower()
        if low in NP_STOP_WORDS and low not in ("for", "per"):
            break
        if _CUE_RE.fullmatch(low) and not re.fullmatch(
                r"(?i)" + CHANGE_NOUNS_INC + "|" + CHANGE_NOUNS_DEC + r"|speed|efficiency", low):
            break
        if any(ch.isdigit() for ch in tok) and not low.startswith("pass@"):
            break
        if tok[:1].isupper() and not _is_metric_like(tok) and out:
            break
        out.append(low)
        if len(out) >= 5:
            break
    while out and out[-1] in ("for", "per", "of", "in"):
        out.pop()
    out.reverse()
    while out and out[0] in ("for", "per", "of", "in", "average", "mean", "overall"):
        out.pop(0)
    if not out:
        return None
    if out[-1] in NON_METRIC_HEADS or (out[-1][:1].isupper() and not _is_metric_like(out[-1])):
        return None
    if any(t[:1].isupper() and not _is_metric_like(t) for t in out):
        return None
    return " ".join(out)


def _clean_metric(phrase: str) -> str:
    """Lower-case, singularise the head and normalise speed-up spellings."""
    words = phrase.lower().replace("speed-up", "speedup").split()
    words = [w for w in words if w not in ("average", "mean", "overall", "relative", "absolute")]
    if not words:
        return phrase.lower()
    words[-1] = _singular(words[-1])
    words = [_singular(w) if i < len(words) - 1 and w.endswith("ies") is False and w.endswith("s")
             and w in ("tokens", "throughputs", "parameters", "efficiencies") else w
             for i, w in enumerate(words)]
    return " ".join(words)


def _nearest_metric_term(text: str, lo: int, hi: int, pos: int) -> str | None:
    """Nearest known metric term to ``pos`` within text[lo:hi] (strong terms first)."""
    best: tuple[int, int, str] | None = None
    for m in _METRIC_TERM_RE.finditer(text, lo, hi):
        term = m.group().lower()
        weak = 1 if _singular(term) in WEAK_METRIC_TERMS or term in WEAK_METRIC_TERMS else 0
        dist = pos - m.end() if m.end() <= pos else (m.start() - pos) + 15
        key = (weak, abs(dist), term)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def detect_metric(text: str, s_lo: int, s_hi: int, num_start: int, unit_end: int,
                  before: str, after: str, metric_entities: Sequence[tuple[int, int, str]],
                  direction_before: str) -> tuple[str | None, int]:
    """Pick the measured quantity for a claim; returns (metric, strength).

    Strength 2 = phrase adjacent to the number, 1 = metric entity or known
    term in the sentence, 0 = derived from a verb ("faster" -> "speed").
    Adjacent phrases win because abstracts name the metric right next to the
    number ("accuracy of 70%", "3x higher throughput").
    """
    comp, after_np = _np_after(after)
    speed_verb = bool(re.search(r"(?i)accelerat\w*|speed\w*\s+up|\bfaster\b|\bspeed-?ups?\b|\bquicker\b",
                                before[-80:] + " " + (comp or "")))
    phrase: str | None = None
    strength = 0
    if after_np and not re.match(r"(?i)^(?:of|by)\b", after.strip()):
        phrase, strength = after_np, 2
    if phrase is None:
        bnp = _np_before(before)
        if bnp:
            phrase, strength = bnp, 2
    if phrase is None and metric_entities:
        best = None
        for (es, ee, name) in metric_entities:
            if ee <= s_lo or es >= s_hi:
                continue
            dist = num_start - ee if ee <= num_start else es - unit_end
            if best is None or abs(dist) < best[0]:
                best = (abs(dist), name)
        if best is not None:
            phrase, strength = best[1], 1
    if phrase is None:
        lo = max(s_lo, num_start - 150)
        hi = min(s_hi, unit_end + 60)
        term = _nearest_metric_term(text, lo, hi, num_start)
        if term:
            phrase, strength = term, 1
    if comp in ("cheaper",) and phrase is None:
        phrase = "cost"
    if phrase is None:
        if speed_verb:
            return "speed", 0
        if comp in ("smaller", "larger", "bigger"):
            return "size", 0
        return None, 0
    metric = _clean_metric(phrase)
    if speed_verb and not re.search(r"speed|time|latency|throughput|runtime", metric) and strength == 2:
        metric = metric + " speed"
    return metric, strength


# ---------------------------------------------------------------------------
# Candidate representation
# ---------------------------------------------------------------------------


@dataclass
class _Cand:
    """One number found in the text, before it is accepted as a claim."""

    start: int            # start of the number (incl. sign)
    num_end: int          # end of the number itself
    end: int              # end of number + scale + unit
    value: float
    unit: str | None      # normalised unit, None if none attached
    kind: str             # "unit", "bare", "scale", "noun", "reject", "special", "count"
    raw_unit: str = ""
    scale: float = 1.0
    is_word: bool = False
    sign: str = ""
    inherited_from: int = -1
    group_start: int = -1
    group_end: int = -1
    accepted: bool = False
    direction: str | None = None
    metric: str | None = None
    fixed_qualifier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _sentence_bounds(sent_starts: list[int], sents: list[tuple[int, int]], pos: int,
                     n: int) -> tuple[int, int]:
    """The (start, end) of the sentence that holds ``pos``."""
    if not sents:
        return 0, n
    i = bisect.bisect_right(sent_starts, pos) - 1
    if i < 0:
        return 0, sents[0][0]
    s, e = sents[i]
    if pos >= e:
        nxt = sents[i + 1][0] if i + 1 < len(sents) else n
        return e, nxt
    return s, e


def _sanitize_sentences(text: str, sentences: Sequence[Any]) -> list[tuple[int, int]]:
    """Clamp, sort and de-overlap sentence spans; fall back to our splitter."""
    n = len(text)
    out: list[tuple[int, int]] = []
    try:
        for sp in sentences or ():
            try:
                s, e = int(sp[0]), int(sp[1])
            except (TypeError, ValueError, IndexError):
                continue
            s, e = max(0, min(s, n)), max(0, min(e, n))
            if e > s:
                out.append((s, e))
    except TypeError:
        out = []
    if not out:
        return split_sentences(text)
    out.sort()
    clean: list[tuple[int, int]] = []
    for s, e in out:
        if clean and s < clean[-1][1]:
            s = clean[-1][1]
            if e <= s:
                continue
        clean.append((s, e))
    return clean


def _sanitize_entities(text: str, entities: Sequence[Any]) -> list[tuple[int, int, str, str]]:
    """Keep well-formed entity mentions as (start, end, type, name)."""
    n = len(text)
    out: list[tuple[int, int, str, str]] = []
    try:
        for e in entities or ():
            try:
                s, t = int(e["start"]), int(e["end"])
                typ = str(e.get("type", "")).lower() if hasattr(e, "get") else str(e["type"]).lower()
                name = e.get("name") if hasattr(e, "get") else e["name"]
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                continue
            if not (0 <= s < t <= n):
                continue
            name = str(name) if name else text[s:t]
            out.append((s, t, typ, name))
    except TypeError:
        return []
    out.sort()
    return out


def _is_setup_before(text: str, start: int, value: float, bare: bool) -> bool:
    """Setup-number filter on the text just before a number.

    Rejects numbers inside names (GPT-4, Llama-2-7B, Qwen2.5, pass@1),
    variables and hyperparameters (k=3, p<0.05), section/table/equation
    numbers, HTML attribute values and dimensions (224x224).
    """
    pre = text[max(0, start - 40):start]
    if not pre:
        return False
    if _NAME_BEFORE_RE.search(pre):
        # "-" after a digit, %, x or space is a range/minus sign, not a name.
        if pre.endswith("-") and (len(pre) < 2 or not pre[-2].isalpha()):
            pass
        else:
            return True
    if _VARIABLE_BEFORE_RE.search(pre) and not _SCORE_BEFORE_RE.search(pre):
        return True
    if bare and _SECTION_BEFORE_RE.search(pre):
        return True
    if _HTML_OPEN_RE.search(pre):
        return True
    return False


# ---------------------------------------------------------------------------
# 4. Main entry point
# ---------------------------------------------------------------------------


def _scan_candidates(text: str, skip: list[tuple[int, int]]) -> list[_Cand]:
    """Find every number and classify what follows it (unit, scale, noun)."""
    cands: list[_Cand] = []
    skip_i = 0
    n = len(text)
    for m in _NUMBER_RE.finditer(text):
        s = m.start()
        while skip_i < len(skip) and skip[skip_i][1] <= s:
            skip_i += 1
        if skip_i < len(skip) and skip[skip_i][0] <= s < skip[skip_i][1]:
            continue
        is_word = m.group("word") is not None
        surface = m.group("word") if is_word else m.group("digits")
        value = parse_number(surface)
        if value is None:
            continue
        sign = m.group("sign") or ""
        if sign and s > 0 and (text[s - 1].isalnum() or text[s - 1] in "%)"):
            # "7.0-8.0" or "x-1": the sign is a range dash, not a sign.
            s += 1
            sign = ""
        num_end = m.end()
        tail = text[num_end:num_end + 40]
        um = _UNIT_RE.match(tail)
        c = _Cand(start=s, num_end=num_end, end=num_end, value=value, unit=None,
                  kind="bare", is_word=is_word, sign=sign)
        if is_word:
            c.value = value
        if um is None:
            cands.append(c)
            continue
        if um.group("scale"):
            scale_key = um.group("scale").strip().lower()
            c.scale = SCALE_FACTORS.get(scale_key, 1.0)
        unit_raw = None
        for g in ("pct", "times", "word"):
            if um.group(g):
                unit_raw = um.group(g)
                break
        if unit_raw is not None:
            c.raw_unit = unit_raw
            c.unit = normalize_unit(unit_raw)
            c.end = num_end + um.end()
            c.kind = "unit"
            if um.group("word"):
                c.kind = "word"
        elif um.group("hyph"):
            c.kind = "reject"
            c.end = num_end + um.end()
        elif um.group("scale"):
            c.kind = "scale"
            c.end = num_end + um.end("scale")
        elif um.group("plus"):
            c.end = num_end + 1
        elif um.group("noun"):
            c.kind = "noun"
            c.raw_unit = um.group("noun").strip()
        if um.group("plus") and unit_raw is None:
            c.extra["plus"] = True
        if um.group("plus") and unit_raw is not None:
            c.extra["plus"] = True
        if c.scale != 1.0 and c.kind in ("unit", "word"):
            c.extra["scaled"] = True
        if c.end > n:
            c.end = n
        cands.append(c)
    return cands


def _skip_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never claims: URLs and bracketed citations."""
    spans = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _BRACKET_CITE_RE.finditer(text)]
    spans.sort()
    return spans


def _link_groups(text: str, cands: list[_Cand]) -> None:
    """Share units inside ranges and lists ("10-20%", "3, 5 and 7 points").

    A number with nothing attached inherits the unit / scale / noun of the
    next number when only a range or list separator lies between them.
    Processed right to left so that chains propagate.
    """
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.kind != "bare" or a.extra.get("plus"):
            continue
        between = text[a.num_end:b.start]
        if len(between) > 8:
            continue
        is_range = bool(_RANGE_SEP_RE.match(between))
        if not (is_range or _LIST_SEP_RE.match(between)):
            continue
        if b.kind in ("bare",):
            if is_range:
                a.extra["range_bare"] = i + 1
            continue
        if b.is_word != a.is_word and b.kind in ("unit",) and not is_range:
            continue
        a.kind = b.kind
        a.unit = b.unit
        a.raw_unit = b.raw_unit
        a.scale = b.scale
        a.inherited_from = i + 1
        a.extra["link"] = "range" if is_range else "list"
        if "scaled" in b.extra:
            a.extra["scaled"] = True


def _accept_special(text: str, m: re.Match[str]) -> _Cand | None:
    """Turn a special phrase ("by half", "ranks first") into a candidate."""
    g = m.lastgroup
    s, e = m.start(), m.end()
    phrase = m.group().lower()
    if g == "order":
        first = phrase.split()[0]
        n = 1.0 if first in ("an", "one") else (parse_number(first) or 1.0)
        return _Cand(s, e, e, 10.0 ** n, "x", "special", extra={"special": "order"})
    if g == "half":
        if phrase.startswith("halv"):
            e = s + len(re.match(r"\w+", phrase).group())
        return _Cand(s, e, e, 50.0, "%", "special", direction="decrease",
                     extra={"special": "half"})
    if g == "twice":
        return _Cand(s, e, e, 2.0, "x", "special", direction="increase",
                     extra={"special": "twice"})
    if g == "double":
        v = 2.0 if "doubl" in phrase else (3.0 if "tripl" in phrase else 4.0)
        e = s + len(re.match(r"(?:a\s+)?\w+", phrase).group())
        return _Cand(s, e, e, v, "x", "special", direction="increase",
                     extra={"special": "double"})
    if g == "foldword":
        word = re.match(r"[a-z]+", phrase).group()
        return _Cand(s, e, e, FOLD_WORDS.get(word, 1.0), "x", "special",
                     extra={"special": "fold"})
    if g == "rank":
        ordm = re.search(r"(first|second|third|1st|2nd|3rd)|([0-9]+)", phrase)
        if not ordm:
            return None
        v = ORDINALS.get(ordm.group(1), 0.0) if ordm.group(1) else float(ordm.group(2))
        txt = m.group().rstrip()
        return _Cand(s, s + len(txt), s + len(txt), v, "rank", "special", direction="none",
                     extra={"special": "rank"})
    return None


def _accept(text: str, c: _Cand, cands: list[_Cand], idx: int, s_lo: int, s_hi: int) -> bool:
    """Decide whether a candidate is a claimed number (the setup filter).

    Why each rule: % / x / points units are outcome units unless the
    context marks a setting; unit words must be outcome units (time, memory,
    throughput) and not a setting ("for 3 days", "24GB GPU"); scaled numbers
    (7B, 200K) are sizes; bare numbers need a score context ("BLEU of
    35.2", "from 68.2 to 81.5"); counts need an outcome frame ("9 of these
    tasks" next to "state-of-the-art").
    """
    n = len(text)
    bare = c.kind == "bare"
    if c.kind == "reject":
        return False
    if _is_setup_before(text, c.start, c.value, bare or c.kind in ("noun", "scale")):
        return False
    after = text[c.end:c.end + 40]
    after_num = text[c.num_end:c.num_end + 30]
    if _AFTER_SETUP_RE.match(after_num):
        return False
    if c.kind in ("unit",) and c.unit == "x":
        if _AFTER_SETUP_RE.match(after) or _HARDWARE_AFTER_RE.match(after):
            return False
        if re.match(r"[A-Za-z]", after[:1]):
            return False   # "4timesRTX": glued multiplication sign
        raw = c.raw_unit.strip().lower()
        if raw == "times" or c.is_word:
            pre = text[max(s_lo, c.start - 40):c.start]
            if not (re.match(r"(?i)^\s*(?:" + COMPARATIVES + r"|as\b|speed|reduction|improvement|"
                             r"increase|decrease|decrement|acceleration|gain|boost|smaller|"
                             r"larger|the\b|in\b|over\b|compared|than|while|and|,|\.|;)", after)
                    or re.search(r"(?i)\b(?:by|of|speedup|speed-up|to)\s+(?:up\s+to\s+|about\s+|over\s+|"
                                 r"more\s+than\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+)?$", pre)):
                return False
            if re.match(r"(?i)^\s*(?:the|in|over|and|,|\.|;)", after) and not re.search(
                    r"(?i)\b(?:by|of|speedup|to)\s+(?:up\s+to\s+|about\s+|over\s+|more\s+than\s+|"
                    r"nearly\s+|almost\s+)?$", pre):
                return False
        if c.scale != 1.0:
            return False
    if c.kind == "unit" and c.unit == "%":
        if c.scale != 1.0:
            return False
        _, np_after = _np_after(after)
        if np_after and (np_after in SETTING_NOUNS or np_after.split()[0] in SETTING_NOUNS):
            return False
        if re.match(r"(?i)^\s*(?:confidence|CI\b|quantile|percentile)", after):
            return False
        pre = text[max(s_lo, c.start - 40):c.start]
        if re.search(r"(?i)\b(?:sparsity|pruning|masking|mask|dropout)\s+(?:ratios?|rates?|levels?)?\s*(?:of|=|:|\()?\s*$", pre):
            return False
        if re.search(r"(?i)\btop[- ]?$", pre):
            return False
        return True
    if c.kind == "unit" and c.unit == "points":
        return c.scale == 1.0
    if c.kind == "unit":
        return c.scale == 1.0
    if c.kind == "word":
        unit = c.unit or ""
        pre = text[max(s_lo, c.start - 40):c.start]
        if c.is_word and unit not in ("second", "minute", "hour", "day", "week", "month"):
            return False
        if _TIME_AFTER_SETUP_RE.match(after) and unit in (
                "second", "minute", "hour", "day", "week", "month", "ms"):
            return False
        if re.match(r"^\s?(?:GPUs?|memory|VRAM|RAM|HBM|cards?|devices?)\b", after) and unit in (
                "GB", "MB", "TB", "GiB", "MiB"):
            return False
        if re.search(r"\(\s*$", pre) and unit in ("GB", "MB", "TB", "GiB"):
            return False
        if unit == "bit":
            if c.extra.get("link") or _QUANT_BEFORE_RE.search(text[max(s_lo, c.start - 60):c.start]):
                return False
            if not re.match(r"^\s?(?:of|per)\b", after):
                return False
        if unit in ("second", "minute", "hour", "day", "week", "month") and re.search(
                r"(?i)\bfor\s+(?:about\s+|approximately\s+|around\s+|over\s+|only\s+|just\s+)?$", pre):
            return False
        if _FOR_BEFORE_RE.search(pre) and unit in ("GB", "MB", "TB", "GiB", "MiB"):
            if re.search(r"(?i)\b(?:with|on|using|of)\s+(?:a|an|the|only|just)?\s*$", pre):
                return False
        if c.scale != 1.0 and unit not in ("bit", "token/s", "FLOPs", "PetaFLOPs", "TeraFLOPs",
                                           "ExaFLOPs", "TFLOPs", "GFLOPs", "PFLOPs"):
            return False
        if re.search(r"\$\s*$", pre):
            return False
        return True
    if c.kind == "special":
        return True
    # Bare numbers, numbers before a noun, scaled numbers.
    pre = text[max(s_lo, c.start - 60):c.start]
    if re.search(r"\$\s*$", pre) and not c.is_word:
        if c.kind == "bare" or (c.kind == "noun" and re.match(r"(?i)^\s(?:per|for|each|a)\b", after_num)):
            c.unit = "$"
            return True
        return False
    if c.kind == "scale":
        return False
    if c.is_word:
        return False
    cm = _COUNT_OF_RE.match(text[c.num_end:c.num_end + 80])
    if cm and _OUTCOME_SENT_RE.search(text, s_lo, s_hi):
        c.kind = "count"
        c.unit = normalize_unit(cm.group("noun").split()[-1])
        c.extra["count_noun"] = cm.group("noun")
        return c.value == int(c.value)
    if c.kind == "noun":
        cn = _COUNT_NOUN_AFTER_RE.match(text[c.num_end:c.num_end + 50])
        if cn and _COUNT_SOTA_RE.search(text[max(s_lo, c.start - 60):c.start]):
            c.kind = "count"
            c.unit = normalize_unit(cn.group("noun"))
            return c.value == int(c.value)
        if _SCORE_AFTER_RE.match(after_num):
            c.unit = ""
            if re.match(r"^\s\S+\s+points?\b", after_num):
                c.unit = "points"
                c.end = c.num_end + re.match(r"^\s\S+\s+points?", after_num).end()
            elif re.match(r"^\s[\w-]+\b", after_num):
                c.end = c.num_end + re.match(r"^\s[\w-]+", after_num).end()
            return not _YEAR_RE.match(text[c.start:c.num_end])
        if re.match(r"^\s(?:on|in)\s+(?:the\s+)?[A-Z]", after_num) and "." in text[c.start:c.num_end] \
                and re.search(r"(?i)\b(?:achiev\w*|scor\w*|reach\w*|obtain\w*|attain\w*|get|gets)\b",
                              text[max(s_lo, c.start - 80):c.start]):
            c.unit = ""
            return True
        if not (re.match(r"^\s(?:to|and|on|in|vs\.?|versus|compared|respectively|while|with|at|for|over)\b",
                         after_num)):
            return False
    # From here: a bare number (possibly followed by a preposition).
    surface = text[c.start:c.num_end].lstrip("+-−")
    if _YEAR_RE.match(surface):
        return False
    if _CAP_WORD_BEFORE_RE.search(text[max(0, c.start - 30):c.start]) and not _SCORE_BEFORE_RE.search(pre):
        return False
    if _FACTOR_OF_RE.search(pre):
        c.unit = "x"
        return True
    if _SCORE_BEFORE_RE.search(pre):
        c.unit = ""
        return True
    if c.extra.get("score_chain"):
        c.unit = ""
        return True
    # "from 68.2 to 81.5": both ends of a bare change are levels.
    if idx + 1 < len(cands) and _FROM_BEFORE_RE.search(pre) and not _RANGING_BEFORE_RE.search(
            text[max(s_lo, c.start - 30):c.start - 5 if c.start >= 5 else 0] + " from "):
        nxt = cands[idx + 1]
        between = text[c.num_end:nxt.start]
        if re.fullmatch(r"\s+to\s+", between) and nxt.kind in ("bare",) and (
                "." in surface or "." in text[nxt.start:nxt.num_end]) and _PERF_CUE_RE.search(text, s_lo, s_hi):
            c.unit = ""
            nxt.extra["from_to"] = True
            return True
    if c.extra.get("from_to"):
        c.unit = ""
        return True
    if c.sign == "+" and re.search(r"(?i)\b(?:f1|bleu|rouge\S*|accuracy|points?|score)\s*$", pre):
        c.unit = ""
        return True
    return False


def find_claims(text: str, sentences: Sequence[tuple[int, int]],
                entities: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Find claimed numbers in `text`.

    text: the abstract (plain str).
    sentences: (start, end) character spans of the sentences of `text`, in
        order, covering it.
    entities: entity mentions already found in `text`, each a mapping with
        keys "start", "end" (char offsets into text), "type" (one of method,
        model, dataset, benchmark, metric, task) and "name" (the canonical
        entity name to report).

    Returns one dict per claim, in text order, with keys:
        text, start, end -- exact substring: text[start:end] == text
        value (float), unit (str: "%", "x", "points", a singular lower-case
        unit word, or ""), metric (str | None), direction ("increase" |
        "decrease" | "none"), qualifier (one of "up to", "average", "about",
        "more than", "at least", "less than", or None), subject (str | None),
        benchmark (str | None), baseline (str | None), sentence (str).

    Never raises on malformed input: anything unexpected yields fewer claims.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find_claims(text, sentences, entities)
    except Exception:  # pragma: no cover - last-resort guard, rules must not crash the pipeline
        return []


def _find_claims(text: str, sentences: Sequence[tuple[int, int]],
                 entities: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    n = len(text)
    sents = _sanitize_sentences(text, sentences)
    sent_starts = [s for s, _ in sents]
    ents = _sanitize_entities(text, entities)
    metric_ents = [(s, e, name) for s, e, t, name in ents if t == "metric"]

    skip = _skip_spans(text)
    cands = _scan_candidates(text, skip)
    _link_groups(text, cands)

    # Special phrases; drop digit candidates they cover (e.g. "2 orders of magnitude").
    specials: list[_Cand] = []
    for m in _SPECIAL_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        sc = _accept_special(text, m)
        if sc is not None:
            specials.append(sc)
    if specials:
        covered = [(sp.start, sp.end) for sp in specials]
        cands = [c for c in cands if not any(a <= c.start < b for a, b in covered)]

    accepted: list[_Cand] = []
    prev_score_idx = -2
    for i, c in enumerate(cands):
        s_lo, s_hi = _sentence_bounds(sent_starts, sents, c.start, n)
        if prev_score_idx == i - 1 and c.kind == "bare":
            prev = cands[i - 1]
            between = text[prev.num_end:c.start]
            if _LIST_SEP_RE.match(between) or re.fullmatch(r",?\s+and\s+", between):
                c.extra["score_chain"] = True
        ok = _accept(text, c, cands, i, s_lo, s_hi)
        if ok and c.inherited_from >= 0:
            # A number that borrowed its unit is only kept when its partner is.
            partner = cands[c.inherited_from]
            s2_lo, s2_hi = _sentence_bounds(sent_starts, sents, partner.start, n)
            ok = _accept(text, partner, cands, c.inherited_from, s2_lo, s2_hi)
        if ok:
            c.accepted = True
            accepted.append(c)
            if c.unit == "" and c.kind in ("bare", "noun"):
                prev_score_idx = i
    for sp in specials:
        if sp.extra.get("special") == "rank":
            pass
        accepted.append(sp)
    accepted.sort(key=lambda c: c.start)

    claims: list[dict[str, Any]] = []
    seen: dict[tuple[float, str], int] = {}
    idx_of = {id(c): k for k, c in enumerate(cands)}
    for c in accepted:
        s_lo, s_hi = _sentence_bounds(sent_starts, sents, c.start, n)
        claim = _build_claim(text, c, cands, idx_of, s_lo, s_hi, ents, metric_ents)
        if claim is None:
            continue
        key = (round(claim["value"], 6), _unit_key(claim["unit"]))
        prev_sent = seen.get(key)
        if prev_sent is not None and prev_sent != s_lo:
            continue   # restatement of the same number in another sentence
        seen.setdefault(key, s_lo)
        claims.append(claim)
    _share_list_metrics(text, claims)
    for cl in claims:
        cl.pop("_strength", None)
        cl.pop("_num_start", None)
    claims.sort(key=lambda d: (d["start"], d["end"]))
    return claims


def _unit_key(u: str) -> str:
    """Unit class used for de-duplication (mirrors the scorer's classes)."""
    u = (u or "").lower()
    return {"percent": "%", "times": "x", "point": "points"}.get(u, u)


def _share_list_metrics(text: str, claims: list[dict[str, Any]]) -> None:
    """Members of a list ("38.4%, 36.1%, and 32.0%") share the head's metric."""
    for a, b in zip(claims, claims[1:]):
        between = text[a["end"]:b["_num_start"]] if b["_num_start"] >= a["end"] else ""
        if b["unit"] != a["unit"] or len(between) > 8:
            continue
        if not re.fullmatch(r"\s?(?:,|;|/|-{1,3}|–|—)?\s?(?:and|or|to|vs\.?)?\s?", between):
            continue
        if b["_strength"] < 2 and a["metric"]:
            b["metric"] = a["metric"]
            b["_strength"] = a["_strength"]
            if b["direction"] == "none" and a["direction"] != "none" and not re.search(r"\bto\b", between):
                b["direction"] = a["direction"]


def _build_claim(text: str, c: _Cand, cands: list[_Cand], idx_of: dict[int, int],
                 s_lo: int, s_hi: int, ents: list[tuple[int, int, str, str]],
                 metric_ents: list[tuple[int, int, str]]) -> dict[str, Any] | None:
    """Attach value, unit, span, qualifier, direction, metric and entities."""
    # Group span: a range/list member uses the whole group for its context.
    g_start, g_end = c.start, c.end
    if c.inherited_from >= 0:
        j = c.inherited_from
        while j >= 0 and cands[j].inherited_from >= 0:
            j = cands[j].inherited_from
        g_end = cands[j].end if j >= 0 else c.end
    i = idx_of.get(id(c), -1)
    if i > 0:
        k = i - 1
        while k >= 0 and cands[k].inherited_from >= 0 and cands[k].extra.get("link") == "range" \
                and cands[k].accepted:
            g_start = cands[k].start
            k -= 1
    if c.extra.get("from_to") and i > 0:
        pass
    value = c.value * (c.scale if c.kind in ("word",) else 1.0)
    unit = c.unit if c.unit is not None else ""
    if c.kind == "count":
        unit = unit
    before_lo = max(s_lo, g_start - 160)
    clause_lo, _ = _clause_window(text, s_lo, g_start, 160)
    before_full = text[max(before_lo, clause_lo):g_start]
    after = text[g_end:min(s_hi if s_hi > g_end else len(text), g_end + 80)]
    qual, qlen = (None, 0)
    if c.extra.get("special") in ("twice",):
        mq = re.search(r"(?i)more\s+than|almost|nearly|about|over", text[c.start:c.end])
        if mq:
            qual = QUALIFIER_PHRASES.get(re.sub(r"\s+", " ", mq.group().lower()))
    if qual is None:
        qual, qlen = detect_qualifier(text[max(s_lo, g_start - 40):g_start], text[g_end:g_end + 30])
    if c.extra.get("plus") and qual is None:
        qual = "more than"
    if c.fixed_qualifier:
        qual = c.fixed_qualifier
    span_start = g_start - qlen if qlen else g_start
    if c.sign == "+" and qual is None:
        pass
    if c.unit == "$":
        dm = re.search(r"\$\s*$", text[max(0, c.start - 3):c.start])
        if dm:
            span_start = min(span_start, c.start - (len(text[max(0, c.start - 3):c.start]) - dm.start()))
    span_end = g_end
    # Average qualifier stated before the metric ("an average accuracy of 3.1").
    before_q = text[max(clause_lo, s_lo, span_start - 60):span_start]
    if qual is None:
        prev_num = None
        for pm in re.finditer(r"[0-9]", before_q):
            prev_num = pm
        scope = before_q[prev_num.end():] if prev_num else before_q
        if _AVERAGE_NEAR_RE.search(scope) and re.search(r"(?i)\b(?:of|by|to|is|was|:)\s*$", scope):
            qual = "average"
    # Direction.
    before_dir = text[max(clause_lo, s_lo, span_start - 130):span_start]
    if c.direction is not None:
        direction = c.direction
    elif c.extra.get("special") in ("order", "fold"):
        direction = detect_direction(before_dir, after, "x")
    elif c.kind == "count":
        direction = "none"
    else:
        direction = detect_direction(before_dir, after, unit)
    if c.sign == "+" and direction == "none":
        direction = "increase"
    elif c.sign in ("-", "−") and direction == "none" and unit in ("%", "points", ""):
        direction = "decrease"
    # Metric.
    if c.extra.get("special") == "rank":
        metric: str | None = "leaderboard rank" if re.search(r"(?i)leaderboard", text[s_lo:s_hi]) else "rank"
        strength = 2
    elif c.kind == "count":
        metric = "number of " + (unit + "s" if unit else "tasks") + " won"
        if re.search(r"(?i)state[- ]of[- ]the[- ]art|\bsota\b", text[s_lo:s_hi]):
            metric = "number of " + unit + "s with state-of-the-art results"
        strength = 2
    else:
        metric, strength = detect_metric(text, s_lo, s_hi, g_start, g_end, before_dir, after,
                                         metric_ents, direction)
    if metric is None and unit == "x":
        metric = "speedup" if direction != "decrease" else None
    if metric and unit in ("second", "minute", "hour", "day", "week", "month", "ms") and strength < 2:
        metric = metric if re.search(r"time|latency|runtime|speed", metric) else metric + " time"
    if metric is None and unit in ("second", "minute", "hour", "day", "week", "month", "ms", "μs"):
        metric = "time"
    if metric is None and unit in ("GB", "MB", "TB", "GiB", "MiB"):
        metric = "memory"
    # Bare score deltas are in points.
    if unit == "" and direction in ("increase", "decrease") and c.kind in ("noun",) \
            and not c.extra.get("from_to") and _SCORE_AFTER_RE.match(text[c.num_end:c.num_end + 30]):
        unit = "points"
    subject, benchmark, baseline = _attach_entities(text, s_lo, s_hi, span_start, span_end, ents)
    sent_text = text[s_lo:s_hi].strip()
    return {
        "text": text[span_start:span_end],
        "start": span_start,
        "end": span_end,
        "value": float(value),
        "unit": unit,
        "metric": metric,
        "direction": direction,
        "qualifier": qual,
        "subject": subject,
        "benchmark": benchmark,
        "baseline": baseline,
        "sentence": sent_text,
        "_strength": strength,
        "_num_start": c.start,
    }


def _attach_entities(text: str, s_lo: int, s_hi: int, start: int, end: int,
                     ents: list[tuple[int, int, str, str]]) -> tuple[str | None, str | None, str | None]:
    """Subject, benchmark and baseline for a claim in sentence [s_lo, s_hi).

    Subject: first method/model mention before the number in the sentence
    that is not introduced as a comparison ("than X", "outperforms X").
    Benchmark: the benchmark/dataset mention nearest to the number.
    Baseline: the phrase after the comparison cue nearest to the number.
    """
    in_sent = [e for e in ents if e[0] >= s_lo and e[1] <= s_hi]
    cue_spans: list[tuple[int, int]] = []
    for m in _BASELINE_RE.finditer(text, s_lo, s_hi):
        cue_spans.append((m.start(), m.end()))
    baseline_starts = {ce for _, ce in cue_spans}
    subject = None
    for es, ee, typ, name in in_sent:
        if typ in ("method", "model") and es < start and es not in baseline_starts:
            if re.search(r"(?i)\b(?:than|over|vs\.?|versus|against|to|with)\s+(?:the\s+)?$",
                         text[max(s_lo, es - 20):es]):
                continue
            subject = name
            break
    benchmark = None
    best = None
    for es, ee, typ, name in in_sent:
        if typ in ("benchmark", "dataset"):
            dist = start - ee if ee <= start else es - end
            if best is None or abs(dist) < best:
                best, benchmark = abs(dist), name
    baseline = None
    bestd = None
    for cs, ce in cue_spans:
        if cs <= start < ce:
            continue
        if start <= cs < end:
            continue
        dist = abs(cs - end) if cs >= end else abs(start - ce)
        if bestd is not None and dist >= bestd:
            continue
        name = None
        for es, ee, typ, ename in in_sent:
            if es == ce or (ce <= es <= ce + 1):
                name = ename
                break
        if name is None:
            seg = text[ce:min(s_hi, ce + 80)]
            stop = _BASELINE_STOP_RE.search(seg)
            seg = seg[:stop.start()] if stop else seg
            seg = " ".join(seg.split()[:6]).strip()
            if not seg or seg[0].isdigit() or re.match(r"(?i)(?:up|more|less|about|over|twice)\b", seg):
                continue
            name = seg
        bestd, baseline = dist, name
    return subject, benchmark, baseline


# ---------------------------------------------------------------------------
# 5. Sentence splitter
# ---------------------------------------------------------------------------


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans covering it, in order.

    A regex splitter good enough for abstracts: it breaks after ".", "!" or
    "?" followed by whitespace and an upper-case letter, digit or opening
    bracket, and at line breaks; it does not break after abbreviations
    ("e.g.", "i.e.", "et al.", "vs.", "Fig.") or inside decimals ("3.5").
    Spans are contiguous: each ends where the next begins.
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    cuts: list[int] = []
    for m in _SENT_END_RE.finditer(text):
        piece = m.group()
        if piece.startswith((".", "!", "?")):
            dot_end = m.start() + len(piece.rstrip("\"')]"))
            if text[m.start()] == ".":
                tail = text[max(0, m.start() - 12):m.start() + 1]
                am = _ABBREV_TAIL_RE.search(tail)
                if am and am.group(1).lower().rstrip(".") in ABBREVIATIONS:
                    continue
                if am and len(am.group(1)) == 1 and am.group(1).isupper():
                    continue   # an initial ("J. Smith")
            cut = m.end()
            del dot_end
        else:
            cut = m.end()
        # Swallow following whitespace into the current sentence.
        while cut < n and text[cut].isspace():
            cut += 1
        if 0 < cut < n and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in cuts:
        spans.append((prev, cut))
        prev = cut
    if prev < n:
        spans.append((prev, n))
    return spans


# --- spaCy component (pipeline wiring) ---
from spacy.language import Language  # noqa: E402
from spacy.pipeline import Pipe  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


class ClaimExtractor(Pipe):
    """Sets ``doc._.pkg_claims`` from :func:`find_claims` over the abstract part of the Doc.

    Claims are read from the abstract only (the guidelines' claims live there); offsets in the
    result are relative to the abstract. Entity mentions found by ``pkg_entities`` give the finder
    its subjects, benchmarks and metrics.
    """

    def __init__(self, nlp: Language, name: str = "pkg_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.pkg_abstract_offset or 0
        abstract = doc.text[offset:]
        sentences = [
            (max(s.start_char, offset) - offset, s.end_char - offset) for s in doc.sents if s.end_char > offset
        ]
        entities = [
            {"start": e["start"] - offset, "end": e["end"] - offset, "type": e["type"], "name": e["name"]}
            for e in doc._.pkg_entities or []
            if e["start"] >= offset
        ]
        doc._.pkg_claims = find_claims(abstract, sentences, entities)
        return doc


def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


Language.factory("pkg_claims", assigns=["doc._.pkg_claims"], requires=["doc._.pkg_entities", "doc.sents"])(
    make_claim_extractor
)
