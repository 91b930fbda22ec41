"""Entity mentions of the six types: lexicons of the field plus patterns for names never seen before.

Evidence, strongest first:

1. **Abbreviation pairs** ("Low-Rank Adaptation (LoRA)", from :mod:`.abbreviations`): both forms are one
   entity; its type comes from the lexicon when either form is known, else from the long form's head word.
2. **Lexicon** matches (:mod:`.lexicon`): well-known models, methods, datasets, benchmarks, metrics, tasks.
3. **Patterns** that generalise: sized or versioned model names ("LLaMA-7B", "Qwen2.5-72B-Instruct");
   a name followed by its kind ("the GSM8K benchmark", "the PIE dataset", "the SPT framework");
   names in evaluation lists ("on GSM8K and MATH"); tasks and techniques named as examples ("tasks such
   as X and Y", "techniques including X, Y and Z"); the paper's own contributions ("we propose X",
   a title "X: ..."), which are also marked ``proposed``; the task and the technique a title names
   ("... for X", "Name: X in ...", "... via X").

Overlaps are settled in favour of the stronger, then the longer, mention; generic phrases
("large language models", "our method") are dropped. The finder works on plain text and char offsets,
so it can be tested without a pipeline; :class:`EntityRecognizer` only wires it into spaCy.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..names import family_name, name_key
from ..records import TEXT_SEPARATOR, EntityType
from .claims import (
    CHANGE_VERB_STEMS,
    NUMBER_FORMAT_BEFORE_RE,
    REACHED_SCORE_LEAD,
    SCORE_NAME_TOKEN,
    VERB_AFTER_NAME_RE,
    find_all,
)
from .extensions import doc_text
from .lexicon import LexiconEntry, is_case_sensitive, load_generic, load_lexicon

#: Mention sources, strongest first: a lower rank wins an overlap.
SOURCE_RANK = {
    "abbreviation": 0,
    "proposed": 1,
    "sized": 2,
    "extended": 2,
    "title_task": 2,
    "title_method": 2,
    "lexicon": 3,
    "compound": 4,
    "headed": 5,
    "listed": 6,
    "phrase": 7,
    "name": 8,
    "unknown": 9,
}
#: Hyphenated words that modify a name rather than make a new one ("GPT-4-based", "LoRA-style").
_MODIFIER_SUFFIXES = frozenset(
    """based like style only free specific level scale size sized aware guided driven tuned generated augmented
    enhanced powered centric friendly compatible class grade wise series family capable ready bound intensive
    agnostic dependent independent oriented efficient written given chosen spoken hidden""".split()
)


def _is_modifier_word(word: str) -> bool:
    """Whether the last part of a hyphenated word makes it a modifier: a known suffix ("LoRA-style") or a
    lower-case participle ("SiLU-activated", "GEMV-optimized", "CEFR-aligned")."""
    return word.lower() in _MODIFIER_SUFFIXES or (word.islower() and len(word) > 4 and word.endswith("ed"))

# A "name-like" token: mixed case after the first letter (LoRA, MMEvol), a digit with letters (GSM8K),
# or all capitals (MMLU). Words that only start with a capital are ordinary words at a sentence start.
_NAME_TOKEN = r"(?:[A-Za-z][A-Za-z0-9]*(?:[A-Z][A-Za-z0-9]*|[0-9][A-Za-z0-9]*)|[A-Z]{2,}[A-Za-z0-9]*)(?:[.+][A-Za-z0-9]+)*"
# A size code may carry a patch size ("ViT-B/16", "DiT-XL/2").
_NAME = rf"{_NAME_TOKEN}(?:-[A-Za-z0-9.+]+)*(?:(?<=[A-Z])/\d{{1,2}}(?![\w/])|\+{{1,2}}(?![\w+]))?"
_NAME_RE = re.compile(rf"(?<![\w-]){_NAME}(?![\w-])")
_CLAUSE_OPENER_RE = re.compile(r"\b(?:in which|which|where|whereby|that|so that)\b")
# An item of a list of contributions that names one and says what it is ("(2) WoolLM-7B, a model ...").
_CONTRIBUTION_ITEM_RE = re.compile(rf"(?:\(\s*(?:\d|[ivx]{{1,3}})\s*\)|\b(?:[Ff]irst|[Ss]econd|[Tt]hird)(?:ly)?,)\s+({_NAME}),\s+(?:a|an)\s")
# A second contribution set off by what it is, after the first's appositive ("..., and FleeceBench, a suite").
_AND_SECOND_APPOSITIVE_RE = re.compile(rf",\s+and\s+({_NAME}),\s+(?:a|an)\s")
# A name not seen before may also open with an ordinary word, joined to a name part ("Flipped-VQA", "Gen-3"),
# but not with a prefix or a rank ("Non-IID", "Multi-GPU", "Top-1").
_JOINED_NAME = (r"(?!(?:Non|Multi|Cross|Semi|Sub|Anti|Inter|Intra|Pre|Post|Top|Bottom|Over|Under|Per|Out)-)"
                rf"[A-Z][a-z]+(?:-[a-z]+)*-(?:{_NAME_TOKEN}|\d+[A-Za-z]*)(?:-[A-Za-z0-9.+]+)*")
# ... or with a Greek letter or a dimension before a capital ("β-VAE", "μTransfer", "4DGen").
_PREFIXED_NAME = r"(?:[α-ωµ]-?|[1-4]D)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9.+]+)*"
_NEW_NAME_RE = re.compile(rf"(?<![\w-])(?:{_NAME}|{_JOINED_NAME}|{_PREFIXED_NAME})(?![\w-])")
_SIZE = r"(?:\d+x)?\d+(?:\.\d+)?[BM]"  # "7B", "1.3B", and a mixture's "8x7B"
# "LLaMA-7B", "Llama-2-70B-chat", "Qwen2.5-72B", "Bailong-instruct 7B", "MobileVLM V2 3B": a name, then a
# parameter count.
# Variant words written apart inside a sized name ("Mistral Instruct 7B v0.2", "Llama Chat 13B").
_VARIANT_WORD = r"(?:Instruct|Chat|Base|Coder|Code|Math|Vision|Pro|Mini|Turbo)"
# A last word that makes a Title Case phrase around a known model one of its variants ("Gemini Pro").
_VARIANT_NAME_WORD_RE = re.compile(rf"{_VARIANT_WORD}|Ultra|Plus|Max|Lite|Flash")
_SIZED_RE = re.compile(
    rf"(?<![\w-])[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+| [0-9][0-9.]*| [A-Z]{{2,}}| [vV]\d+(?:\.\d+)*| {_VARIANT_WORD}){{0,3}}(?:-| ){_SIZE}"
    rf"(?:-[A-Za-z][A-Za-z0-9]*(?:\.\d+)*)*(?: v\d+(?:\.\d+)*)?(?![\w-])"   # "Mistral 7B v0.1", "Mistral-7B-v0.3"
)
# A checkpoint named by its model-hub id, owner and sized name ("google/gemma-2-9b-it", "Qwen/Qwen2-7B-Instruct").
_HUB_ID_RE = re.compile(r"(?<![\w/.:-])[A-Za-z][\w.-]*/[A-Za-z][\w.-]*?\d+(?:\.\d+)?[bBmM](?:-[A-Za-z0-9.]*[A-Za-z0-9])*(?![\w/-])")
# A checkpoint written lower-case, as on a model hub ("roberta-large", "mistral-7b-instruct", "flan-t5-xl"):
# a known model's name and a size or variant word among its parts.
_LOWER_CHECKPOINT_RE = re.compile(r"(?<![\w/.@-])[a-z][a-z0-9.]*(?:-[a-z0-9.]*[a-z0-9])+(?![\w/@-])")
_LOWER_CHECKPOINT_PART_RE = re.compile(
    r"base|large|small|tiny|mini|medium|xl|xxl|instruct|chat|it|v\d+(?:\.\d+)*|\d+(?:\.\d+)?[bm]"
)
# A long form that is one hyphenated lower-case word ("out-of-distribution", "floating-point") is a modifier;
# followed by a word after its short form, the pair modifies that word ("floating-point (FP) quantization").
_MODIFIER_LONG_FORM_RE = re.compile(r"[a-z]+(?:-[a-z]+)+|[A-Z][a-z]+-[A-Z][a-z]+")  # "out-of-distribution", "Kullback-Leibler"
_KIND_NOUNS = frozenset("dataset benchmark model task method system approach technique setting problem framework".split())
# A system word right after a pair says the pair names a technique, whatever its long form ends in
# ("a Linear-complexity text-to-video Generation (LinGen) framework").
_SYSTEM_KIND_AFTER_RE = re.compile(r" (?:framework|method|approach|algorithm|architecture|technique|pipeline|system)s?\b")
# Plural heads that say what kind of things a phrase counts, never a term ("summarize benchmarks").
_PLURAL_KIND_HEADS = frozenset("benchmarks datasets models methods tasks baselines approaches techniques results "
                               "experiments metrics papers works studies".split())
# Plural heads of a long form that name a kind of thing when its short form is plural too.
_KIND_PLURALS = frozenset("models llms mllms lms vlms networks cards systems agents".split())
# Words that only say which kind of model a long form is: its modalities, scale and stage
# ("Audio-Visual Large Language Model", "vision-language-action", "small-scale Multimodal Language Models").
_MODEL_KIND_WORDS = frozenset(
    """audio visual vision video speech text image language languages multimodal multi modal cross action
    large small scale tiny lightweight pre pretrained trained foundation generative model models llm llms mllm
    mllms lm lms vlm vlms""".split()
)
# Head words that add no meaning to the term they end ("attention mechanism", "MoE layer").
_GENERIC_HEADS = frozenset("mechanism module layer block architecture framework".split())
# The last words that make a name a base or chat checkpoint ("Ziya-VL-Base", "LWM-Text-Chat").
_CHECKPOINT_WORDS = ("Chat", "Base")
_LINK_WORDS = frozenset(
    "between across under into over via within without through among against than from with for to of in on at "
    "by as is are was were be can".split()
)
_MODIFIER_PAIR_HEAD_RE = re.compile(r" ([a-z][a-z-]*[a-z])\b")
# A Title Case head after a pair continues the name ("Garment Semantic (GS) Adapter" is the "GS Adapter").
_PAIR_NAME_HEAD_RE = re.compile(
    r" (Attention|Adapters?|Networks?|Transformers?|Modules?|Layers?|Loss|Encoders?|Decoders?|Tuning|Decoding|Pruning|"
    r"Quantization|Optimizer|Sampling|Embeddings?|Mechanism)\b"
)
# A size written as a word after a known model family ("GPT-3 XL", "BERT-Base", "T5-large").
_MAKE_BEFORE_RE = re.compile(r"\b[Mm]ak(?:e|es|ing) $")
_SIZE_WORD_RE = re.compile(
    r"[ -](?:XXL|XL|Large|Base|Small|Mini|Tiny|Medium|Huge|large|base|small|mini|tiny|medium|huge|xl|xxl)"
    r"(?:-v\d+(?:\.\d+)*)?(?![\w-]|\s+(?:[Ll]anguage|[Mm]odels?|[Vv]ision)\b)"   # "Whisper large-v3"
)
# What a task is done on, which makes a known task a narrower one ("video instance segmentation").
_MODALITY_WORDS = frozenset("video image text audio speech document table graph molecule protein code music".split())
# A process done part by part ("channel-wise scaling", "block-wise reconstruction") is a technique; an
# analysis or a product done so is not.
_WISE_TECHNIQUE_RE = re.compile(r"(?<![\w-])[a-z]+-wise ((?:[a-z]+ )?([a-z]+(?:ing|tion|ment|sion)))\b")
_WISE_NOT_TECHNIQUES = frozenset("analysis comparison evaluation understanding multiplication addition operation computation "
                                 "information distribution variation representation function".split())
# One plain capitalised word between "the" and what it is ("the Backpack language model", "the Flock dataset").
_THE_PLAIN_NAME_RE = re.compile(r"[Tt]he ([A-Z][a-z]{2,}) (dataset|benchmark|corpus|language model)\b")
# A lower-case term the paper coins ("what we refer to as fleece collapse", "termed wool routing", "called
# reflection tokens", "what we call wool drift"); "long-term memory", "called for" and "named entity" coin nothing.
_PHENOMENON_HEADS = frozenset("phenomenon phenomena effect forgetting collapse problem".split())
_COINING_ANCHORS = ("refer", "we term ", "termed ", "dubbed ", "called ", "known as ", "coined ", "we call ")
_COINED_TERM_RE = re.compile(
    r"(?:(?<![A-Za-z])refer(?:red|s)? to (?:it |this |them )?as|we term|termed|dubbed|called|known as|coined|we call)"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"[\"“'`]*((?!for\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)[\"”']*"
    r"(?=\s*[,.;:)(]|\s+(?:where|which|that|in|and|for|to|of|with|by)\b)")
# An enumerated item ("1) X:", "(ii) X, which", "2. X that ..."): a short phrase right after its marker.
_ENUMERATED_TERM_RE = re.compile(
    r"(?:\(\s*(?:\d|i{1,3}|iv|v|vi)\s*\)|(?<![\w.(])(?:\d|i{1,3}|iv|v|vi)\)|(?<=\s)\d\.)\s+"
    r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?)(?=\s*:|,?\s+(?:which|that)\b|\s*[,;.]|\s+and\b)")
_ENUMERATED_HEADS = frozenset("attention sampling prompting mechanism module strategy objective loss".split())
# A capitalised word ending in "former" names a Transformer variant ("Emformer", "Pyraformer").
_FORMER_NAME_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+former(?=s?(?![\w-]))")
# A mapping from one modality to another, named alone ("text-to-image (T2I)", "text-to-image and ..."), is
# the task; before another noun the lexicon or the head names it ("text-to-image generation").
_MODALITY = r"(?:text|image|video|speech|audio|3D|code|SQL|motion|music|sketch|mesh|layout|sound|voice|scene|pose)"
_MODALITY_TASK_RE = re.compile(rf"(?<![\w-]){_MODALITY}-to-{_MODALITY}(?![\w-])(?=\s*[(,.;:]|\s+(?:and|or)\b)", re.IGNORECASE)
_MODALITY_MAPPING_RE = re.compile(rf"{_MODALITY}-to-{_MODALITY}", re.IGNORECASE)
# A number right before a word ("120 FPS", "30 TFLOPS").
_NUMBER_BEFORE_RE = re.compile(r"(?<![\w.-])\d[\d,.]*\s$")
# A dimensionality before an architecture names its variant ("3D CNNs", "2D U-Net").
_DIMENSION_BEFORE_RE = re.compile(r"(?<![\w-])[1-4]D[ -]$")
# A version written apart from the name it belongs to ("MobileVLM v2", "Midjourney V6", "Mistral Instruct v0.2"),
# or a year's edition ("WMT'22").
_VERSION_RE = re.compile(r"(?: [vV]\d+(?:\.\d+)*|['’]\d{2})(?![\w-])")
# A model's version written as a bare digit after its name, where the name ends ("AudioLDM 2 (FAD 1.89)",
# "Make-An-Audio 2 and ...").
_BARE_VERSION_RE = re.compile(r" [2-9](?:\.\d)?(?=\s*[(,;)]|\s+(?:and|or)\b)")
# A numbered step of a procedure ("Stage2", "Phase-3"): not a name.
_STEP_RE = re.compile(r"(?:Stage|Step|Phase|Round|Level|Layer|Part|Section|Figure|Table|Case|Type)-?\d+")
# Hardware and other name-like tokens that are not entities of the guidelines (A100, RTX3090, MI250X).
_HARDWARE_RE = re.compile(
    r"^(?:[A-Z]{1,3}\d{2,4}[A-Z]?(?:-\d+[GT]B)?s?|RTX\d*|GTX\d*|[A-Z]?\d+[GT]B|(?:bf|fp|int|BF|FP|INT|W|A)\d+(?:[A-Z]\d+)*"
    r"|(?:GPU|CPU|TPU|NPU)s?-[a-z]+|(?:GPU|CPU|TPU|NPU)(?:-(?:GPU|CPU|TPU|NPU))+|b?float\d+)$"   # "A100-80GB"; "GPU-second", "CPU-inference": units and modifiers
    r"|^TPU-?v\d+[a-z]?$"               # "TPUv4", "TPU-v5e"
    r"|^Cortex-[AMR]\d+$"                # "Cortex-M7": a processor
    r"|^[pP](?:50|9\d(?:\.\d+)?)$"       # "p99 latency": a percentile of a measure
)
# LaTeX commands whose backslash was lost ("langleV, Q, Arangle"): not names.
_LATEX_WORD_RE = re.compile(r"^(?:langle|rangle|mathbf|mathcal|mathrm|mathbb|textbf|textit|textrm|emph|frac|cdot|ldots)")
# Plural acronyms ("LLMs", "GEMMs", "MM-LLMs") name a kind of thing, unless a paper defines them.
# Five or more lower-case letters before the first capital, or three or four before a lone one: an
# acronym's letters marked inside an ordinary word ("learnIng", "embeddiNG"), not a name (names start with a
# capital or a short lower-case prefix: vLLM, mBERT, xLSTM, clDice, oneDNN).
_SPELLED_OUT_RE = re.compile(r"[a-z]{5,}[A-Z]|[a-z]{3,4}[A-Z](?![A-Z])")
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s$")
_URL_SPAN_RE = re.compile(r"https?://\S+|\b[\w.-]+\.(?:com|org|io|net|ai)/\S*")
# A coordinated list of names: the known ones tell the type of the unknown ones ("on GSM8K, FooQA and MATH").
_NAME_LIST_TAIL = rf"(?:\s*,\s*{_NAME}(?: {_NAME})?)*,?\s+(?:and|or)\s+(?:{_NAME}|[A-Z][a-z]+\b)"
_NAME_LIST_RE = re.compile(rf"{_NAME}(?: {_NAME})?{_NAME_LIST_TAIL}")  # "MVTec AD and VisA"
# ... and one a capitalised word opens after "on" or "across" ("on Waterbirds and CelebA"), tried at those words
_PLAIN_FIRST_LIST_RE = re.compile(rf" (?:on|across|from) ([A-Z][a-z]{{3,}}(?: [A-Z][a-z]{{3,}})?{_NAME_LIST_TAIL})")
_PLAIN_DATA_NAME_RE = re.compile(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?")  # "Waterbirds", "Amazon Beauty"
# A list of names that ends in a plural head says what each is ("the BEND, GUE, and LRB benchmarks").
_HEADED_LIST_RE = re.compile(rf"(?<![\w-])({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})\s+(benchmarks|datasets)\b$")
_LIST_HEAD_WORD_RE = re.compile(r"(?<=\s)(?:benchmarks|datasets)\b")
# Suffixes that say what an unknown name is ("HRNet", "GatedMLP" are architectures; "SheepBench" a benchmark).
# A name that ends in a language-model acronym is a trained model ("JudgeLM", "HingBERT", "FLAMe-RM").
_MODEL_SUFFIX_RE = re.compile(rf"[a-z0-9-](?:LM|LLM|VLM|MLLM|GPT|BERT)$|-(?:RM|{'|'.join(_CHECKPOINT_WORDS)})$")
# What a new name's ending says it is: data ("HingCorpus", "GSM-Bench"), then models and techniques.
_BENCH_SUFFIX_RE = re.compile(r"(?:Bench|-bench)$")
# A context or data size after a name ("MiniCPM-128K", "ReSocratic-29k"): within one paper, the size of its
# own contribution (the graph does not make families of these: a count may belong to a mistyped data set).
_COUNT_SIZE_RE = re.compile(r"[- ]\d+(?:\.\d+)?[Kk]$")
# Where an unknown name stands says it is evaluated on: "On MSC, our method ...", "On A, B and C, ...",
# "On LRS3 with babble noise, ...", "in the MetaICL in-context learning evaluation".
_ON_ITEM = rf"(?:{_NAME}|[A-Z][a-z]+(?:-[A-Z][A-Za-z]+)*)"  # ... also "Sydney-Captions", "Waterbirds"
_ON_ITEM_RE = re.compile(rf"(?<![\w-]){_ON_ITEM}(?![\w-])")
_EVALUATED_ON_LIST_RE = re.compile(
    rf"On\s+(?:the\s+)?({_ON_ITEM}(?:\s*,\s*{_ON_ITEM})*(?:,?\s+and\s+{_ON_ITEM})?)"
    r"(?=\s*,|\s+(?:with|under|at|using)\b)")
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:^|[.!?]\s+|\n)$")
# Symbols of physical units, with an SI prefix ("hPa", "GHz", "kWh", "MiB").
_UNIT_SYMBOL_RE = re.compile(r"[kMGTPmµnh]?(?:Pa|Hz|Wh|W|J|V|eV|Ki?B|Mi?B|Gi?B|Ti?B|bps|dB|dBm)")
_METRIC_AFTER_NAME_RE = re.compile(r"\s+(?:metrics?|measures?)\b")  # "using the CHAIR metric"
_LEVEL_AFTER_PAIR_RE = re.compile(r"\s+(?:of|=|:)\s+(?:about\s+|only\s+|just\s+)?(?:[-−]?\d+\.\d|\d+(?:\.\d+)?\s?%)")  # not "of 2000 tasks"
# An unknown name a score is reported on ("64.1% pass rate on I3-Inst") is where it was measured.
_SCORE_ON_BEFORE_RE = re.compile(r"\d(?:%|\s?points?)?\s+(?:[a-z][\w@-]*\s+){0,3}on\s+(?:the\s+)?$")
# "..., and on DanceTrack it improves HOTA": a later clause opened by where it was measured.
_AND_ON_BEFORE_RE = re.compile(r"\b(?:and|while|whereas|but)\s+on\s+(?:the\s+)?$")
_CLAUSE_OPENS_AFTER_RE = re.compile(r"(?:,\s*|\s+)(?:it|they|we|our|its|their|the|this)\b")
_DATA_BEFORE_NAME_RE = re.compile(r"\b(?:splits?|subsets?|portions?|samples?)\s+(?:of|from)\s+(?:the\s+)?$")  # "splits of X"
_DATA_AFTER_NAME_RE = re.compile(r"(?:\s+[a-z][\w-]*)?\s+(?:data|corpus|corpora)\b")  # "ERA5 reanalysis data"
_EVALUATION_AFTER_RE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:evaluation|benchmark|test suite|leaderboard|split|set(?!\s+up))\b")
# A name, a comma and the capitalised words it abbreviates ("FLAMe, a family of Foundational Large Autorater Models").
_SPELLED_APPOSITIVE_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?"
    r"(?:(?:family|suite|series|set|collection)\s+of\s+)?((?:[A-Z][\w-]*\s+(?:(?:of|for|and|with|in|to)\s+)?){1,6}[A-Z][\w-]*)"
)
# A split of an evaluation set ("COCO val2017", "test-dev2017") is part of the data's name, no name of its own.
_SPLIT_NAME_RE = re.compile(r"(?:train|val|test|dev|minival|testdev|test-dev)[-_]?\d{2,4}", re.IGNORECASE)
_DATA_NAME_TYPES: tuple[tuple[re.Pattern[str], EntityType], ...] = (
    (re.compile(r"(?:Bench|QA|Eval|Arena)$"), "benchmark"),
    (re.compile(r"(?:Corpus|Dataset|-Data)$"), "dataset"),
)
_UNKNOWN_NAME_TYPES: tuple[tuple[re.Pattern[str], EntityType], ...] = (
    *_DATA_NAME_TYPES,
    (_MODEL_SUFFIX_RE, "model"),
    (re.compile(r"(?:Net|Former|former|GAN|MLP|Attention|Transformer|Mamba|RNN|CNN)$"), "method"),
    (re.compile(r"\d(?:\.\d+)?$|-\d"), "model"),
)
# A compound of name parts joined by hyphens ("MoE-LLaVA", "Orca-Math", "OPT-IML"): one name, not two.
_COMPOUND_RE = re.compile(rf"(?<![\w-])(?:{_NAME_TOKEN}|[A-Z][a-z]+)(?:-[A-Za-z0-9][A-Za-z0-9.+]*)+(?![\w-])")
# Lower-case term phrases: one or two modifiers and a head word that says what kind of thing it is
# ("mathematical reasoning" is a task, "vector-wise quantization" a method).
# ("understanding" is left out: "text understanding", "scene understanding" name abilities more often than tasks.)
_TASK_HEADS = (
    "reasoning generation summarization summarisation detection recognition answering translation "
    "classification segmentation estimation retrieval dialogue planning tagging parsing captioning forecasting "
    "completion editing localization tracking synthesis testing hallucination manipulation navigation grasping locomotion"
).split()
_METHOD_HEADS = (
    "quantization quantisation distillation pruning tuning fine-tuning decoding tokenization parallelism "
    "regression initialization convolution offloading sparsification ensembling linearization compression "
    "optimization optimisation alignment prompting augmentation normalization normalisation sampling "
    "routing finetuning grounding regularization caching penalty perturbation"
).split()
# A title's "... for X" / "Towards X" names the task the paper addresses when X ends in a task word
# ("... for Long Context Language Processing", "Towards Fully Automated Scientific Discovery").
_TITLE_TASK_RE = re.compile(r"\b(?:[Ff]or|FOR|[Tt]owards?)\s+([^:;?()]+)(?:$|:\s)")  # "... for X: A Benchmark"
_TITLE_IN_TASK_RE = re.compile(r"\b(?:[Ii]n|IN|of|OF)\s+")
_TITLE_TASK_CUT_RE = re.compile(r"\s+(?:in|for|with|via|using|through|by|on|from|under|at|to|of)\s|,")
_TITLE_TASK_LEAD = frozenset(
    "better efficient fast faster improved enhanced robust scalable accurate effective reliable practical "
    "general generalizable improving enhancing the a an next next-gen next-generation new novel".split()
)
# A title that opens with an improving verb names the task it improves ("Accelerating LLM Inference via ...").
_TITLE_IMPROVE_VERBS = frozenset("accelerating improving enhancing boosting optimizing optimising speeding".split())
_TITLE_TASK_HEADS = frozenset(
    _TASK_HEADS + "processing discovery modeling modelling learning reranking ranking generalization "
    "generalisation alignment optimization optimisation evaluation education inference".split()
)
# A title's "via X" / "with X" / "using X" names the technique the paper uses or proposes.
_TITLE_METHOD_RE = re.compile(r"\b(?:via|with|using|through|based on)\s+([^:;?()]+)$")
_TITLE_METHOD_BAD_LEADS = frozenset(
    "a an the only just limited greater linear scalable affordable extreme real-time high low large small "
    "deep single multiple simple minimal less more".split()
)
_TITLE_METHOD_BAD_HEADS = frozenset(
    "complexity memory data environment examples prefixes strategies key pass lens models model llms "
    "capability capabilities performance efficiency quality ability abilities knowledge nothing".split()
)
_TITLE_METHOD_HEADS = frozenset(
    _METHOD_HEADS + "attention decoder encoder transformer network parallelism search retrieval sparsity "
    "embedding adapter scheduling".split()
)
# After "for", a title's process noun names the task too ("... for Mobile App Review Feature Extraction").
_TITLE_FOR_HEAD_RE = re.compile(r"(?:tion|sion|ing|ment|al|-on|-solving)$")
_TITLE_COLON_TASK_HEADS = _TITLE_TASK_HEADS - {"learning", "alignment", "optimization", "optimisation", "evaluation"}
# Hyphenated praise before a task ("High-Throughput LLM Inference", "Memory-Efficient Fine-Tuning").
_TITLE_TASK_PRAISE_RE = re.compile(r"-(?:efficient|effective|throughput|performance|quality|fidelity|speed|friendly)$")
# Tasks named as examples ("tasks such as feature prioritization and sentiment analysis").
_TASK_ITEM = r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}?"
_EXAMPLES = (
    rf",?\s+(?:such as|like|including|e\.g\.,?)\s+"
    rf"({_TASK_ITEM}(?:,\s*(?:and\s+|or\s+)?{_TASK_ITEM})*(?:,?\s+(?:and|or)\s+{_TASK_ITEM})?)(?=\s*[.,;:)(]|\s+(?:in|on|for|with|to|that|which|are|is|where|while|despite|because|than|by|using|when)\b)"
)
# Words that open a new clause after a list, not an item of it ("such as X, there is ...").
_CLAUSE_WORDS = frozenset("there here it this these those which who we they".split())
# Measures named by a list before "metrics"/"measures" ("the Uniqueness and Novelty measures").
_MEASURES_HEAD_RE = re.compile(r"(?<=[\w%)]) (?:metrics|measures)\b")
_CAPITAL_ITEM_RE = re.compile(r"[A-Z0-9%@][\w@%.+-]*|[a-z]+@\d+")
_TASK_LIST_RE = re.compile(
    rf"\b(?:tasks|problems|applications)(?:\s+(?:in|within|from|across)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?{_EXAMPLES}"
)  # "tasks within chemistry, such as literature translation and ..."
# What a benchmark or a study covers, when every item of the list is a task ("covering wool texture recognition,
# flock counting and breed identification").
_COVERING_ANCHORS = ("covering ", "spanning ", "spans ", "covers ")
_COVERED_TASKS_RE = re.compile(
    rf"(?:covering|spanning|spans|covers)\s+({_TASK_ITEM}(?:,\s*{_TASK_ITEM}){{1,12}},?\s+(?:and|or)\s+{_TASK_ITEM})(?=\s*[.,;:)(]|\s+(?:in|on|for|with|to|that|which|across)\b)")
_COVERED_TASK_HEADS = frozenset(_TASK_HEADS + "counting identification understanding matching prediction extraction "
                                "comprehension inference verification".split())
# Techniques named as examples ("techniques including swap augmentation, reference support, and reference drop").
_METHOD_LIST_RE = re.compile(
    rf"\b(?:techniques|methods|strategies|approaches|algorithms|mechanisms|innovations|components|optimizations|enhancements|modifications|tricks|variants|extensions|baselines){_EXAMPLES}"
)
_TASK_OF_RE = re.compile(
    r"\b(?:the|a|new|novel)\s+(?:task|problem)\s+of\s+(?=((?:[a-z]|[A-Z][a-z]+-)[A-Za-z-]*(?: [a-z][a-z-]*){0,3}))"
)  # "the task of next job prediction", "the task of English-to-French translation"
# The task a paper says it works on: "we tackle fence line detection", "we study clinical note summarization".
_ADDRESSED_TASK_RE = re.compile(
    r"[Ww]e\s+(?:also\s+|further\s+|first\s+|then\s+)?(?:study|address|tackle|investigate|consider|formulate|frame|focus\s+on|target|explore)\s+"
    r"(?:the\s+(?:problem|task)\s+of\s+)?((?:[a-z][a-z0-9-]*\s+){1,3}"
    rf"(?:{'|'.join(_TASK_HEADS)}|memorization|forgetting|generalization|generalisation))\b")  # a phenomenon studied


def _matches_at(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...], lo: int = 0) -> Iterator[re.Match[str]]:
    """``pattern``'s non-overlapping matches that start where one of ``anchors`` occurs (from ``lo``): a plain
    string search finds the few places worth trying, which is much cheaper than a regex tried at every word."""
    end = -1
    for at, _ in find_all(text, anchors, lo):
        if at >= end and (m := pattern.match(text, at)) is not None:
            end = m.end()
            yield m


def _we_positions(text: str) -> Iterator[int]:
    """Where "we"/"We" opens a clause: found by plain string search, cheaper than a regex over every word."""
    for form in ("We ", "we "):
        at = text.find(form)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                yield at
            at = text.find(form, at + 1)


# A technique the paper builds or uses, named by the words before a head that says it is one ("we propose a
# novel fleece-aware masking strategy", "employs a runtime sub-batch shearing technique", "adopt sparsity
# encoding techniques"). The generic head is left off the name, except a head that is part of it ("pre-gating
# function", "clipping loss").
_TECHNIQUE_BEFORE_HEAD_RE = re.compile(
    r"\b(?:[Ww]e\s+(?:also\s+|further\s+|then\s+|first\s+)?(?:propose|introduce|design|develop|present|devise|employ|"
    r"adopt|implement|leverage)|(?:employ|adopt|employs|adopts|introduces|incorporates|leverages|employing|adopting|"
    r"incorporating))\s+"
    r"(?:(?:a|an|the|our)\s+)?((?:[a-z][\w-]*\s+){1,5}?)"
    r"(strateg(?:y|ies)|techniques?|modules?|mechanisms?|paradigms?|algorithms?|schemes?|methods?|methodology|"
    r"function|loss|networks?)\b"
)
_TECHNIQUE_NAME_HEADS = frozenset({"function", "loss", "network", "networks"})
_CONTRIBUTION_VERB_RE = re.compile(r"[Ww]e\s+(?:also\s+|further\s+|then\s+|first\s+)?(?:propose|introduce|design|develop|present|devise)\b")
_TECHNIQUE_VERB_ANCHORS = ("we ", "We ", "employ", "adopt", "introduces", "incorporat", "leverages")
_TECHNIQUE_PRAISE = frozenset("yet lightweight plug-and-play unified dedicated tailored custom runtime principled "
                              "straightforward elegant flexible versatile".split())
_NOT_TECHNIQUE_HEADS = frozenset("etc more others data corpus corpora dataset datasets set sets collection collections".split())
_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# "X tasks" / "X problems": the words before the head name a task ("computer vision tasks",
# "decision-making problems"), unless they only say what kind ("downstream tasks", "13 tasks").
_TASK_HEAD_WORD_RE = re.compile(r"(?<=[A-Za-z] )(?:tasks?|problems?)(?![\w-])")
_TASK_WORD_RE = re.compile(r"[A-Za-z][a-z]*(?:[-/][A-Za-z][a-z]*)*")
_TASK_KIND_WORDS = frozenset(
    """tasks task problems problem benchmark benchmarks dataset datasets domain domains target source real-world
    hard easy challenging difficult unseen seen held-out auxiliary proxy toy synthetic related similar
    intensive demanding open-ended long-context short-context long-form""".split()
)
# A task is named by a noun: "comprehension", "programming", "assessment", "decision-making", "vision".
_NOMINAL_HEAD_RE = re.compile(r"(?:tion|sion|ing|ment|ness|ity|ance|ence|sis|ics|ogy|ery)$")
# Words that describe a kind of task rather than name one ("generative", "vision-language", "NLP").
_ADJECTIVE_HEAD_RE = re.compile(
    r"(?:al|ive|ic|ous|ary|ory|able|ible|(?<!m)ent|ant|-language|-modal|-level|-based|-specific|-oriented|-related|"
    r"-intensive|-domain|-shot|-scale|-world|-rich|-heavy|-ended|-form|-context|-step|-hop|-turn)$|^(?:high|low)-"
)
# ... but the grain a task works at is part of its name ("character-level language modeling",
# "aspect-level sentiment classification"), unlike how it is done or where ("LLM-based", "open-domain").
_GRAIN_RE = re.compile(r"^(?:character|char|byte|word|subword|token|aspect|document|paragraph|pixel|frame|video|"
                       r"clip|event|entity|instance|object|span|phrase|utterance|speaker|patch)-level$")
_PRONOUNS = frozenset("we they you i he she it".split())
_PHRASE_STOP = frozenset(
    """the a an our their its this that these those and or of for in on with by to from as at is are be been was
    were better improved efficient effective strong robust accurate fast faster high higher low lower more
    zero-shot end-to-end satisfactory
    most less new novel existing prior previous current general overall improving improve enhance enhanced
    such other various different several many same any each both further large small model models language llm
    llms it which while where when how what can may also only very well good poor complex simple downstream
    standard typical traditional conventional significant substantial key critical powerful superior
    state-of-the-art sota remarkable impressive advanced specific diverse multiple extensive comprehensive
    effectively efficiently performance basic additional individual practical aggressive rigorous sub-optimal
    suboptimal representative minimal maximal optimal naive essential crucial potential actual final initial
    original numerous relevant successful careful costly beneficial useful principal additive theoretical
    empirical popular pre-trained pretrained one two three four five six seven eight nine ten reliable""".split()
)
_PHRASE_RE = re.compile(
    rf"(?<![\w-])((?:(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{{2,4}})\s+){{1,2}})({'|'.join(map(re.escape, _TASK_HEADS + _METHOD_HEADS))}|QA)(?![\w-])"  # not "retrieval-guided"
)
# Heads that name what is aimed at or done more often than a technique: a modifier before them names no term
# ("multi-objective optimization", "cross-lingual alignment", "global compression", "manual testing"; about one
# in four such phrases was annotated in the analysed papers).
_GOAL_HEADS = frozenset(("alignment", "optimization", "optimisation", "compression", "testing"))
# An acronym that modifies a term ("KV cache quantization", "GPU kernel fusion").
_ACRONYM_MODIFIER_RE = re.compile(r"[A-Z]{2,4}")
# Metric phrases: a measured quantity named by a known modifier and a measure word ("inference time",
# "GPU memory", "communication latency", "top-1 accuracy").
_METRIC_MODIFIERS = (
    "inference training decoding generation prefill communication computational compute energy memory gpu "
    "answer end-to-end wall-clock per-token storage parameter sample retrieval classification top-1 top-5 "
    "zero-shot few-shot one-shot average overall test validation task-level token word character exact-match "
    "translation detection segmentation reconstruction perplexity response serving runtime execution "
    "convergence data parameter-efficiency cost throughput model"
).split()
_METRIC_HEADS = (
    "accuracy latency throughput efficiency memory time cost quality speed error coherence capacity density "
    "consumption usage footprint overhead rate utilization flops speedup speed-up kappa correlation coefficient"
).split()
# A rate is named with what it is per ("throughput per dollar", "energy per token").
_PER_UNITS = (
    "dollar token second watt query request sample image step example parameter joule GPU hour"
).split()
_PER_UNIT = rf" per (?:{'|'.join(_PER_UNITS)})"
_PER_UNIT_RE = re.compile(rf"{_PER_UNIT}(?![\w-])")
_AT_PHASE_BEFORE_RE = re.compile(r"\b[Aa]t $")
_WORD_AFTER_RE = re.compile(r" [a-z]")
# "provide recommendations", "our practical recommendations": advice, not recommender systems.
_ADVICE_BEFORE_RE = re.compile(r"\b(?:provide|provides|offer|offers|make|makes|give|gives|our|practical|actionable|concrete|key)\s+(?:\w+\s+)?$")
# A capitalised word that ends right before a match ("ONNX" in "ONNX Runtime").
_NAME_END_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][\w-]* $")
# What a paper measures, listed after "in terms of" / "metrics such as" / "metrics:" ("in terms of accuracy and
# convergence rates", "evaluation metrics with regard to optimization quality, and speedup", "all metrics: model
# size, inference speed and task accuracy").
_MEASURED_ITEM = r"[A-Za-z%@][\w@%-]*(?: (?!(?:of|on|in|for|with|over|than|by|and|or|to|from)\b)[a-z][\w-]*){0,2}"
_MEASURED_LIST_RE = re.compile(
    rf"\b(?:in terms of|metrics? (?:such as|including|like|with regards? to|concerning)|metrics:)\s+"
    rf"({_MEASURED_ITEM}(?:,\s*(?:and\s+|or\s+)?{_MEASURED_ITEM})*(?:,?\s+(?:and|or)\s+{_MEASURED_ITEM})?)(?=[.,;:)]|\s+(?:on|in|for|of|with|across|than|compared|while|when|by|and)\b)"
)
# Three or more qualities a paper shows or evaluates ("demonstrate the effectiveness, robustness, and
# stealthiness of X"): each is a measure, when every item ends like one.
_SHOWN_QUALITIES_RE = re.compile(
    rf"\b(?:demonstrat\w*|show\w*|evaluat\w*|assess\w*|measur\w*|validat\w*|verif\w*|confirm\w*)\s+(?:the|its|their)\s+"
    rf"({_MEASURED_ITEM}(?:,\s*{_MEASURED_ITEM}){{1,}},?\s+(?:and|or)\s+{_MEASURED_ITEM})(?=\s+of\b)"
)
# Measures a method changes, listed as the object of a verb of change ("improving both reward consistency and
# alignment performance", "reduce hallucination outputs and formatting errors"): each is a measure when every
# item ends like one and one of them is named by more than its head ("quality" alone is praise).
_CHANGED_QUALITIES_RE = re.compile(
    r"\b(?:improv|enhanc|boost|reduc|lower|increas|preserv|maintain)\w*\s+(?:both\s+|the\s+|its\s+|their\s+)?"
    rf"({_MEASURED_ITEM}(?:,\s*{_MEASURED_ITEM})*,?\s+and\s+{_MEASURED_ITEM})(?=[.,;:)]|\s+(?:on|in|for|of|with|across|"
    r"than|over|compared|while|when|by|through|via|without)\b)"
)
_CHANGE_STEMS = ("improv", "enhanc", "boost", "reduc", "lower", "increas", "preserv", "maintain")
_CHANGED_QUALITY_HEADS = frozenset(
    "quality efficiency consistency fidelity accuracy performance errors error robustness diversity factuality fluency "
    "faithfulness coherence latency throughput cost costs speed stability realism precision recall "
    "scalability usage consumption footprint overhead".split()
)
# Qualities that name a measure alone, unlike praise ("quality", "efficiency", "performance").
_NAMED_QUALITIES = frozenset("faithfulness fluency coherence factuality diversity fidelity realism latency throughput".split())
# An acronym right after a score names its measure ("5.6% Avg. JGA", "+2.1 points EM").
_SCORE_ACRONYM_RE = re.compile(r"\d(?:%|\\%| points?) (?:[Aa]vg\. |[Aa]verage )?([A-Z][A-Z0-9]{1,5})(?![\w-])")
# A score named after something by a name ("a DINO score of 0.71", "0.31 PickScore"): "NAME score" with a
# number next to it; and a name a result is reached in ("achieves a CLIP-I of 0.87"): the name is the measure.
_NAME_BEFORE_SCORE_RE = re.compile(r"(?<![\w-])((?=[\w-]*[A-Z])[A-Za-z][\w-]*)$")
_NUMBER_AFTER_SCORE_RE = re.compile(r"(?:s\b)?\s+(?:of\s+|=\s*|:\s*|\(\s*)?\d")
_REACHED_NAME_OF_RE = re.compile(rf"{REACHED_SCORE_LEAD}({SCORE_NAME_TOKEN})\s+of\s+\d")


def _named_scores(text: str) -> Iterator[tuple[int, int]]:
    """Spans of scores named after a name: "NAME score" with a number next to it, and the name a result is
    reached in ("achieves a CLIP-I of 0.87"). Found from the rare word ("score", the verb) backwards."""
    at = text.find(" score")
    while at >= 0:
        name = _NAME_BEFORE_SCORE_RE.search(text, max(0, at - 40), at)
        end = at + len(" score")
        verb = re.match(r"s\s+(?:only\s+|about\s+|nearly\s+|over\s+)?\d", text[end : end + 12])  # "GPT-4 Turbo scores 81.2%"
        if name and not verb and re.match(r"s?(?![\w-])", text[end : end + 2]) and (
                _NUMBER_AFTER_SCORE_RE.match(text, end) or re.search(r"\d\s$", text[max(0, name.start() - 2) : name.start()])):
            yield name.start(), end
        at = text.find(" score", end)
    for m in _REACHED_NAME_OF_RE.finditer(text):
        yield m.start(1), m.end(1)


# A technique named by the measure it uses ("perplexity filtering", "accuracy reward").
_TECHNIQUE_AFTER_MEASURE_RE = re.compile(
    r"[ -](?:filtering|filters?|regularization|regularisation|penalty|penalties|weighting|thresholding|rewards?|"
    r"objectives?|selection|guidance)\b")
# What a proof talks about, after the name it is named after ("Lipschitz constant", "Hessian assumption").
_MATH_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:assumptions?|conditions?|constants?|continuity|theorems?|lemmas?|inequalit(?:y|ies)|bounds?|"
    r"propert(?:y|ies)|norms?|smoothness|regularity|divergences?|conjectures?)\b")
# Cut-off metrics the lexicon cannot list for every cut-off ("pass@200", "Recall@20", "NDCG@10", "AP25").
_AT_K_METRIC_RE = re.compile(
    r"(?<![\w-])(?:[Pp]ass|[Rr]ecall|[Pp]recision|[Hh]its|HR|NDCG|nDCG|MRR|MAP|mAP|R|P|F1|Acc)@\d+(?:\.\d+)?(?![\w-])"
    r"|(?<![\w-])[Rr]ank-(?:1|5|10|20)(?![\w-])"  # "71.3% Rank-1": a re-identification or retrieval accuracy
    r"|(?<![\w-])AP\d{2}(?![\w-])"
)
# The last word of a measured quantity ("convergence rates", "scalability", "AP25"; not "deployment").
_MEASURE_WORD_RE = re.compile(
    rf"(?:\b(?:{'|'.join(_METRIC_HEADS)})|ity|ness|cy|ance|ence|rates?|scores?|loss|speedups?|preferences|"
    r"@\d+|\b[A-Z]{1,4}\d*)$"
)
# The lower-case word right before a known term: it may say which one ("predictive accuracy",
# "code-mixed sentiment analysis"), unless it says how much ("negligible accuracy loss").
# A word that makes a variant benchmark of known data ("Split CIFAR-100", "permuted MNIST", "sequential
# CIFAR-10"), not the verb "split" ("we randomly split CIFAR-10 into ...").
_DATA_VARIANT_BEFORE_RE = re.compile(
    r"(?<![\w-])((?:Split|(?<=\bon )split|(?<=\bof )split|(?<=\bin )split|(?<=\bthe )split|[Pp]ermuted|[Ss]equential|[Rr]otated|[Cc]olou?red|[Cc]orrupted) )$"
)
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([a-z][a-z-]+[a-z]) $")
_OPENING_WORD_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z-]+[a-z]) $")
# Measures that a noun before them narrows to a measure of its own ("answer accuracy", "citation recall").
_MODIFIED_MEASURES = frozenset(("accuracy", "precision", "recall", "F1", "exact match"))
_AMOUNT_WORDS = frozenset("negligible slight marginal considerable comparable".split())
# A numeric format and what is done in it ("INT4 quantization", "8-bit matrix multiplication", "FP8 training").
_PRECISION_METHOD_RE = re.compile(
    r"(?<![\w-])(?:(?:INT|Int|int|FP|BF|fp|bf)\d{1,2}|\d{1,2}-bit)(?: (?:weight|activation|matrix|mixed-precision|KV))?"
    r" (?:quantization|quantisation|training|inference|multiplication)(?![\w-])"
)
_METRIC_PHRASE_RE = re.compile(
    rf"(?<![\w-])((?:{'|'.join(map(re.escape, _METRIC_MODIFIERS))})(?:[ -](?:{'|'.join(map(re.escape, _METRIC_MODIFIERS))}))?) "
    rf"({'|'.join(_METRIC_HEADS)})(?:{_PER_UNIT})?(?![\w-])",
    re.IGNORECASE,
)
# A number reported as an outcome; "of 7B parameters" is a setting, not a result.
_RESULT_CUE_RE = re.compile(
    r"\d(?:\.\d+)?\s*(?:%|\\%|x\b|×|times|fold|points?\b)|\b(?:by|of)\s+(?:(?:up to|only|just|about|nearly)\s+)?\d(?![\d.,]*\s*[BMKT]\b)"
    r"|\bfrom\s+\d+\.\d+\s+to\s+\d"  # "raises FactCC from 61.2 to 70.4"
    r"|\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten)[- ](?:times|fold)|by (?:half|an order of magnitude))\b"
)
# Without a number, a measure said to be lost or gained is a cost or a promise ("no accuracy loss"), and a
# model's size is its setting ("models with a small number of parameters"); neither is a measured result.
_COST_OF_RE = re.compile(r"\s+(?:loss|losses|gains?|drops?|degradation)\b")
_SIZE_MEASURES = frozenset(("number of parameters", "model size"))
# Words that compare or measure: a sentence with one may report results in a metric it names.
_COMPARISON_WORDS = (
    r"improv\w*", r"reduc\w*", r"increas\w*", r"decreas\w*", "higher", "lower", "better", "worse", r"outperform\w*",
    "faster", "slower", r"achiev\w*", r"lower(?:s|ed|ing)", r"minimi[sz]\w*", r"halv\w*", r"doubl\w*", r"tripl\w*",
    "best", r"attain\w*", r"obtain\w*", r"report\w*", "gains?", r"boost\w*", "terms of", "measured", r"evaluat\w*", r"surpass\w*",
    r"compar\w*", "drops?", "speed-?ups?", "state-of-the-art", "competitive", "superior", "matches", r"preserv\w*",
    r"maintain\w*", r"degrad\w*", r"validat\w*", r"assess\w*", r"measur\w*",
)
# Either case of the first letter, for titles ("... and Increased Throughput"); faster than IGNORECASE.
_COMPARISON_CUE_RE = re.compile(
    r"\b(?:SOTA|" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _COMPARISON_WORDS) + r")\b"
)
# A shortcoming stated in terms of measures ("challenges in terms of scalability and cost") reports no result.
_SHORTCOMING_BEFORE_RE = re.compile(
    r"(?:limitations?|limited|challenges?|suffer\w*|struggl\w*|drawbacks?|shortcomings?|bottlenecks?|lacking|falls? short)"
    r"(?: \w+)? in $"
)


def _compares(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence, compares or measures: a cue for a metric named in it."""
    return any(
        not (m.group().endswith("erms of") and _SHORTCOMING_BEFORE_RE.search(text, max(start, m.start() - 30), m.start()))
        for m in _COMPARISON_CUE_RE.finditer(text, start, end)
    )


# Without a tagger, a modifier is trusted only when it looks adjectival or is a hyphenated compound.
_MODIFIER_WORD_RE = re.compile(
    r"-|(?:al|ic|ive|ary|ory|ual|ous|ular|able|ible|modal|wise)$|^(?:document|video|image|text|code|speech|audio|"
    r"graph|table|molecule|protein|math|game|object|entity|relation|event|sequence|program|query|answer|dialogue|"
    r"sentence|summary|story|music|scene|face|pose|depth|motion|instruction|output|knowledge|word|token|"
    r"character|vision|caption|keyword|intent|slot|emotion|sentiment|fact|claim|citation|bug|vulnerability|anomaly|"
    r"attention|data|weight|gradient|expert|memory|tensor|pipeline|context|prompt|preference|reward|policy|"
    r"kernel|cache|activation|parameter|feature|layer|head|sequence|tree|beam|search|reasoning|language)$"
)
# A Title-Case phrase inside a sentence names something ("Rotary Major Scan", "Liger Attention").
_CAP_WORD = r"(?:[A-Z][a-z]+|[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*"
_TITLE_PHRASE_RE = re.compile(rf"(?<=[a-z0-9,;(] )({_CAP_WORD}(?: (?:of |for )?{_CAP_WORD}){{1,4}})(?![\w/-])")
# A coined name of two or more capitalised words in quotes ("``Weight Guide''", "“Concept Depth”").
_WHOLE_ITEM_AFTER_RE = re.compile(r"\s*[,.;:)]|\s+(?:and|or)\s")  # a list item that ends where its words end
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an|our)\s$")
_CAPITALISED_WORD_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+ $")
_QUOTED_NAME_RE = re.compile(r"(?:``|\"|“)([A-Z][\w-]*(?: (?:[a-z]{1,3} )?[A-Z][\w-]*){1,5})(?:''|\"|”)")
_NOT_IN_TITLE_PHRASES = frozenset(
    """English Chinese Traditional Simplified Japanese Korean German French Spanish Arabic Hindi Turkish Russian
    European American Asian African GPU GPUs FPGA FPGAs TPU TPUs CPU CPUs Core Cores Jetson Orin Xavier Xeon EPYC
    Snapdragon Raspberry Ascend Gaudi Conclusion Abstract Introduction
    Commission Agency Agentur Institute University Foundation Corporation Inc Ltd Laboratory Association Council
    Department Ministry Bank Times Post Press Presse News Journal College Hospital Museum
    Zealand Kingdom States Republic Africa America Asia Europe Australia
    License Licence Commons Findings Appendix Figure Table Workshop Conference Proceedings""".split()
    # languages, hardware, paper sections, organisations, news outlets, places, licences, venues
)
_TITLE_PHRASE_TYPES: tuple[tuple[re.Pattern[str], EntityType], ...] = (
    (re.compile(r"(?:Bench|Benchmarks?|Leaderboard|Arena|Eval)$"), "benchmark"),
    (re.compile(r"(?:Datasets?|Corpus|Collection)$"), "dataset"),
    (re.compile(r"(?:Model|LLM|GPT)$"), "model"),
)
_DATA_HEAD_AFTER_PHRASE_RE = re.compile(r" (benchmark|dataset|corpus|suite|leaderboard)\b")
# Words that start a sentence or a noun phrase and so cannot start a name.
_NOT_NAME_STARTS = frozenset(
    "We Our The This These That Those Their Its It A An In On At By From To Of As Over Across Under Between Via "
    "Within Without For With Using Unlike Compared Existing Recent Current "
    "Modern Large Small Open Most Many Such "
    # verbs that open title clauses ("... to Reduce Object Hallucination")
    "Reduce Improve Enhance Boost Advance Unlock Scale Make Learn Rethink Revisit Towards Toward Beyond Bridge "
    "Mitigate Accelerate Leverage Exploit Explore Dive Teach Evaluate Understand Measure Align Compress Detect "
    "Generate Build Harness Unleash Unveil Empower Enable Steer Tame Tackle".split()
)
_HEADS: dict[str, EntityType] = {
    "benchmark": "benchmark",
    "benchmarks": "benchmark",
    "leaderboard": "benchmark",
    "suite": "benchmark",
    "dataset": "dataset",
    "datasets": "dataset",
    "corpus": "dataset",
    "model": "model",
    "models": "model",
    "framework": "method",
    "method": "method",
    "algorithm": "method",
    "architecture": "method",
    "approach": "method",
    "technique": "method",
    "mechanism": "method",
    "module": "method",
    "block": "method",
    "layer": "method",
    "system": "method",
    "pipeline": "method",
    "strategy": "method",
    "paradigm": "method",
    "metric": "metric",
    "score": "metric",
}
_HEADED_RE = re.compile(
    rf"(?<![\w-])((?:{_NAME}|([A-Z][a-z]+(?:-[A-Za-z0-9]+)+))(?: {_NAME}){{0,2}}) ({'|'.join(_HEADS)})\b"
)  # "the new Ledger-19C dataset": a capitalised hyphenated word inside a sentence is a name too
# A name set off by an appositive that says what it is ("Tele-Data, a comprehensive dataset of ...").
_APPOSITIVE_RE = re.compile(
    rf"(?<![\w-])({_NAME}|[A-Z][a-z0-9]+(?:-[A-Za-z0-9]+)+)(?:,|\s+is)\s+(?:a|an)\s+(?:[a-z0-9][\w.-]*\s+){{0,3}}?"
    rf"({'|'.join(h for h in _HEADS if not h.endswith('s'))})(?![\w-])"  # not "model-agnostic"
)
# A name set off by a count of items says it is a collection of them ("X, 4,500 questions with ...").
_TEST_ITEMS = frozenset("questions problems tasks prompts queries puzzles".split())
_COUNTED_AFTER_NAME_RE = re.compile(
    r",\s+(?:a\s+(?:set|collection|suite)\s+of\s+)?(?:over\s+|about\s+|nearly\s+)?"
    r"\d[\d,.]*[KMk]?\s+(?:[a-z][\w-]*\s+){0,2}?(questions|problems|tasks|prompts|queries|puzzles|images|videos|"
    r"documents|pairs|samples|examples|instances|dialogues|conversations|sentences|hours)\b"
)
_NAME_AT_END_RE = re.compile(rf"(?<![\w-])({_NAME}|{_JOINED_NAME})$")  # ... "Ovine-VQA"
# A title "X: A ... Model for ..." says what X is, as an appositive does.
_TITLE_APPOSITIVE_RE = re.compile(
    rf"\s*({_NAME}|[A-Z][a-z0-9]+(?:-[A-Za-z0-9]+)*)\s*:\s+(?:A|An)\s+(?:[\w.-]+\s+){{0,4}}?([A-Za-z]+)"
    r"(?=\s+(?:for|of|to|with|that|in|on|via|based)\b|\s*$)"
)
# Heads that are part of the name they follow ("OpenCompass leaderboard", "OPT-IML Bench").
_NAMING_HEAD_RE = re.compile(
    r"(?<![\w-])(?!(?:On|In|For|At|With|From|By|To|Across|Over|Of|The|A|An|Our|This|These|Both|And|Using)\s)"  # "On MT-Bench,"
    rf"(?:{_NAME}|[A-Z][a-z]+)(?: {_NAME})?(?:[ -](?:Bench|Benchmark|Leaderboard|Arena)|[ ]leaderboard)\b")
# The test set an evaluation task is run on, named in brackets after it ("the zero-shot audio-visual task (Music-AVQA)").
_TEST_SET_NAME = r"[A-Z][A-Za-z0-9.+]*(?:-[A-Za-z0-9.+]+)*"
_TASK_TEST_SET_RE = re.compile(rf"\btasks?\s+\(({_TEST_SET_NAME}(?:,\s*{_TEST_SET_NAME})*)\)")
# An evaluation campaign with its year and language pair or task ("WMT 2014 De-En", "IWSLT 2017", "WMT'22",
# "SemEval-2017 Task 4"); a year written short and joined needs the pair or task ("WMT14 EN-DE").
_CAMPAIGN_RE = re.compile(
    r"(?<![\w-])(?:(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z][A-Z][a-z]+[A-Za-z]*)(?:[ '-]?(?:19|20)\d\d|['’]\d\d)"
    r"(?: [A-Z][A-Za-z]{1,2}[-–][A-Z][A-Za-z]{1,2}| Task \d+)?"
    r"|[A-Z]{2,}\d\d(?: [A-Z][A-Za-z]{1,2}[-–][A-Z][A-Za-z]{1,2}| Task \d+))(?![\w-])"
)
# Conferences: "ICLR 2023" is where a paper appeared, not what it is evaluated on ("CoNLL 2003" is a data set).
_VENUES = frozenset(
    "ICLR ICML NeurIPS NIPS ACL EMNLP NAACL EACL COLING CVPR ICCV ECCV AAAI IJCAI KDD SIGIR WWW SIGGRAPH "
    "INTERSPEECH ICASSP AISTATS UAI COLT MICCAI ICRA IROS CoRL WACV BMVC TACL JMLR TPAMI".split()
)
_LIST_CUE_RE = re.compile(
    rf"(?:\b(?:on|across|including|such as|namely|like)|\b(?:benchmarks|datasets)\s*(?:,|:|--|—|\())\s+(?:the\s+)?"
    rf"({_NAME}(?: (?:19|20)\d\d)?(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?{_NAME}(?: (?:19|20)\d\d)?)*)"
)
_SYSTEMS_BEFORE_EXAMPLES_RE = re.compile(
    r"\b(?:baselines|methods|models|approaches|techniques|systems|algorithms|architectures|LLMs|agents)\s+$")
_LIST_END_BEFORE_RE = re.compile(r"\b(?:and|or)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+$")
_EVAL_CUE_RE = re.compile(
    r"\b(?:benchmarks?|evaluat\w*|experiments?|results?|achiev\w*|accuracy|outperform\w*|scores?|state-of-the-art|SOTA|tested|datasets?)\b"
)
_PROPOSE_RE = re.compile(
    r"\b(?:we|We|paper|work|study)\s+(?:also\s+|further\s+|then\s+|first\s+)?"
    r"(?:propose|introduce|present|develop|design|release|build|construct|curate|collect|create|devise|contribute|unveil|"
    r"open-source)(?:s|d|ed)?\b"
)
# "We train X" / "We pretrain X": what the paper trains, its own where nothing knows the name.
_WE_TRAIN_RE = re.compile(r"\b[Ww]e\s+(?:also\s+|then\s+|first\s+)?(?:pre-?train|train|fine-?tune)\b")
_EVALUATED_ON_BEFORE_RE = re.compile(r"\b(?:on|in|with|to|of|for|and|against)\s+(?:the\s+)?$")
_TO_USE_AFTER_RE = re.compile(r"\s+(?:to\s+(?:use|employ|leverage|adopt|apply|utili[sz]e|exploit|reuse)|on|upon|atop)\b")
# "We study X and propose Y": a proposal verb joined to a clause that "we" open.
_AND_PROPOSE_RE = re.compile(
    r"\band\s+(?:then\s+|also\s+|further\s+)?"
    r"(?:propose|introduce|present|develop|design|release|build|construct|curate|create|devise|contribute|unveil)\b"
)
# A name the abstract says is proposed here, in the passive ("Continual Inference Networks (CINs) is proposed",
# "a novel mechanism, Synaptic Resonance, is introduced"); "was proposed" tells of earlier work.
_PASSIVE_PROPOSED_RE = re.compile(r"\s(?:is|are)\s+(?:first\s+|here\s+)?(?:proposed|introduced|presented)\b")
_PASSIVE_NAME_BEFORE_RE = re.compile(
    rf"(?<![\w-])({_NAME}|[A-Z][a-z]+(?:\s[A-Z][\w-]+){{1,3}})(?:\s*\([^()]{{1,15}}\))?,?\s+$")
_WE_OPENS_BEFORE_RE = re.compile(r"\b[Ww]e\s+[a-z]+\b[^.;]{0,100}$")
_NAMING_WORDS = frozenset("called named termed dubbed coined".split())
_NAMING_RE = re.compile(rf"\b(?:{'|'.join(_NAMING_WORDS)})\s+")
# A naming word names the paper's own contribution only in a sentence about it ("we propose a method, called
# X"), not in one about the field ("a recent state space model called Mamba").
_CONTRIBUTION_CUE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study)|[Hh]ere)\b")
# What a contribution is built on or compared with, after "we propose ...": not the contribution
# ("we propose a method of finding architectures based on LLaMA2-7B").
_BUILT_ON_BEFORE_RE = re.compile(
    r"\b(?:based on|built on|on top of|upon|using|from|than|over|such as|like|including)\s+(?:[\w-]+\s+){0,2}$"
)
# The kinds of thing a paper contributes, as it names them ("a new benchmark", "our method").
_OWN_KIND = (
    r"(?:corpus|dataset|benchmark|model|method|framework|approach|architecture|algorithm|technique|system|pipeline|"
    r"suite|task|metric)"
)
# A name set off after "our <kind>," ("Our detector, FleeceDet, achieves") or as "a new/novel <kind>"
# ("SheepCount, a new benchmark of ...") is the paper's own.
_NEW_APPOSITIVE_RE = re.compile(rf"(?<![\w-])({_NAME}),\s+(?:a|an)\s+(?:new|novel)\s+")
_NEW_KIND_NAMED_RE = re.compile(
    rf"\b(?:a|an)\s+(?:new|novel)\s+(?:[a-z][\w-]*\s+){{0,3}}?{_OWN_KIND},?\s+(?:(?:called|named|dubbed|termed)\s+)?"
    rf"(?:the\s+)?({_NAME}(?![\w+-])|[A-Z][a-z]{{2,}}(?=,))"   # "a new network architecture, the Shepherd, based on"
)
# ... or named right after "our <kind>" ("our method FooNet"); "our earlier system X" is not this paper's.
_OUR_APPOSITIVE_RE = re.compile(
    rf"\b[Oo]ur\s+(?!(?:earlier|previous|prior)\b)(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:[a-z][\w-]*,\s+(?:\\[a-z]+\{{)?({_NAME}|[A-Z][a-z]+(?:\s[A-Z][\w-]+){{1,2}})\}}?,|{_OWN_KIND}\s+({_NAME})(?![\w+-]))"
    rf"|\b[Oo]ur\s+({_NAME})\s+{_OWN_KIND}\b"  # "our GenoWool model"
)
# An unknown name whose levels a change verb gives is a measure ("raises FactCC from 61.2 to 70.4").
_RAISED_BEFORE_RE = re.compile(
    rf"(?:\b{CHANGE_VERB_STEMS}\w*\s+(?:the\s+|its\s+)?"
    r"|\bto\s+\d[\d.]*\s*%?,?\s+and\s+)$"  # "... from 61.2 to 70.4 and QAGS from 0.71 to 0.79"
)
# Capitalised words a change verb takes from one level to another or by a margin name a measure ("improves
# CLIP R-Precision from 0.79 to 0.86", "raises FactCC by 3.1").
_RAISED_NAMED_MEASURE_BEFORE_RE = re.compile(
    rf"\b{CHANGE_VERB_STEMS}\w*\s+(?:the\s+|its\s+)?((?:(?=[\w@.+-]*[A-Z])[A-Za-z][\w@.+-]*\s+){{1,2}}"
    r"(?=[\w@.+-]*[A-Z])[A-Za-z][\w@+-]*)$")
_CHANGE_LEVELS_RE = re.compile(r"\s+(?:from\s+\d[\d.]*\s*%?\s+to|by\s+(?:up\s+to\s+|about\s+)?)\s*\d")


def _raised_named_measures(text: str) -> Iterator[tuple[int, int]]:
    """Spans of capitalised words a change verb takes from one level to another or by a margin ("improves
    CLIP R-Precision from 0.79 to 0.86"): found from " from " and " by " backwards, as those are rare."""
    for word in (" from ", " by "):
        at = text.find(word)
        while at >= 0:
            if _CHANGE_LEVELS_RE.match(text, at):
                m = _RAISED_NAMED_MEASURE_BEFORE_RE.search(text, max(0, at - 80), at)
                if m:
                    yield m.start(1), m.end(1)
            at = text.find(word, at + 1)


_LEVELS_AFTER_RE = re.compile(r"\s+(?:scores?\s+)?(?:from\s+\d[\d.]*\s*%?\s+to|by\s+(?:up\s+to\s+|about\s+|over\s+)?)\s*\d")
# Right after "we propose (a new)": what follows is the contribution itself, not a task it is named after.
_PROPOSED_BEFORE_RE = re.compile(_PROPOSE_RE.pattern + r"\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?$")
# From a proposed name to the one joined to it, past its short form ("A (FA) and B").
_AND_NEXT_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?,?\s+and\s+")
# Right after a proposal verb or a naming word, a plain capitalised word is a name ("we introduce Lamina").
_DIRECT_NAME_RE = re.compile(
    rf"\s*(?:(?:a|an|the)\s+)?((?:\d{{1,2}}-bit\s+)?{_NAME}|(?:[A-Z][a-z]{{2,}}|[A-Z][a-z]?(?=-[A-Z]))(?:-[A-Za-z0-9]+)*(?:\s+{_CAP_WORD}){{0,3}})"
    r"(?![\w+])(?!-|\s+[A-Z])"  # "Lamina", "Co-Shear", "4-bit AdamW"
)
# Right after "we propose", a lower-case term with no article is the contribution's name ("we propose
# sense finetuning, which ..."); with an article it is a description ("we propose a simple method").
_BARE_TERM_RE = re.compile(r"\s+([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){1,3})(?=\s*[,.;:(]|\s+(?:which|that|to|for|as|in|on|with|where)\b)")


def _is_bare_term(phrase: str) -> bool:
    """Whether the words after "we propose" name a term: no function or praise word, a noun at the end,
    and no adverb or gerund in front ("we propose fine-tuning the model" names no contribution)."""
    words = phrase.split()
    return not any(w in _PHRASE_STOP or w in _LIST_LEAD_STOP for w in words) and bool(_NOMINAL_HEAD_RE.search(words[-1])) \
        and not words[0].endswith(("ly", "ing"))


_TITLE_NAME_RE = re.compile(rf"^\s*({_NAME}(?: {_NAME})?|[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9.]+)*)\s*:")
# A title that opens with two or three capitalised words and a colon names its contribution
# ("Landmark Attention: ...", "Entropy Adaptive Decoding: ..."); a plural there names a kind of thing
# ("Quantizable Transformers: ...").
_REPORT_WORDS_RE = re.compile(r"\s+(?:Technical Report|Tech Report|Report|System Card|Model Card)$")
_TITLE_WORDS_NAME_RE = re.compile(r"^\s*([A-Z][\w-]*(?: [A-Z][\w-]*){1,2})\s*:")
# Long-form head words that say what kind of thing an unknown abbreviation names.
_LONG_FORM_HEADS: tuple[tuple[re.Pattern[str], EntityType], ...] = (
    (re.compile(r"(?:bench(?:mark)?s?|leaderboard|suite|test set)$", re.IGNORECASE), "benchmark"),
    (re.compile(r"(?:dataset|data set|corpus|corpora|collection)s?$", re.IGNORECASE), "dataset"),
    (re.compile(r"(?:score|rate|error|accuracy|distance|divergence|precision|recall|ratio|index|kappa|correlation|coefficient)s?$", re.IGNORECASE), "metric"),
    (
        re.compile(
            r"(?:detection|recognition|generation|answering|translation|classification|segmentation|estimation|"
            r"reasoning|retrieval|summari[sz]ation|prediction|captioning|parsing|tracking|synthesis|understanding)$",
            re.IGNORECASE,
        ),
        "task",
    ),
    (re.compile(r"(?:language models?|LLMs?|GPT|checkpoints?)$", re.IGNORECASE), "model"),
)
_NOT_NAMES = frozenset(
    """AI ML NLP CV LLM LLMs MLLM MLLMs VLM VLMs LM LMs SOTA GPU GPUs CPU CPUs TPU TPUs API APIs FPGA FPGAs RAM
    HBM DRAM SRAM IO I/O PDF HTML URL USA UK EU US II III IV PhD CEO FLOP OK ID IDs QA NLU NLG RL DL ANN ANNs
    DNN DNNs HF KV ML4 GenAI AGI XAI KG KGs MoEs ViTs PLM PLMs
    LVLM LVLMs LMM LMMs T2I T2V I2V 2D 3D 4D 1D 4K 8K HD FP16 FP32 BF16 INT8 INT4 FP8 CUDA PyTorch TensorFlow
    JAX GitHub HuggingFace Hugging NVIDIA OpenAI DeepMind Google Meta Microsoft Anthropic Alibaba Baidu
    Tencent Huawei IBM Apple Amazon ByteDance AMD Intel Nvidia NVidia MacOS iOS LaTeX arXiv YouTube
    DNA RNA RGB JSON XML SQL GEMM GEMV DSP NPU NPUs NIC NICs RDMA InfiniBand RoCE NVLink PCIe ASIC ASICs
    SSD SSDs HPC ARM x86 RISC-V MIT MRI fMRI CT EEG ECG EKG
    meV eV keV MeV GeV kcal Hz kHz MHz GHz mAh kW MW HOMO LUMO SMILES
    NP NP-hard NP-Hard NP-complete NP-Complete PSPACE ONE ALL ANY NOT AND THE ONLY
    Position Survey Review Tutorial Perspective Perspectives Commentary Opinion Editorial""".split()
)  # complexity classes and words set in capitals for stress ("unifies A and B as ONE"); the last
# line: the kind of paper a title opens with ("Position: ...", "Survey: ...")


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and trailing punctuation that regexes may take along."""
    while start < end and text[start] in " \t\n\"'“”":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:\"'“”":
        end -= 1
    return start, end


_RESOURCE_HEADS = frozenset(
    "data records contracts descriptions formulations documents interfaces graphics filings texts files reports notes "
    "articles books images videos".split()
)
# How medical data is acquired is a kind of data, not a technique ("computed tomography (CT)").
_MODALITY_HEADS = frozenset("tomography imaging encephalography electroencephalography electrocardiography "
                            "electrocardiogram radiography ultrasound".split())


_ORGANISATION_HEADS = frozenset(
    "Commission Agency Institute University Foundation Corporation Laboratory Laboratories Lab Association Council "
    "Department Ministry Bank Organization Organisation Administration Society Consortium Committee".split())


def _is_resource_or_property(long_form: str) -> bool:
    """Whether an unknown long form names data, a document kind, an imaging modality or an organisation
    ("electronic health records", "computed tomography") or is a lone adjective ("autoregressive", "out-of-distribution") rather
    than a technique or a thing made."""
    words = long_form.split()
    if not words:
        return False
    if words[-1].lower() in _RESOURCE_HEADS or words[-1].lower() in _MODALITY_HEADS:
        return True
    if words[-1] in _ORGANISATION_HEADS:
        return True  # "Securities and Exchange Commission (SEC)": an organisation
    return len(words) == 1 and words[0].islower() and bool(re.search(r"(?:ive|al|ous|-of-[a-z-]+)$", words[0]))


def _type_from_long_form(long_form: str, lexicon_types: dict[str, tuple[EntityType, str]] | None = None) -> EntityType | None:
    """The type a long form's head word says ("... Benchmark", "... Language Model"), that of a known task
    it ends with, or that of a known name it ends with ("Clinical XLM-R" is a model); None when it says nothing."""
    for pattern, t in _LONG_FORM_HEADS:
        if pattern.search(long_form.strip()):
            return t
    words = long_form.split()
    for k in range(1, len(words) - 1):  # "medical natural language inference": a kind of a known task
        known = (lexicon_types or {}).get(" ".join(words[k:]).lower())
        if known and known[0] == "task":
            return "task"
    known = (lexicon_types or {}).get(words[-1]) if words else None
    return known[0] if known and known[0] in ("model", "method") else None


# Where the words after a new name stop being about it ("X to evaluate LLMs in open-ended benchmarks").
_HEAD_WINDOW_CUT_RE = re.compile(r"\b(?:to|in|on|for|that|which|with|by|from|and|is|are|was|were|can|will)\b")


# A head noun set off right before a new name ("we propose a framework, Flipped-VQA, ...").
_HEAD_SET_OFF_BEFORE_RE = re.compile(r"\b(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?([a-z]+),\s+$")


def _nearest_head(text: str, start: int, end: int, sent_end: int, look_before: bool = True) -> EntityType | None:
    """The kind of thing a new name is, from a head noun just after it ("X, a novel framework") or, set off
    before it, right before it ("a framework, X, ...")."""
    set_off = _HEAD_SET_OFF_BEFORE_RE.search(text, max(0, start - 60), start)
    if set_off is not None and _HEADS.get(set_off.group(1)) not in (None, "metric"):
        return _HEADS[set_off.group(1)]
    window = text[end : min(sent_end, end + 80)]
    clause = _HEAD_WINDOW_CUT_RE.search(window)
    if clause is not None:
        window = window[: clause.start()]  # "X to evaluate LLMs in benchmarks": the head is not about X
    best: tuple[int, EntityType] | None = None
    for m in re.finditer(r"[A-Za-z][a-z]+", window):
        # Title Case hides heads, but only the data heads are safe to read there ("X: A Benchmark for ...");
        # "X: Compressing Large Language Models" says nothing of what X is.
        word = m.group() if m.group().islower() else m.group().lower()
        t = _HEADS.get(word)
        if t is not None and not m.group().islower() and t not in ("benchmark", "dataset"):
            continue
        if t is not None and t != "metric":
            best = (m.start(), t)
            break
    if best is not None or not look_before:
        return best[1] if best else None
    before = [w.strip(",:;(") for w in text[max(0, start - 40) : start].lower().split()[-3:]]
    for word, t in (("benchmark", "benchmark"), ("dataset", "dataset"), ("model", "model")):
        if word in before:  # "a new counting benchmark, SheepCount"
            return t
    return None


def _names_a_kind_of_model(phrase: str) -> bool:
    """Whether a phrase only says which kind of model it is ("Audio-Visual Large Language Model")."""
    return all(w in _MODEL_KIND_WORDS for w in re.split(r"[\s-]+", phrase.lower()))


_CAPITALS_RUN_AT_END_RE = re.compile(r"(?:\b[A-Z][A-Z-]+\b[\s:,]+){3,}\b[A-Z][A-Z-]+\W*$")


def _is_set_in_capitals(title: str) -> bool:
    """Whether a title is set in capitals: at least three words, and most of its words, in capitals
    ("TRELLIS NETWORKS FOR SEQUENCE MODELING", or "Published as ... ICLR 2018 LEARNING GENERAL ...")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*", title)
    capitals = sum(1 for w in words if len(w) > 1 and w.isupper())
    # ... or ends in a run of four or more words in capitals after a venue's running head
    # ("Published as a conference paper at ICLR 2017 DYNAMIC COATTENTION NETWORKS FOR QUESTION ANSWERING")
    return capitals >= 3 and capitals >= 0.6 * len(words) or _CAPITALS_RUN_AT_END_RE.search(title) is not None


def find_entity_mentions(
    text: str,
    lexicon_spans: Iterable[tuple[int, int, EntityType, str]],
    abbreviations: Iterable[dict[str, int]],
    sentences: Sequence[tuple[int, int]],
    title_end: int = 0,
    lexicon_types: dict[str, tuple[EntityType, str]] | None = None,
    generic: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Entity mentions of ``text`` as dicts: start, end, type, name, proposed, source.

    Parameters
    ----------
    text: the text (title, separator, abstract).
    lexicon_spans: (start, end, type, canonical name) of every lexicon match.
    abbreviations: pairs from :func:`.abbreviations.find_abbreviations`.
    sentences: (start, end) char spans of the sentences.
    title_end: where the title ends in ``text`` (0 when there is none).
    lexicon_types: surface form -> (type, canonical name), to type abbreviation pairs.
    generic: name keys (:func:`paperkg.names.name_key`) of phrases that are never entities.
    """
    lexicon_types = lexicon_types or {}
    lexicon_spans = list(lexicon_spans)
    candidates: list[dict[str, Any]] = []
    title = text[:title_end]
    if _is_set_in_capitals(title) and len(title.lower()) == title_end:
        # "MULTIPLICATIVE LSTM FOR SEQUENCE MODELLING": in a title set in capitals, capitals say nothing,
        # so the patterns read it lower-cased (the lexicons have already matched the original).
        text = title.lower() + text[title_end:]

    def add(start: int, end: int, etype: EntityType, source: str, name: str | None = None, proposed: bool = False) -> None:
        start, end = _clean_span(text, start, end)
        version = _VERSION_RE.match(text, end) if etype != "metric" and etype != "task" else None
        if version is None and etype == "model" and text[end:end + 1] == " ":
            version = _BARE_VERSION_RE.match(text, end)  # "AudioLDM 2 (FAD 1.89)": the second version's name
            if version is not None and text[start:version.end()] in lexicon_types:
                version = None  # "LLaMA 2": a known name of its own, matched as such
        if version is not None and end > start and text[end - 1].isalnum():
            name, end = (name or text[start:end]) + version.group(), version.end()  # "MobileVLM v2" is its own name
        surface = text[start:end]
        if end <= start or name_key(surface) in generic or surface in _VENUES or _STEP_RE.fullmatch(surface) \
                or all(part in _NOT_NAMES for part in surface.split("-")):  # "GPU", "GPU-CPU"
            return
        if "-" in surface and _is_modifier_word(surface.rpartition("-")[2]):
            return  # "ID-based", "LoRA-style": a modifier, not a name
        candidates.append(
            {"start": start, "end": end, "type": etype, "name": name or surface, "proposed": proposed, "source": source}
        )

    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(sentences) and pos < sentences[i][1]:
            return sentences[i]
        return 0, len(text)

    # 1. abbreviation pairs: one entity, typed by the lexicon or by the long form's head word
    pair_types: dict[str, EntityType] = {}
    pair_names: dict[str, str] = {}
    not_entities: set[str] = set()  # both forms of a pair that names data or a property, wherever they occur
    for p in abbreviations:
        long_form = text[p["long_start"] : p["long_end"]]
        short = text[p["short_start"] : p["short_end"]]
        if name_key(long_form) in generic or (_PLURAL_ACRONYM_RE.search(short) and long_form.endswith("s")
                                               and long_form.split()[-1].lower() in _KIND_PLURALS):
            continue  # "small language models (SLMs)", "Audio-Visual LLMs (AV-LLMs)": a kind of thing, not a name
        if _names_a_kind_of_model(long_form):
            not_entities.update((short, long_form))  # "Audio-Visual Large Language Model (AV-LLM)": a kind
            continue
        mapping = _MODALITY_MAPPING_RE.fullmatch(long_form)  # "text-to-image (T2I) diffusion": the task, whatever follows
        head = _MODIFIER_PAIR_HEAD_RE.match(text, p["short_end"] + 1) \
            if _MODIFIER_LONG_FORM_RE.fullmatch(long_form) and not mapping else None
        head_word = head.group(1).lower() if head is not None else ""
        if head_word and head_word.rstrip("s") not in _KIND_NOUNS and head_word not in _LINK_WORDS:
            # "question-answering (QA) datasets", "out-of-distribution (OOD) between ...": the long form is a
            # noun. Otherwise the pair modifies the word after it: with a technique or task word the three
            # name the thing ("floating-point (FP) quantization"); with any other ("OOD data") nothing.
            pair_known = bool(lexicon_types.get(long_form) or lexicon_types.get(long_form.lower()) or lexicon_types.get(short))
            named_with_head = head_word in _METHOD_HEADS or head_word in _TITLE_TASK_HEADS
            if named_with_head:
                # one entity named without the brackets, the short form alone or with the head its alias
                etype = "task" if head_word in _TITLE_TASK_HEADS else "method"
                name = f"{long_form} {head.group(1)}"
                add(p["long_start"], head.end(), etype, "abbreviation", name)
                candidates.append({"start": p["short_start"], "end": p["short_end"], "type": etype, "name": name,
                                   "proposed": False, "source": "abbreviation"})
                for form in (short, f"{short} {head.group(1)}"):
                    pair_types[form], pair_names[form] = etype, name
            elif (combo := _known_pair_with_head(long_form, short, head.group(1), lexicon_types)) is not None:
                etype, name = combo  # "key-value (KV) caches": the known "KV cache"
                add(p["long_start"], head.end(), etype, "abbreviation", name)
                pair_types[f"{short} {head.group(1)}"], pair_names[f"{short} {head.group(1)}"] = etype, name
            elif not pair_known:
                not_entities.update((short, long_form))  # "OOD data" here, so "OOD" alone elsewhere is no name
            if named_with_head or not pair_known:
                continue
            # ... but a known term stays itself before any word ("a mixture-of-experts (MoE) layer")
        name_head = _PAIR_NAME_HEAD_RE.match(text, p["short_end"] + 1) if long_form[:1].isupper() else None
        if name_head is not None:
            name = f"{long_form} {name_head.group(1)}"
            add(p["long_start"], name_head.end(), "method", "abbreviation", name)
            candidates.append({"start": p["short_start"], "end": p["short_end"], "type": "method", "name": name,
                               "proposed": False, "source": "abbreviation"})
            for form in (short, f"{short} {name_head.group(1)}", f"{short}-{name_head.group(1)}"):
                pair_types[form], pair_names[form] = "method", name  # "CCA", "CCA Attention", "CCA-Attention"
            continue
        wider = _known_wider_form(text, p["long_start"], long_form, lexicon_types)
        if wider is not None:  # "secure multiparty computation (MPC)": the known term, not its last words
            p = {**p, "long_start": p["long_start"] - (len(wider) - len(long_form))}
            long_form = wider
        # the long form says which of two known readings the short form has ("mean absolute error (MAE)")
        known = lexicon_types.get(long_form) or lexicon_types.get(long_form.lower()) or lexicon_types.get(short)
        if known and not (lexicon_types.get(long_form) or lexicon_types.get(long_form.lower())) \
                and " " in known[1] and not _spells_the_same(long_form, known[1]):
            known = None  # "Visual Contrastive Re-weighting (VCR)": the paper's own reading, not the known one
        system_kind = _SYSTEM_KIND_AFTER_RE.match(text, p["short_end"] + 1)
        measured = _LEVEL_AFTER_PAIR_RE.match(text, p["short_end"] + 1)  # "an average lagging (AL) of 1.8 seconds"
        # ... and so is a known measure taken on a part of the data ("AP on rare categories (APr)")
        measure_first = lexicon_types.get(long_form.split()[0], ("",))[0] == "metric" and " on " in long_form
        etype = (known[0] if known else "task" if mapping else "method" if system_kind else "metric" if measured or measure_first
                 else _type_from_long_form(long_form, lexicon_types)) or \
            _nearest_head(text, p["long_start"], max(p["long_end"], p["short_end"]) + 1, sentence_of(p["long_start"])[1], look_before=False) or "method"
        if etype == "task" and not known and _PROPOSED_BEFORE_RE.search(text, max(0, p["long_start"] - 60), p["long_start"]):
            etype = "method"  # "we propose Fleece-Aware Retrieval (FAR)": a contribution named after its task
        if not known and _is_resource_or_property(long_form):
            not_entities.update((short, long_form))
            continue  # "electronic health records (EHRs)", "out-of-distribution (OOD)": no technique
        canonical = known[1] if known else long_form
        pair_types[short] = etype
        pair_names[short] = canonical
        add(p["long_start"], p["long_end"], etype, "abbreviation", canonical)
        candidates.append(
            {"start": p["short_start"], "end": p["short_end"], "type": etype, "name": canonical, "proposed": False, "source": "abbreviation"}
        )
    # 2. lexicon, except a known part of a larger hyphenated name ("LLaVA" in "MoE-LLaVA"), and
    # metrics only where the sentence measures something (a metric is what a paper reports results in)
    for start, end, etype, name in lexicon_spans:
        if _inside_compound(text, start, end):
            continue
        if etype in ("method", "model") and _DATA_HEAD_AFTER_PHRASE_RE.match(text, end) and text[start:end].isupper():
            continue  # "the SGD dataset": an acronym the data head says is data, not the technique it also names
        if name == "recommendation" and _ADVICE_BEFORE_RE.search(text, max(0, start - 25), start):
            continue  # "we provide recommendations for practitioners": advice, not the task
        if etype == "metric" and start > title_end and text[start].isupper() and name.islower() and _NAME_END_BEFORE_RE.search(text, max(0, start - 30), start):
            continue  # "ONNX Runtime", "Azure Speed": the last word of a product's name, not the measure
        if etype == "metric" and (_AT_PHASE_BEFORE_RE.search(text, max(0, start - 4), start)
                                  or name.endswith(" time") and "-" in text[start:end] and _WORD_AFTER_RE.match(text, end)):
            continue  # "at inference time": when, not how long; "an inference-time ensemble": what kind
        if etype == "metric":
            technique = _TECHNIQUE_AFTER_MEASURE_RE.match(text, end)
            if technique:
                add(start, technique.end(), "method", "phrase")
                continue  # "perplexity filtering", "an accuracy reward": a technique that uses the measure
            s, e = sentence_of(start)
            if not _RESULT_CUE_RE.search(text, s, e):
                if not _compares(text, s, e) or name in _SIZE_MEASURES or _COST_OF_RE.match(text, end):
                    continue  # "at negligible accuracy loss", "a small number of parameters": no measured result
            if NUMBER_FORMAT_BEFORE_RE.search(text, max(0, start - 20), start) and name == "precision":
                continue  # "low precision", "4-bit precision": a number format, not the measure
            per = _PER_UNIT_RE.match(text, end)
            if per:
                add(start, per.end(), etype, "extended")
        word, word_start = _word_before(text, start, sentence_of(start)[0]) if etype in ("metric", "task") else ("", start)
        if etype == "metric" and name in _MODIFIED_MEASURES and word and word not in _PHRASE_STOP and word not in _AMOUNT_WORDS \
                and not text.startswith("-", end) \
                and (_MODIFIER_WORD_RE.search(word) or word in _TASK_HEADS):
            # "predictive accuracy", "answer accuracy", "classification accuracy", "code generation accuracy",
            # "citation recall", "slot F1"
            before, before_start = _word_before(text, word_start)
            known_task = lexicon_types.get(f"{before} {word}")
            add(before_start if known_task is not None and known_task[0] == "task" else word_start, end, etype, "extended")
        if etype == "task" and ("-" in word and word not in _PHRASE_STOP and (not _ADJECTIVE_HEAD_RE.search(word) or _GRAIN_RE.search(word))
                                or word in _MODALITY_WORDS):
            add(word_start, end, etype, "extended")  # "code-mixed sentiment analysis", "video instance segmentation"
        if etype in ("dataset", "benchmark") and (variant := _DATA_VARIANT_BEFORE_RE.search(text, max(0, start - 40), start)):
            add(variant.start(1), end, etype, "extended")  # "Split CIFAR-100", "sequential MNIST": a variant of the data
        if etype in ("method", "model") and (dim := _DIMENSION_BEFORE_RE.search(text, max(0, start - 3), start)):
            add(dim.start(), end, etype, "extended")  # "3D CNNs", "3D Swin Transformer": the variant's own name
        if etype == "model":
            size = _SIZE_WORD_RE.match(text, end)
            if size and not _MAKE_BEFORE_RE.search(text, max(0, start - 8), start):  # "Making LLaVA Tiny": made small
                add(start, size.end(), etype, "sized")  # "GPT-3 XL", "BERT-Base": a checkpoint of the family
        add(start, end, etype, "lexicon", name)
    # 3. patterns
    for start, end, etype in _list_analogues(text, sentences, lexicon_spans):
        s, e = sentence_of(start)
        if etype != "metric" or _RESULT_CUE_RE.search(text, s, e) or _compares(text, s, e):
            add(start, end, etype, "listed")
    sized_matches = list(_SIZED_RE.finditer(text))
    known_data = {(start, end) for start, end, etype, _ in lexicon_spans if etype in ("dataset", "benchmark")}
    for m in sized_matches:
        first = m.group().split("-")[0].split()[0]
        if (m.start(), m.end()) in known_data:
            continue  # "LAION-5B", "MovieLens-1M": known data whose name ends in a size
        if (first in _NOT_NAME_STARTS or re.fullmatch(r"[A-Z][a-z]+ing", first)) and m.group().startswith(first + " ") \
                and _SIZED_RE.fullmatch(m.group()[len(first) + 1 :]):
            add(m.start() + len(first) + 1, m.end(), "model", "sized")  # "Training GPT-3 1.3B with ...": the name after
        elif first not in _NOT_NAME_STARTS and not re.fullmatch(r"[vV]\d+(?:\.\d+)*", first):  # not "V2 3B"
            # a known model name the size continues starts the checkpoint ("Llama Guard 3 8B", not "Guard 3 8B")
            known = next((ls for ls, le, lt, _ in lexicon_spans if lt == "model" and ls < m.start() < le <= m.end()), m.start())
            add(known, m.end(), "model", "sized")
    # links, found once (every link holds a "/"): no hub id inside one, and no unknown name (step 6)
    urls = [(u.start(), u.end()) for u in _URL_SPAN_RE.finditer(text)] if "/" in text else []
    for m in _HUB_ID_RE.finditer(text) if "/" in text else ():
        if not any(s <= m.start() < e for s, e in urls):
            add(m.start(), m.end(), "model", "sized")
    for m in _LOWER_CHECKPOINT_RE.finditer(text):
        parts = m.group().split("-")
        if any(_LOWER_CHECKPOINT_PART_RE.fullmatch(p) for p in parts[1:]) and any(
            any(lexicon_types.get(form, ("",))[0] == "model" for form in (p, p.upper(), p.capitalize())) for p in parts
        ) and not any(s <= m.start() < e for s, e in urls):
            add(m.start(), m.end(), "model", "sized")
    for m in _COMPOUND_RE.finditer(text):
        etype = _compound_type(m.group(), lexicon_types) or _technique_variant(m.group(), lexicon_types)
        if etype is not None:
            add(m.start(), m.end(), etype, "compound")
    for m in _matches_at(_COINED_TERM_RE, text, _COINING_ANCHORS, title_end):
        term = m.group(1)
        head = term.split()[-1]
        if term.split()[0] in _PHRASE_STOP or name_key(term) in generic or " " not in term and re.search(r"[^s]s$", term):
            continue  # "(called victims)": a plain plural names things, not a term
        # "a phenomenon we refer to as extreme-token phenomena", "(referred to as ensemble complexity)":
        # a term the paper coins for what it studies, measures or does
        etype = "task" if head in _TASK_HEADS or head in _PHENOMENON_HEADS else \
            "metric" if re.fullmatch(r"complexity|ratio|rate|score|gap|error", head) else "method"
        add(m.start(1), m.end(1), etype, "phrase")
    for m in _matches_at(_THE_PLAIN_NAME_RE, text, ("the ", "The "), title_end):
        word = m.group(1)
        if word not in _NOT_NAMES and word not in _NOT_NAME_STARTS and word not in _NOT_IN_TITLE_PHRASES \
                and word.lower() not in _PHRASE_STOP and name_key(word) not in generic:
            # "the Backpack language model", "the Waterbirds dataset": a plain word the head names
            add(m.start(1), m.end(1), "model" if m.group(2).endswith("model") else _HEADS[m.group(2)], "headed")
    for m in _matches_of_words_with(_WISE_TECHNIQUE_RE, text, "-wise ", title_end):
        if m.group(2) not in _WISE_NOT_TECHNIQUES:
            add(m.start(), m.end(), "method", "phrase")  # "channel-wise scaling", "block-wise reconstruction"
    for m in _enumerated_terms(text):
        words = m.group(1).split()
        head = words[-1].lower()
        if words[0].lower() not in _PHRASE_STOP and (head in _METHOD_HEADS or head in _TASK_HEADS or head in _ENUMERATED_HEADS):
            # "1) Direct prompting: ...", "(3) infill sampling, and", "2) Locality-preserved attention that ...":
            # an enumerated part of an approach named by a technique or task word
            add(m.start(1), m.end(1), "task" if head in _TASK_HEADS else "method", "listed")
    for m in _matches_of_words_with(_FORMER_NAME_RE, text, "former"):
        add(m.start(), m.end(), "method", "compound")  # "Emformer", "Crossformers": a Transformer variant
    for m in _matches_of_words_with(_MODALITY_TASK_RE, text, "-to-"):
        add(m.start(), m.end(), "task", "phrase")  # "text-to-image (T2I)", "in text-to-image and text-to-video synthesis"
    for m in _NAMING_HEAD_RE.finditer(text):
        if m.start() < title_end and re.match(r"[A-Z][a-z]+ ", m.group()):
            continue  # a title capitalises every word: "Text Embedding Benchmark" there names no benchmark
        add(m.start(), m.end(), "benchmark", "extended")
    for m in _TASK_TEST_SET_RE.finditer(text):
        for n in re.finditer(_TEST_SET_NAME, m.group(1)):
            if n.group() not in _NOT_NAMES and n.group() not in lexicon_types:
                add(m.start(1) + n.start(), m.start(1) + n.end(), "benchmark", "extended")
    known_spans = {(start, end) for start, end, _, _ in lexicon_spans}
    for m in _CAMPAIGN_RE.finditer(text):
        if re.match(r"[A-Za-z]+", m.group()).group() not in _VENUES and m.span() not in known_spans:
            add(m.start(), m.end(), "benchmark", "extended")  # a known one ("CoNLL 2003") keeps its known name
    for m in _HEADED_RE.finditer(text):
        etype = _HEADS[m.group(3)]
        if m.group(2) and (m.start() == sentence_of(m.start())[0] or m.start() < title_end):
            continue  # "Vision-language models ..." opening a sentence, or a title's capitals: no name
        if etype != "metric" and not _HARDWARE_RE.match(m.group(1)):  # "bfloat16 models": a number format
            add(m.start(1), m.end(1), etype, "headed")
    for m in _PRECISION_METHOD_RE.finditer(text):
        add(m.start(), m.end(), "method", "phrase")
    for m in _METRIC_PHRASE_RE.finditer(text):
        s, e = sentence_of(m.start())
        if _RESULT_CUE_RE.search(text, s, e) and not _AT_PHASE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
            # a measure, not a motivation ("costly computational overhead") nor a phase ("at training time")
            add(m.start(), m.end(), "metric", "phrase")
    for m in _SCORE_ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        if acronym not in lexicon_types and acronym not in _NOT_NAMES and not _HARDWARE_RE.match(acronym):
            add(m.start(1), m.end(1), "metric", "extended")  # "5.6% Avg. JGA": the measure a score is in
    for start, end in _raised_named_measures(text):
        words = text[start:end].split()
        if not any(w in _NOT_NAMES or lexicon_types.get(w, ("metric",))[0] != "metric" and w != words[0] for w in words):
            add(start, end, "metric", "extended")
    for start, end in _named_scores(text):
        name = text[start:end]
        owner = name.split()[0]
        if owner not in _NOT_NAMES and name not in lexicon_types and name.lower() not in lexicon_types \
                and "benchmark" not in (lexicon_types.get(owner, ("",))[0], _compound_type(owner, lexicon_types)):
            # ... but "a GenEval score of 0.58" is a score on the GenEval benchmark
            add(start, end, "metric", "extended")
    for m in _AT_K_METRIC_RE.finditer(text) if ("@" in text or "AP" in text or "ank-" in text) else ():
        s, e = sentence_of(m.start())
        if _RESULT_CUE_RE.search(text, s, e) or _compares(text, s, e):
            add(m.start(), m.end(), "metric", "extended")
    for m in _matches_at(_CHANGED_QUALITIES_RE, text, _CHANGE_STEMS, title_end):
        items = list(_list_items(text, m))
        if all(item.split()[-1] in _CHANGED_QUALITY_HEADS and item[0].islower() and not _PHRASE_STOP.intersection(
                item.split()[:-1]) for _, item in items) and (any(" " in item for _, item in items)
                                                            or all(item in _NAMED_QUALITIES for _, item in items)):
            for k, item in items:
                if name_key(item) not in generic:
                    add(k, k + len(item), "metric", "listed")
    for m in _SHOWN_QUALITIES_RE.finditer(text):
        items = list(_list_items(text, m))
        if all(_MEASURE_WORD_RE.search(item) for _, item in items):
            for k, item in items:
                if name_key(item) not in generic:  # "effectiveness": praise, not a measure
                    add(k, k + len(item), "metric", "listed")
    for m in _MEASURED_LIST_RE.finditer(text):
        if _SHORTCOMING_BEFORE_RE.search(text, max(0, m.start() - 30), m.start() + 3):
            continue  # "limited in terms of model performance, efficiency, and deployment": no result
        for k, item in _list_items(text, m):
            cut = re.match(r"(?:both|either)\s+", item)
            if cut:
                k, item = k + cut.end(), item[cut.end() :]
            named = m.group().startswith("metric") and item[:1].islower() and _WHOLE_ITEM_AFTER_RE.match(text, k + len(item))
            if item and (_MEASURE_WORD_RE.search(item) or named  # "metrics: model size, ...": the list says what each is
                         or _NAME_RE.fullmatch(item) and item not in _NOT_NAMES
                         and lexicon_types.get(item, ("metric",))[0] == "metric") and name_key(item) not in generic:
                add(k, k + len(item), "metric", "listed")  # ... and a name measured in ("in terms of FactScore")
    for m in _phrase_matches(text, title_end):
        # The modifiers are the words right before the head that look like modifiers ("use vector-wise
        # quantization" -> "vector-wise quantization"); a phrase with none is not a name.
        words = m.group(1).split()
        kept = 0
        while kept < len(words) and words[-1 - kept].lower() not in _PHRASE_STOP and (
                _MODIFIER_WORD_RE.search(words[-1 - kept]) or _ACRONYM_MODIFIER_RE.fullmatch(words[-1 - kept])):
            kept += 1  # "vector-wise quantization", "KV cache quantization"
        if not kept or kept == 1 and _ACRONYM_MODIFIER_RE.fullmatch(words[-1]):
            continue  # an acronym alone says too little ("QKV generation", "RL fine-tuning")
        if m.group(2) in _GOAL_HEADS:
            continue  # "cross-lingual alignment", "multi-objective optimization": a goal, seldom a named technique
        start = m.end(1) - len(" ".join(words[-kept:])) - (len(m.group(1)) - len(m.group(1).rstrip()))
        etype: EntityType = "task" if m.group(2) in _TASK_HEADS or m.group(2) == "QA" else "method"  # "biomedical QA"
        add(start, m.end(2), etype, "phrase")
    for m in _matches_at(_TECHNIQUE_BEFORE_HEAD_RE, text, _TECHNIQUE_VERB_ANCHORS, title_end):
        span = _technique_before_head(text, m)
        if span is not None and name_key(text[span[0] : span[1]]) not in generic:
            # "we introduce a generalized linear attention paradigm": the paper's own; "we adopt ..." is not
            add(span[0], span[1], "method", "phrase", proposed=_CONTRIBUTION_VERB_RE.match(m.group()) is not None)
    for m in _MEASURES_HEAD_RE.finditer(text) if " metrics" in text or " measures" in text else ():
        # "the objective Uniqueness and Novelty measures", "the %OPT and SP metrics"
        for start, end in _names_listed_before(text, max(sentence_of(m.start())[0], m.start() - 120), m.start()):
            add(start, end, "metric", "headed")
    for m in _TASK_LIST_RE.finditer(text):
        for k, item in _list_items(text, m):
            words = item.lower().split()
            if words and len(words) <= 4 and name_key(item) not in generic and not _PHRASE_STOP.intersection(words) \
                    and words[-1] not in ("etc", "more", "others") and words[0] not in _CLAUSE_WORDS:
                add(k, k + len(item), "task", "listed")
    for m in _matches_at(_COVERED_TASKS_RE, text, _COVERING_ANCHORS, title_end):
        items = list(_list_items(text, m))
        if all(item.split()[-1].lower() in _COVERED_TASK_HEADS and len(item.split()) <= 4 and item[:1].islower()
               and not _PHRASE_STOP.intersection(item.lower().split()) for _, item in items):
            for k, item in items:  # "a benchmark covering wool texture recognition, flock counting and ..."
                add(k, k + len(item), "task", "listed")
    for m in _APPOSITIVE_RE.finditer(text):
        if m.group(1) not in _NOT_NAMES and m.group(1).split("-")[0] not in _NOT_NAME_STARTS:
            add(m.start(1), m.end(1), _HEADS[m.group(2)], "headed")
    for m in _COUNTED_AFTER_NAME_RE.finditer(text):
        # "HalluFleece, 4,500 questions with verified answers": a collection of test items or of data
        n = _NAME_AT_END_RE.search(text, max(0, m.start() - 60), m.start())
        if n and n.group(1) not in _NOT_NAMES and n.group(1) not in lexicon_types:
            etype: EntityType = "benchmark" if m.group(1) in _TEST_ITEMS or "question" in m.group() else "dataset"  # "QA pairs"
            add(n.start(1), n.end(1), etype, "headed")
    tm = _TITLE_APPOSITIVE_RE.match(text, 0, title_end) if title_end else None
    if tm and tm.group(2).lower() in _HEADS and tm.group(1) not in _NOT_NAMES:
        add(tm.start(1), tm.end(1), _HEADS[tm.group(2).lower()], "headed")  # "Wool-VL: A Vision-Language Model for ..."
    for m in (_ADDRESSED_TASK_RE.match(text, at) for at in _we_positions(text)):
        if m is None:
            continue
        words = m.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words) if w in _PHRASE_STOP or w in _LIST_LEAD_STOP), default=0)
        if len(words) - cut >= 2:
            phrase = " ".join(words[cut:])
            add(m.end(1) - len(phrase), m.end(1), "task", "phrase")  # "we tackle fence line detection"
    for m in _TASK_OF_RE.finditer(text):
        words = m.group(1).split()
        cut = next((i for i, w in enumerate(words) if w in _LIST_LEAD_STOP or w in _PHRASE_STOP), len(words))
        words = words[:cut]
        if words and _NOMINAL_HEAD_RE.search(words[-1].rstrip("s")) and (len(words) > 1 or "-" in words[0]):
            phrase = " ".join(words)
            add(m.start(1), m.start(1) + len(phrase), "task", "headed")  # "the task of next job prediction"
    for start, end in _named_losses(text):
        add(start, end, "method", "phrase")
    for at, _ in find_all(text, _PROBLEM_VERB_ANCHORS, title_end):
        span = _problem_named_at(text, sentence_of(at)[0], at)
        if span is not None and name_key(text[span[0] : span[1]]) not in generic:
            head = text[span[0] : span[1]].rsplit(None, 1)[-1].lower()
            known_head = lexicon_types.get(head, ("",))[0] == "method"  # "Prompt watermarking": a technique's name
            add(span[0], span[1], "method" if head in _METHOD_HEADS or known_head else "task", "phrase")
    for m in _METHOD_LIST_RE.finditer(text):
        for k, item in _list_items(text, m):
            words = item.lower().split()
            # a gerund opens an activity ("handling longer texts"); data is no technique ("cross-modal data")
            if 2 <= len(words) <= 4 and name_key(item) not in generic and not _PHRASE_STOP.intersection(words) \
                    and not words[0].endswith("ing") and words[-1] not in _NOT_TECHNIQUE_HEADS:
                add(k, k + len(item), "method", "listed")
    for m in _TASK_HEAD_WORD_RE.finditer(text):
        # Found by the head word, then read backwards: scanning every word for "... tasks" is slow.
        lo = text.rfind(" ", 0, max(0, m.start() - 80)) + 1
        span = _task_before_head(text, lo, m.start() - 1)
        if span is not None and name_key(text[span[0] : span[1]]) not in generic:
            add(span[0], span[1], "task", "headed")
    for h in _LIST_HEAD_WORD_RE.finditer(text):
        m = _HEADED_LIST_RE.search(text, max(0, h.start() - 200), h.end())
        if m is None:
            # "on the Amazon Beauty, Sports and Toys datasets": capitalised words, not names, listed before the head,
            # evaluation data where the sentence reports results
            s, e = sentence_of(h.start())
            etype = "benchmark" if _EVAL_CUE_RE.search(text, s, e) else _HEADS[h.group()]
            for start, end in _names_listed_before(text, max(s, h.start() - 120), h.start() - 1):
                if text[start:end].split()[-1].lower() not in _TASK_HEADS:
                    add(start, end, etype, "listed")
            continue
        for n in _NAME_RE.finditer(text, m.start(1), m.end(1)):
            if n.group() not in _NOT_NAMES:
                add(n.start(), n.end(), _HEADS[m.group(2)], "headed")
    if title_end:
        for span in _title_tasks(text[:title_end]):
            add(span[0], span[1], "task", "title_task")
        span = _title_method(text[:title_end])
        if span is not None:
            add(span[0], span[1], "method", "title_method")
    for m in _LIST_CUE_RE.finditer(text):
        s, e = sentence_of(m.start())
        if not _EVAL_CUE_RE.search(text, s, e) or _SYSTEMS_BEFORE_EXAMPLES_RE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "... statistical baselines such as ARIMA and ETS": examples of systems, not of benchmarks
        if m.group().startswith(("benchmarks", "datasets")) and _LIST_END_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "on the A, B and C datasets, WoolCast lowers ...": the head closes a list, it opens none
        names = list(_NAME_RE.finditer(text, m.start(1), m.end(1)))
        if len(names) > 1 and re.fullmatch(r"(?:\s+(?:19|20)\d\d)?\s*,\s*", text[names[-2].end() : names[-1].start()]) \
                and VERB_AFTER_NAME_RE.match(text, names[-1].end()):
            names.pop()  # "on i2b2 2010, BioWool improves ...": the comma ends the phrase, the name opens the clause
        for n in names:
            add(n.start(), n.end(), "benchmark", "listed")
    # 4. the paper's own contributions
    proposed_spans: list[tuple[int, int]] = []
    joined_to: dict[int, int] = {}
    tm = _TITLE_NAME_RE.match(text[:title_end]) if title_end else None
    if tm:
        proposed_spans.append((tm.start(1), tm.end(1)))
    elif title_end:
        tp = _TITLE_WORDS_NAME_RE.match(text[:title_end])
        first = tp.group(1).split()[0] if tp else ""
        if tp and first not in _NOT_NAME_STARTS and not first.endswith("ing") and not tp.group(1).endswith(("s", "ss")):
            report = _REPORT_WORDS_RE.search(tp.group(1))  # "Phi-4-Mini Technical Report: ...": the model it reports on
            proposed_spans.append((tp.start(1), tp.start(1) + report.start() if report else tp.end(1)))
    for m in _CONTRIBUTION_ITEM_RE.finditer(text, title_end) if "contribution" in text else ():
        s, _ = sentence_of(m.start())
        if "contribution" in text[s : m.start()] and m.group(1) not in _NOT_NAMES:
            proposed_spans.append(m.span(1))  # "Our contributions are threefold: (1) WoolCorpus, a corpus ..."
    for m in chain(_OUR_APPOSITIVE_RE.finditer(text, title_end), _NEW_APPOSITIVE_RE.finditer(text, title_end),
                   _NEW_KIND_NAMED_RE.finditer(text, title_end)):
        group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g))  # "X, a new ...", "our <kind>, X,",
        # "a new <kind> X", "our <kind> X", "our X <kind>"
        if group == 3 and m.group(3) in lexicon_types:
            continue  # "our BERT model": the paper's own training of a known model, not a new name
        if m.group(group) not in _NOT_NAMES and name_key(m.group(group)) not in generic:
            proposed_spans.append(m.span(group))  # "Our detector, X, ...", "our method X", "on X, a new benchmark"
    for verb in _matches_at(_PASSIVE_PROPOSED_RE, text, (" is ", " are "), title_end):
        m = _PASSIVE_NAME_BEFORE_RE.search(text, max(title_end, verb.start() - 100), verb.start() + 1)
        if m is not None and m.group(1) not in _NOT_NAMES and m.group(1).split()[0] not in _NOT_NAME_STARTS \
                and name_key(m.group(1)) not in generic and m.group(1) not in lexicon_types:
            proposed_spans.append(m.span(1))  # "Continual Inference Networks (CINs) are proposed"
    trained: set[tuple[int, int]] = set()  # what the paper says it trains is a model where nothing else types it
    for m in _matches_at(_WE_TRAIN_RE, text, ("we ", "We "), title_end):
        # "We train Ovine-PRM, a process reward model": a name nothing knows, trained here, is the paper's own
        direct = _DIRECT_NAME_RE.match(text, m.end())
        if direct and not any(part in lexicon_types for part in direct.group(1).split("-")) \
                and direct.group(1) not in _NOT_NAME_STARTS \
                and direct.group(1) not in _NOT_NAMES and not _SIZED_RE.match(text, direct.start(1)) \
                and re.search(r"[A-Z].*[A-Z]|\d|-", direct.group(1)) and name_key(direct.group(1)) not in generic:
            proposed_spans.append((direct.start(1), direct.end(1)))
            trained.add((direct.start(1), direct.end(1)))
    for m in list(_PROPOSE_RE.finditer(text)) + list(_AND_PROPOSE_RE.finditer(text)) + list(_NAMING_RE.finditer(text)):
        s, e = sentence_of(m.start())
        if m.group().split()[0] in _NAMING_WORDS and not _CONTRIBUTION_CUE_RE.search(text, s, m.start()):
            continue  # "a recent state space model called Mamba": naming what exists, not a contribution
        if m.re is _AND_PROPOSE_RE and not _WE_OPENS_BEFORE_RE.search(text, max(s, m.start() - 110), m.start()):
            continue  # "and propose" counts where "we" opened the clause
        if _TO_USE_AFTER_RE.match(text, m.end()):
            continue  # "propose to employ Hidden Markov Models (HMMs)", "we build on SDXL": what is used
        direct = _DIRECT_NAME_RE.match(text, m.end())
        if direct and direct.group(1) not in _NOT_NAME_STARTS and name_key(direct.group(1)) not in generic:
            proposed_spans.append((direct.start(1), direct.end(1)))
            # "we propose A (FA) and B (WB)": the second name is a contribution too
            joined = _AND_NEXT_RE.match(text, direct.end(1))
            second = _DIRECT_NAME_RE.match(text, joined.end()) if joined else None
            if second and second.group(1) not in _NOT_NAME_STARTS and name_key(second.group(1)) not in generic:
                proposed_spans.append((second.start(1), second.end(1)))
                joined_to[second.start(1)] = direct.start(1)  # typed like the first where nothing says otherwise
            # "we introduce A, a ... model, and B, a ... suite": each set off by what it is
            other = _AND_SECOND_APPOSITIVE_RE.search(text, direct.end(1), e) if second is None else None
            if other and other.group(1) not in _NOT_NAME_STARTS and name_key(other.group(1)) not in generic:
                proposed_spans.append((other.start(1), other.end(1)))
            continue
        bare = _BARE_TERM_RE.match(text, m.end())
        if bare and (m.group().split()[0].lower() == "we" or m.re is _AND_PROPOSE_RE) and _is_bare_term(bare.group(1)) and name_key(bare.group(1)) not in generic:
            add(bare.start(1), bare.end(1), "method", "proposed", proposed=True)  # "we propose sense finetuning, which ..."
            continue
        window_end = min(e, m.end() + 160)
        n = _NEW_NAME_RE.search(text, m.end(), window_end)  # also a word-joined name ("a framework, Flipped-VQA")
        while n is not None and (n.group() in _NOT_NAMES or name_key(n.group()) in generic
                                 or _BUILT_ON_BEFORE_RE.search(text, max(m.end(), n.start() - 40), n.start())
                                 or _RAISED_BEFORE_RE.search(text, max(m.end(), n.start() - 30), n.start())):
            # ... nor what it changes ("we propose a decoding penalty that lowers CHAIRs by 27%")
            n = _NEW_NAME_RE.search(text, n.end(), window_end)
        if n is not None and n.group() in lexicon_types and (
                _EVALUATED_ON_BEFORE_RE.search(text, max(0, n.start() - 12), n.start())
                or _CLAUSE_OPENER_RE.search(text, m.end(), n.start())):
            # "we design a backbone ... and train it on COCO", "a scheme in which each farm trains a LoRA
            # adapter": a known name the contribution uses
            n = None
        if n is not None:
            proposed_spans.append((n.start(), n.end()))
    proposed_names = set()
    typed: list[tuple[int, int, EntityType | None]] = []
    # what an appositive or a head says a name is ("Phi-4-Multimodal is a multimodal model", "We pretrain
    # ProtWool, a ... model"), for contributions nothing closer types
    headed_types = {text[c["start"] : c["end"]]: c["type"] for c in reversed(candidates) if c["source"] == "headed"}
    for start, end in proposed_spans:
        surface = text[start:end]
        if surface in _NOT_NAMES or name_key(surface) in generic:
            continue
        proposed_names.add(surface)
        s, e = sentence_of(start)
        sized: EntityType | None = "model" if _SIZED_RE.fullmatch(surface) else None  # a sized name is a checkpoint
        by_suffix: EntityType | None = "model" if _MODEL_SUFFIX_RE.search(surface) else next(  # "JudgeLM", "FooCorpus"
            (t for pattern, t in _DATA_NAME_TYPES if t == "dataset" and pattern.search(surface)), None) or (
            "benchmark" if _BENCH_SUFFIX_RE.search(surface) else None)  # "WoolBench" ("FooEval" may be a method)
        known = lexicon_types.get(surface)
        by_head = next((t for pattern, t in _TITLE_PHRASE_TYPES if " " in surface and pattern.search(surface)), None)
        first = next((t for s0, _, t in typed if s0 == joined_to.get(start)), None)
        typed.append((start, end, pair_types.get(surface) or (known[0] if known else None)
                      or (headed_types.get(surface) if sized and headed_types.get(surface) in ("dataset", "benchmark")
                          else None)  # "FarmNet-10M, a new dataset of ...": data, not a checkpoint
                      or sized or by_suffix
                      or by_head or _compound_type(surface, lexicon_types) or headed_types.get(surface) or first
                      or _nearest_head(text, start, end, e) or _technique_variant(surface, lexicon_types)))
    # A contribution named in the title is typed where the abstract says what it is ("we introduce X, a dataset").
    evidence = {text[start:end]: etype for start, end, etype in reversed(typed) if etype is not None}
    # A contribution released in sizes ("LongWriter-9B", "MAP-Neo 7B") is a trained model.
    sized_prefixes = {m.group().rsplit("-", 1)[0].rsplit(" ", 1)[0] for m in sized_matches}
    for surface in {text[start:end] for start, end, _ in typed}:
        if surface not in evidence and any(p == surface or p.startswith((surface + "-", surface + " ")) for p in sized_prefixes):
            evidence[surface] = "model"  # only where nothing else said what it is ("FlockNet, a framework" stays a method)
    for start, end, etype in typed:
        add(start, end, etype or evidence.get(text[start:end]) or ("model" if (start, end) in trained else "method"),
            "proposed", proposed=True)
    # 5. other occurrences of names already found (by any evidence) in this paper
    known_names = {text[c["start"] : c["end"]]: c for c in candidates}
    # every use, also of names the name pattern alone would not take ("Flash-LLM"), and of a contribution
    # named in one capitalised word ("Refiner", "Hydragen") where the abstract uses it again
    names = [f for f in known_names if _NAME_RE.fullmatch(f) or _NEW_NAME_RE.fullmatch(f)]
    coined = [f for f, c in known_names.items() if c["source"] == "proposed" and re.fullmatch(r"[A-Z][a-z]{2,}", f)]
    for forms, start in ((names, 0), (coined, title_end)):
        for n in _occurrences(text, forms, start):
            c = known_names[n.group()]
            add(n.start(), n.end(), c["type"], "name", c["name"], n.group() in proposed_names)
    for n in _occurrences(text, [f for f in pair_names if " " in f]):  # "ZO optimization", "CCA Attention"
        add(n.start(), n.end(), pair_types[n.group()], "abbreviation", pair_names[n.group()])
    for m in _QUOTED_NAME_RE.finditer(text, title_end):
        phrase = m.group(1)
        if name_key(phrase) not in generic and not _names_a_kind_of_model(phrase):
            etype = next((t for pattern, t in _TITLE_PHRASE_TYPES if pattern.search(phrase)), "method")
            add(m.start(1), m.end(1), etype, "unknown")  # a coined name in quotes ("the idea of ``Concept Depth''")
    for m in _TITLE_PHRASE_RE.finditer(text, title_end):
        phrase = m.group(1)
        words = phrase.split()
        if words[0] in _NOT_NAME_STARTS or name_key(phrase) in generic or words[0].endswith("ing") \
                and not _ARTICLE_BEFORE_RE.search(text, max(0, m.start(1) - 5), m.start(1)):
            continue  # "Using Large Models", but "the Querying Transformer": after an article, a name
        if _CAPITALISED_WORD_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue  # "Natural Language Processing" opening a sentence: not its last words alone
        if _names_a_kind_of_model(phrase):
            continue  # "Multimodal Language Models": a kind of model written in capitals
        if ("of" in words or "for" in words) and any(_NAME_RE.fullmatch(w) for w in words):
            continue  # "KD for ResNet-18": two names joined by a preposition, not one ("Mixture of Experts")
        if any(w in _NOT_NAMES or w in _NOT_IN_TITLE_PHRASES or w.rpartition("-")[2] in _NOT_IN_TITLE_PHRASES or _HARDWARE_RE.match(w) or _PLURAL_ACRONYM_RE.search(w) for w in words):
            continue
        if text.startswith(("'s ", "’s "), m.end(1)):
            continue  # "Noam Chomsky's theory", "Google's models": the owner, a person or an organisation
        if _MATH_OBJECT_AFTER_RE.match(text, m.end(1)):
            continue  # "the Lipschitz Hessian assumption": a property in a proof, not a technique
        if words[-1].lower() in _RESOURCE_HEADS or words[-1].lower() == "knowledge":
            continue  # "Extensive Monolingual Data", "Interlinear Text Format Documents": data, not a name
        head = _DATA_HEAD_AFTER_PHRASE_RE.match(text, m.end(1))  # "the Nucleotide Transformer benchmark"
        etype = _HEADS[head.group(1)] if head else "benchmark" if _EVALUATION_AFTER_RE.match(text, m.end(1)) else next(
            (t for pattern, t in _TITLE_PHRASE_TYPES if pattern.search(phrase)), "method")  # "... validation split"
        add(m.start(1), m.end(1), etype, "unknown")
    # 6. any other name-like token: a name the lexicons do not know yet, typed by the list it stands in
    # (its known neighbours' type) or by its suffix
    list_type: dict[int, EntityType] = {}
    plain_first = _matches_at(_PLAIN_FIRST_LIST_RE, text, (" on ", " across ", " from "))
    for start, group in chain(((m.start(), m.group()) for m in _NAME_LIST_RE.finditer(text)),
                              ((m.start(1), m.group(1)) for m in plain_first)):
        group = group.rstrip(".")  # "... and MovieLens-1M." closing the sentence
        cuts = [0, *(x for sep in _LIST_SPLIT_RE.finditer(group) for x in sep.span()), len(group)]
        items = [(start + a, group[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]  # "MVTec AD", "VisA"
        types = [known_names[item]["type"] for _, item in items if item in known_names]
        if types and len(types) * 2 >= len(items):
            majority = max(sorted(set(types)), key=types.count)
            for start, item in items:
                list_type[start] = majority
                if majority in ("dataset", "benchmark") and _PLAIN_DATA_NAME_RE.fullmatch(item) \
                        and item not in _NOT_NAMES and item not in _NOT_NAME_STARTS and name_key(item) not in generic:
                    add(start, start + len(item), majority, "listed")  # "on Waterbirds and CelebA": a plain word
    # "On METR-LA and PEMS-BAY, ...", "On LRS3 with babble noise, ...": a sentence opened by where it was measured
    evaluated_on: set[int] = set()
    for lst in _matches_at(_EVALUATED_ON_LIST_RE, text, ("On ",)):
        if not _SENTENCE_OPENS_BEFORE_RE.search(text, max(0, lst.start() - 3), lst.start()):
            continue
        items = list(_ON_ITEM_RE.finditer(text, *lst.span(1)))
        evaluated_on.update(item.start() for item in items)
        if any(_NAME_RE.fullmatch(item.group()) for item in items):  # a list with a name in it names data
            for item in items:  # ... its capitalised words too ("On RSICD, UCM-Captions and Sydney-Captions")
                if not _NAME_RE.fullmatch(item.group()) and item.group() not in _NOT_NAMES \
                        and item.group().split("-")[0] not in _NOT_NAME_STARTS and name_key(item.group()) not in generic:
                    add(item.start(), item.end(), "benchmark", "listed")
    for n in _NEW_NAME_RE.finditer(text):
        word, start = n.group().rstrip("."), n.start()  # "... and Foo-Bench.": the name without the full stop
        head, _, tail = word.rpartition("-")
        if head and _is_modifier_word(tail):
            # "NaViT-style", "GPT-4-based": the name is the part before the modifier
            inner = _NAME_RE.fullmatch(head)
            if inner is None or head in known_names:
                continue
            word = head
        if word in known_names or word in _NOT_NAMES or _HARDWARE_RE.match(word) or name_key(word) in generic:
            continue
        if _MATH_OBJECT_AFTER_RE.match(text, start + len(word)):
            continue  # "the Lipschitz constant", "a PAC-Bayes bound": a mathematical object named after someone
        if lexicon_types.get(word, ("",))[0] == "metric":
            continue  # a known measure where no result is reported is no entity, and never a technique
        if _names_a_kind_of_model(word):
            continue  # "Video-LLM", "Audio-LLMs": a kind of model
        if (word.isupper() or _UNIT_SYMBOL_RE.fullmatch(word)) and _NUMBER_BEFORE_RE.search(text, max(0, start - 12), start):
            continue  # "120 FPS", "30 TFLOPS", "500 hPa", "2.4 GHz": a unit after a number, not a name
        if len(word) < 3 or not any(c.isalpha() for c in word) or _PLURAL_ACRONYM_RE.search(word):
            continue
        if _SPLIT_NAME_RE.fullmatch(word):
            continue  # "On COCO val2017": the split, not a model
        if _SPELLED_OUT_RE.match(word) or _LATEX_WORD_RE.match(word):
            continue  # "learnIng", "embeddiNG": a word with the letters of an acronym capitalised, not a name
        if any(s <= start < e for s, e in urls):
            continue
        by_form = next((t for pattern, t in _UNKNOWN_NAME_TYPES if pattern.search(word)), None)
        by_context: EntityType | None = "metric" if _METRIC_AFTER_NAME_RE.match(text, start + len(word)) else \
            "dataset" if _DATA_AFTER_NAME_RE.match(text, start + len(word)) \
            or _DATA_BEFORE_NAME_RE.search(text, max(0, start - 30), start) else (
            "benchmark" if start in evaluated_on
            or _EVALUATION_AFTER_RE.match(text, start + len(word)) or _SCORE_ON_BEFORE_RE.search(text, max(0, start - 50), start)
            or _AND_ON_BEFORE_RE.search(text, max(0, start - 20), start) and _CLAUSE_OPENS_AFTER_RE.match(text, start + len(word))
            else None)
        if by_form == "model" and by_context and not _MODEL_SUFFIX_RE.search(word):
            by_form = None  # "On CASP15, ...", "of ERA5 reanalysis data": what the text says over a number at the end
        if by_form == "method" and by_context in ("benchmark", "metric"):
            by_form = None  # "64.1% pass rate on I3-Inst": a "-Inst", "-Net" ending says less than the score on it
        etype = list_type.get(start) or by_form \
            or ("metric" if _RAISED_BEFORE_RE.search(text, max(0, start - 30), start)
                and _LEVELS_AFTER_RE.match(text, start + len(word)) else None) \
            or by_context or "method"
        add(start, start + len(word), etype, "unknown")
    # A name set beside the words it spells out ("FLAMe, a family of Foundational Large Autorater Models") is
    # a pair written without brackets: one entity, named by its long form.
    for c in [c for c in candidates if text.startswith(",", c["end"])]:
        short = text[c["start"] : c["end"]]
        m = _SPELLED_APPOSITIVE_RE.match(text, c["end"])
        if m and sum(map(str.isupper, short)) >= 2 and short not in lexicon_types and _spells_out(short, m.group(1)):
            long_form = m.group(1)
            add(m.start(1), m.end(1), c["type"], "abbreviation", long_form, short in proposed_names)
            for form in (short, long_form):
                pair_types[form], pair_names[form] = c["type"], long_form
    # A defined short form anywhere (the title's "MMTEB: ...") is the pair's entity; a known form, the known one;
    # the last words of the technique a title names, that technique ("Tensor Networks" after "... using
    # Quantum-Inspired Tensor Networks").
    titled = {text[c["start"] : c["end"]].lower(): c for c in candidates if c["source"] == "title_method"}
    for c in candidates:
        surface = text[c["start"] : c["end"]].lower()
        longer = next((t for form, t in titled.items() if form.endswith(" " + surface)), None)
        if c["source"] == "unknown" and longer is not None:
            c["name"], c["type"] = longer["name"], longer["type"]
    for c in candidates:
        surface = text[c["start"] : c["end"]]
        if surface in pair_names:
            c["name"], c["type"] = pair_names[surface], pair_types[surface]
        elif surface in lexicon_types and c["source"] == "proposed":
            c["name"] = lexicon_types[surface][1]  # "we introduce LRA": the known entity, named as known
    # The sizes and versions of the paper's own model are its own too ("JudgeLM-7B", "Komodo-7B-Instruct").
    own_families = {text[c["start"] : c["end"]] for c in candidates if c["proposed"] and c["type"] in ("model", "method", "dataset")}
    # ... and so are the other sizes of a sized name it releases ("we release Pasture-7B and Pasture-70B"), unless
    # that family is a known one ("Llama-2-7B-Wool" makes no Llama-2 its own)
    own_families |= {f for f in map(family_name, own_families) if f and f not in lexicon_types}
    for c in candidates:
        if not c["proposed"] and c["type"] in ("model", "dataset"):
            surface = text[c["start"] : c["end"]]
            family = family_name(surface) or _COUNT_SIZE_RE.sub("", surface)
            c["proposed"] = family != surface and family in own_families
    return _resolve_overlaps([c for c in candidates if text[c["start"] : c["end"]] not in not_entities])


_LIST_PART_SPLIT_RE = re.compile(r",?\s+(?:and|or|as well as)\s+|,\s*|[;:()]")
_LIST_WORD_RE = re.compile(r"[a-z][a-z0-9-]*")
_LIST_NAME_RE = re.compile(r"[A-Z][A-Za-z0-9.+]*(?:-[A-Za-z0-9.+]+)*")
_LIST_LEAD_STOP = frozenset(
    "including include includes such like namely e.g. i.e. via using with of for in on to by from as we they it is are "
    "covering spanning encompassing comprising involving featuring containing".split()  # "..., covering A, B and C"
)


def _list_analogues(
    text: str, sentences: Sequence[tuple[int, int]], lexicon_spans: Sequence[tuple[int, int, EntityType, str]]
) -> Iterator[tuple[int, int, EntityType]]:
    """The unknown items of lists of three or more short items whose known items are all of one kind, as
    that kind: lower-case terms beside known techniques, tasks or metrics ("distillation, quantization,
    and unstructured sparsity"), names beside known models or data ("Bert-Mini, DistilBERT, Bert-Base").

    The part before the first comma gives its known term, its last name, or the words after its last
    function word; every later part is cut at its first function word ("quantization with dynamic bits"),
    which ends the list; an item that ends in an adjective ("structured and unstructured pruning") ends it too.
    """
    known = {(s, e): t for s, e, t, _ in lexicon_spans}
    known_ends = {e: s for s, e in known}
    known_starts = {s: e for s, e in known}
    starts = sorted(ks for ks, _ in known)
    for s, e in sentences:
        i = bisect.bisect_left(starts, s)
        commas = text.count(",", s, e)
        if i == len(starts) or starts[i] >= e or not commas or commas == 1 and " and " not in text[s:e] and " or " not in text[s:e]:
            continue  # three items need a comma and one more separator ("A, B and C"), and a known item
        items: list[tuple[int, int]] = []
        pos, opens = s, True
        for sep in [*_LIST_PART_SPLIT_RE.finditer(text, s, e), None]:
            end = sep.start() if sep is not None else e
            part_end = pos + len(text[pos:end].rstrip(" ."))
            item, closes = _list_item(text, pos, part_end, known_ends, known_starts, opens)
            if item is None:
                yield from _analogues(text, items, known)
                items = []
            else:
                items.append(item)
            if sep is None:
                yield from _analogues(text, items, known)
                break
            opens = closes or sep.group().strip(" ,") in (";", ":", "(", ")")  # a bracket or colon ends a list
            if opens:
                yield from _analogues(text, items, known)
                items = []
            pos = sep.end()


def _list_item(
    text: str, start: int, end: int, known_ends: dict[int, int], known_starts: dict[int, int], opens: bool
) -> tuple[tuple[int, int] | None, bool]:
    """The span of the list item in text[start:end] (or None), and whether the part ends the list."""
    words = text[start:end].split()
    closes = False
    if opens:
        if end in known_ends and known_ends[end] >= start:
            return (known_ends[end], end), False
        if words and _LIST_NAME_RE.fullmatch(words[-1]):
            # "we evaluate Bert-Mini, ...": a name opens a list of names by itself, with the capitalised
            # words it goes with ("on Amazon Beauty, ...")
            first = len(words) - 1
            while first > max(1, len(words) - 3) and words[first - 1][:1].isupper() \
                    and words[first - 1].lower() not in _PHRASE_STOP:
                first -= 1  # up to three words, never the part's first (a sentence's capital)
            words = words[first:]
        else:
            lead = len(words)
            while lead > 0 and words[lead - 1] not in _LIST_LEAD_STOP and words[lead - 1] not in _PHRASE_STOP:
                lead -= 1
            words = words[lead:] if lead else []
    else:
        lead = end - len(text[start:end].lstrip())
        known_end = known_starts.get(lead)
        if known_end is not None and known_end < end and text[known_end] == " " and text[lead].isupper():
            return (lead, known_end), True  # "..., Yelp and MovieLens-1M show that": a known name, then the clause
        cut = next((i for i, w in enumerate(words) if w in _LIST_LEAD_STOP or w in _PHRASE_STOP), None)
        if cut is not None:
            words, closes = words[:cut], True
    if not (0 < len(words) <= 3 and all(_LIST_NAME_RE.fullmatch(w) for w in words) and (len(words) == 1 or opens)):
        # a name ("Bert-Mini", "Amazon Beauty" opening the list) is an item as it is
        if not words or len(words) > 4 or not all(_LIST_WORD_RE.fullmatch(w) for w in words):
            return None, closes
        if words[-1].endswith("ed") or _ADJECTIVE_HEAD_RE.search(words[-1]) or any(w.endswith("ly") or w in ("vs", "versus") for w in words):
            return None, closes
        if len(words) == 1 and not _NOMINAL_HEAD_RE.search(words[0]) or closes and words[0].endswith("ing") \
                or words[-1] in _PLURAL_KIND_HEADS:
            return None, closes  # "has", "but"; "offering a ...", "summarize benchmarks": a verb and its object
    phrase = " ".join(words)
    item_start = text.rindex(phrase, start, end) if opens else text.index(phrase, start, end)
    return (item_start, item_start + len(phrase)), closes


def _analogues(
    text: str, items: list[tuple[int, int]], known: dict[tuple[int, int], EntityType]
) -> Iterator[tuple[int, int, EntityType]]:
    """The unknown items of a list of three or more whose known items are all of one kind, as that kind:
    lower-case terms in lists of techniques, tasks or metrics, names in lists of models or data."""
    if len(items) < 3:
        return
    kinds = {known[i] for i in items if i in known}
    if len(kinds) != 1:
        return
    (etype,) = kinds
    names = etype in ("model", "benchmark", "dataset") or (etype == "method" and all(text[i[0]].isupper() for i in items))
    if all(text[item[0]].isupper() == names for item in items):  # a list is of names or of terms, not both
        # (techniques are either: "LoRA+, PiSSA, Olora and LoRA-GA" are names, "distillation, pruning" terms)
        for item in items:
            if item not in known:
                yield item[0], item[1], etype


def _list_items(text: str, m: re.Match[str]) -> Iterator[tuple[int, str]]:
    """(offset, item) of each item of the list in group 1 of ``m`` ("X, Y and Z"), spaces trimmed."""
    pos = m.start(1)
    for part in _LIST_SPLIT_RE.split(m.group(1)):
        item = part.strip()
        if item:
            pos = text.index(item, pos)
            yield pos, item
            pos += len(item)


def _technique_before_head(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the technique a match of _TECHNIQUE_BEFORE_HEAD_RE names, without praise before it and
    without its generic head; None for praise alone, a clause, or one plain word ("a search algorithm")."""
    words = m.group(1).split()
    while words and (words[0] in _PHRASE_STOP or words[0] in _TECHNIQUE_PRAISE):
        words.pop(0)
    if not 1 <= len(words) <= 4 or words[-1] in _PHRASE_STOP or any(w in _LIST_LEAD_STOP for w in words) \
            or any(w in ("and", "or") for w in m.group(1).split()) \
            or len(words) == 1 and m.group(2) not in _TECHNIQUE_NAME_HEADS and (
                "-" not in words[0] or _is_modifier_word(words[0].rpartition("-")[2])):
        return None  # "a novel method", "we adopt and adapt ...", "a self-play-based method"
    start = m.end(1) - len(" ".join(words)) - (len(m.group(1)) - len(m.group(1).rstrip()))
    # one word needs its head to name something ("self-cleaning strategy")
    end = m.end(2) if m.group(2) in _TECHNIQUE_NAME_HEADS or len(words) == 1 else start + len(" ".join(words))
    return start, end


# A loss named by what it does is a technique ("a clipping loss", "an output MSE loss"); a loss of something,
# or one measured, is a quantity ("accuracy loss", "the training loss", "minimal information loss").
_LOSS_HEAD_RE = re.compile(r" loss(?:es)?(?![\w-])")
_QUANTITY_LOSS_WORDS = frozenset(
    "accuracy performance quality information utility precision data weight training test validation eval "
    "evaluation pre-training pretraining near-zero minimum possible complete negligible no little some lower "
    "specific total".split()
)
_QUANTITY_LOSS_VERBS = frozenset("minimize minimizes minimizing minimise reduce reduces reducing lower lowers".split())
# The words a named loss follows: an article, a preposition or a verb of use ("integration of clipping loss").
_LOSS_OPENERS = frozenset(
    "a an the our its their this of with via using and or namely by on in for to from as into propose proposes "
    "introduce introduces integrate integrating incorporate incorporating add adding use uses employ employs".split()
)
_EXAMPLES_AFTER_RE = re.compile(r",?\s+(?:such as|like|including|e\.g\.)")
_NOT_IN_LOSS_NAME = frozenset("between among over under across within without after before during per than versus".split())


def _named_losses(text: str) -> Iterator[tuple[int, int]]:
    """The spans of losses the text names as techniques, the head word "loss" included."""
    for m in _LOSS_HEAD_RE.finditer(text) if " loss" in text else ():
        lo = text.rfind(". ", 0, m.start()) + 1
        words = text[max(lo, m.start() - 60) : m.start()].split()
        taken: list[str] = []
        while words and len(taken) < 4 and re.fullmatch(r"[A-Za-z][\w-]*", words[-1]) \
                and words[-1].lower() not in _PHRASE_STOP and words[-1].lower() not in _LOSS_OPENERS \
                and words[-1].lower() not in _NOT_IN_LOSS_NAME:
            taken.insert(0, words.pop())
        if not taken or words and words[-1].lower() not in _LOSS_OPENERS and words[-1][-1] not in ",(":
            continue  # no opener before it: a clause ("... release all loss"), not a name
        if _EXAMPLES_AFTER_RE.match(text, m.end()):
            continue  # "a symmetric pairwise loss such as DPO": a kind of loss, named by its examples
        caps = next((i for i, w in enumerate(taken) if w[0].isupper()), None)
        if caps is not None and all(w[0].isupper() for w in taken[caps:]):
            taken = taken[caps:]  # "an output MSE loss": the named part
        context = {w.lower() for w in words[-2:]}
        if any(w.lower() in _QUANTITY_LOSS_WORDS for w in taken) or context & _QUANTITY_LOSS_VERBS \
                or len(taken) == 1 and taken[0].islower() and not (taken[0].endswith(("ing", "ive")) or "-" in taken[0]):
            continue
        phrase = " ".join(taken)
        yield m.start() - len(phrase), m.end()


# A sentence that opens by naming a problem or a technique and saying it is hard or central ("Prompt
# watermarking presents unique challenges", "Unstructured model pruning has been a common approach").
_PROBLEM_VERB_ANCHORS = (" remain", " pose", " present", " plays", " has been", " has long been", " is a", " is an",
                         " has emerged", " has become", " has attracted", " has gained", " has received", " require",
                         " is hard", " is harder", " is challenging", " is difficult", " is more difficult", " is notoriously")
_PROBLEM_VERB_RE = re.compile(
    r"\s+(?:remains?|poses?|presents?|plays|has\s+(?:long\s+)?been\s+(?:a|an)|has\s+(?:emerged|become|attracted|gained|"
    r"received)|is\s+(?:a|an)\s+(?:fundamental|key|critical|challenging|crucial|core|long-standing|important|central|common)|"
    r"requires?|is\s+(?:hard|harder|challenging|difficult|more\s+difficult|notoriously))\b"  # "Meeting summarization requires ..."
)
_PROBLEM_SUBJECT_RE = re.compile(
    r"\s*(?:(?:However|Recently|Moreover|Currently|Today|Yet|Nevertheless|In particular),\s+)?"
    r"((?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*(?:ing|tion|sis|ment|ance|ence))"
)
_NOT_PROBLEM_OPENERS = frozenset("the this our these that such its their it each every training existing a an little "
                                 "once open no much more".split())


def _problem_named_at(text: str, sentence_start: int, verb: int) -> tuple[int, int] | None:
    """The span of the problem or technique a sentence opens with, where the verb at ``verb`` says it is hard
    or central; None where the sentence opens otherwise or its subject is a name or a determiner's phrase."""
    if not _PROBLEM_VERB_RE.match(text, verb):
        return None
    m = _PROBLEM_SUBJECT_RE.fullmatch(text, sentence_start, verb)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) < 2 or words[0].lower() in _NOT_PROBLEM_OPENERS or any(w[0].isupper() for w in words[1:]):
        return None  # "An open question remains", "Transformer fine-tuning" is fine, "Such a representation" is not
    return m.start(1), m.end(1)


def _names_listed_before(text: str, lo: int, head: int) -> list[tuple[int, int]]:
    """The spans of the capitalised names a list ends with right before ``head`` ("the objective Uniqueness
    and Novelty" before "measures"), read back from ``head`` to ``lo``; none unless two or more, joined by
    "and"/"or"."""
    before = text[lo:head]
    parts = _LIST_SPLIT_RE.split(before)
    if len(parts) < 2 or not re.search(r"\s(?:and|or)\s+\S+(?:\s\S+){0,2}$", before):
        return []
    items = []
    for part in reversed(parts):
        words = part.split()
        kept = 0
        while kept < min(3, len(words)) and _CAPITAL_ITEM_RE.fullmatch(words[-1 - kept]):
            kept += 1
        if not kept:
            break
        items.append(" ".join(words[-kept:]))
        if kept < len(words):
            break  # the first item: words before it are the sentence's ("the objective Uniqueness")
    spans: list[tuple[int, int]] = []
    pos = head
    for item in items if len(items) >= 2 else ():
        at = text.rfind(item, lo, pos)
        if at >= 0 and item not in _NOT_NAMES:
            spans.append((at, at + len(item)))
            pos = at
    return spans


def _task_before_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words before "tasks"/"problems" that name a task ("on audio-visual comprehension tasks" ->
    "audio-visual comprehension"), cut at the first function, praise or count word; None when the words
    are a kind of task rather than one ("downstream tasks", "generative tasks", "vision-language tasks")."""
    words = text[start:end].split()
    kept: list[str] = []
    for w in reversed(words):
        if w.lower() in _PRONOUNS and kept:
            kept.pop()  # "We order training problems": the word after a pronoun is its verb
            break
        if w.lower() in _PHRASE_STOP or w.lower() in _TASK_KIND_WORDS or not _TASK_WORD_RE.fullmatch(w) or len(kept) == 3:
            break
        if kept and w.endswith("s") and not w.endswith(("ss", "ics", "sis", "us")):
            break  # "solves competitive programming": a verb or a plural, not a modifier
        kept.append(w)
    if not kept or _ADJECTIVE_HEAD_RE.search(kept[0]) or not _NOMINAL_HEAD_RE.search(kept[0].lower()):
        return None
    if len(kept) == 1 and "-" not in kept[0] or any(w.lower().endswith("ed") for w in kept):
        return None  # one plain word is too vague to be a task ("processing"); "-ed" words are verbs
    phrase = " ".join(reversed(kept))
    return end - len(phrase), end


def _title_tasks(title: str) -> list[tuple[int, int]]:
    """The spans of the tasks a title names: its "for X" / "Towards X" / "in X" / "of X", the phrase after a name and
    colon ("PUMA: Secure Inference of ...", "Large Concept Models: Language Modeling in ..."), and what an
    opening "Accelerating" / "Improving" / "Speeding Up" makes better ("Accelerating LLM Inference via ...").

    Each phrase is cut at its first preposition or comma, loses leading praise words ("Better",
    "Efficient"), and must be two to six words ending in a task word (after "for", also in a process noun
    that a noun modifies: "... for Cloud Removal"), with no coordination (an "X and Y"
    pair is two things, and cutting it is guesswork). After a colon, a phrase that opens with a verb
    ("Making ...") or spells out the name before the colon ("MUSE: Machine Unlearning Six-Way
    Evaluation") is no task, and "learning", "alignment", "optimization" and "evaluation" there name
    the contribution.
    """
    spans = []
    m = _TITLE_TASK_RE.search(title)
    if m is not None:
        spans.append(_title_task_span(title, m.start(1), m.end(1), _TITLE_TASK_HEADS))
    for m in _TITLE_IN_TASK_RE.finditer(title):
        stop = re.search(r"[:;?()]", title[m.end() :])
        spans.append(_title_task_span(title, m.end(), m.end() + stop.start() if stop else len(title), _TITLE_TASK_HEADS))
    name, colon, rest = title.partition(":")
    start = len(name) + 1 if colon else 0
    opener = re.match(r"\s*(\w+)(?: [Uu]p)?\s+", title[start:])
    if opener is not None and opener.group(1).lower() in _TITLE_IMPROVE_VERBS:
        spans.append(_title_task_span(title, start + opener.end(), len(title), _TITLE_TASK_HEADS))
    if colon and len(name.split()) <= 4:
        words = rest.split()
        if words and not words[0].endswith("ing") and words[0].lower() not in ("towards", "toward") \
                and not _spells_out(name, rest):
            spans.append(_title_task_span(title, start, len(title), _TITLE_COLON_TASK_HEADS))
    return [span for span in spans if span is not None]


def _title_method(title: str) -> tuple[int, int] | None:
    """The span of the technique a title's "via X" / "with X" / "using X" names ("... via Iterative Reinforced
    Fine-Tuning", "... with Attention Offloading"), or None.

    X is cut at its first preposition or comma and must be one hyphenated word or two to five words, with
    no article, coordination or praise word in front, ending in a word that names a procedure or a
    component ("Offloading", "Distillation", "Decoder") rather than a resource or a property ("Data",
    "Memory", "Complexity").
    """
    m = _TITLE_METHOD_RE.search(title)
    if m is None:
        return None
    # "Hardware-friendly Outlier-Victim Pair Quantization": hyphenated praise goes, any other lead word rejects
    start, words = _title_phrase(title, m.start(1), m.end(1), lambda w: bool(_TITLE_TASK_PRAISE_RE.search(w)))
    if not words or words[0].lower() in _TITLE_METHOD_BAD_LEADS or words[0].lower() in _TITLE_TASK_LEAD:
        return None
    if not (2 <= len(words) <= 5 or (len(words) == 1 and "-" in words[0])):
        return None
    last = words[-1].lower().rsplit("-", 1)[-1]
    if any(w.lower() in ("and", "or", "&") for w in words) or last in _TITLE_METHOD_BAD_HEADS:
        return None
    if not (_NOMINAL_HEAD_RE.search(last) or last.rstrip("s") in _TITLE_METHOD_HEADS):
        return None
    return start, start + len(" ".join(words))


def _title_task_span(title: str, start: int, end: int, heads: frozenset[str]) -> tuple[int, int] | None:
    """The task phrase of title[start:end] (see :func:`_title_tasks`), or None."""
    start, words = _title_phrase(title, start, end, lambda w: w in _TITLE_TASK_LEAD or bool(_TITLE_TASK_PRAISE_RE.search(w)))
    last = words[-1].lower() if words else ""
    if not 2 <= len(words) <= 6 or not (last in heads or heads is _TITLE_TASK_HEADS and _is_title_process(words)):
        return None
    if any(w.lower() in ("and", "or", "&") for w in words):
        return None
    return start, start + len(" ".join(words))


def _is_title_process(words: list[str]) -> bool:
    """Whether a title's "for" phrase ends in a process noun that a noun modifies ("Cloud Removal",
    "Language Model Pre-training"), not a gerund's object ("Enabling Training") or an adjective's
    ("Exact Computation", "Comprehensive Assessment")."""
    before = words[-2].lower()
    return bool(_TITLE_FOR_HEAD_RE.search(words[-1].lower())) and not words[0].lower().endswith("ing") \
        and "--" not in words and not before.endswith(("al", "ive", "ic", "ous", "ed", "ate"))


def _title_phrase(title: str, start: int, end: int, is_lead: Callable[[str], bool]) -> tuple[int, list[str]]:
    """The words of title[start:end] up to its first preposition or comma, without the leading words
    ``is_lead`` (given lower case) drops, and where the first kept word starts."""
    cut = _TITLE_TASK_CUT_RE.search(title, start, end)
    if cut is not None:
        end = cut.start()
    words = title[start:end].split()
    # "Fast and Scalable Mixture-of-Expert Inference": praise words joined by "and" all go
    while words and (is_lead(words[0].lower()) or words[0] in ("and", "&") and len(words) > 1 and is_lead(words[1].lower())):
        start = title.index(words[0], start) + len(words[0])
        words.pop(0)
    return (title.index(words[0], start) if words else start), words


def _spells_out(name: str, phrase: str) -> bool:
    """Whether the capitals of ``name`` are the initials of ``phrase``'s words ("MUSE", "Machine Unlearning ...")."""
    capitals = [c for c in name if c.isupper()]
    initials = [w[0].upper() for w in re.split(r"[\s-]+", phrase) if w[:1].isalpha()]
    return len(capitals) >= 2 and capitals[0] == initials[0] and set(capitals) <= set(initials)


def _phrase_matches(text: str, title_end: int) -> Iterator[re.Match[str]]:
    """Term phrases of the text; the title is read lower-cased, since Title Case hides its terms
    ("Fine-Grained Weight-Only Quantization" is "fine-grained weight-only quantization")."""
    title = text[:title_end]
    if title_end and len(title.lower()) == title_end:
        yield from _PHRASE_RE.finditer(title.lower())
        yield from _PHRASE_RE.finditer(text, title_end)
    else:
        yield from _PHRASE_RE.finditer(text)


def _inside_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one part of a hyphenated name such as "MoE-LLaVA" or "Orca-Math", or the
    stem of a successor's name ("LoRA" in "LoRA+", a method of its own)."""
    if re.match(r"\+{1,2}(?![\w+])", text[end : end + 3]):
        return True
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        tail = re.match(r"[A-Za-z0-9]+", text[end + 1 :])
        return tail is not None and not _is_modifier_word(tail.group())
    return False


# Prefixes that make a hyphenated word a modifier, not a variant's name ("Non-Transformer", "Cross-Attention").
_PREFIX_PARTS = frozenset("Non Anti Un Self Cross Multi Pre Post Semi Sub Co Bi Re De Inter Intra".split())


def _compound_type(compound: str, lexicon_types: dict[str, tuple[EntityType, str]]) -> EntityType | None:
    """The type of an unknown hyphenated name, from its parts; None when the parts say nothing."""
    parts = compound.split("-")
    last = parts[-1].lower()
    if _is_modifier_word(parts[-1]):
        return None
    if last in ("bench", "benchmark", "eval"):
        return "benchmark"
    if parts[-1] in _CHECKPOINT_WORDS:
        return "model"  # "Ziya-VL-Base", "Ziya-VL-Chat": the base or chat checkpoint of a model
    known = [lexicon_types.get(p) for p in parts]
    if any(k is not None and k[0] == "model" for k in known):
        return "model"
    if parts[-1].islower() and last.endswith("ing") and any(k is not None for k in known):
        return "method"
    if known[0] is not None and known[0][0] in ("dataset", "benchmark") and all(p.isdigit() for p in parts[1:]):
        return known[0][0]  # "ShapeNet-55", "COCO-2017": a split or release of the known data, not a model
    if any(k is not None and k[0] == "benchmark" for k in known) and (not parts[-1][0].isupper() or (
            known[0] is not None and known[0][0] == "benchmark" and known[-1] is None)):
        return "benchmark"  # "MMBench-CN", "GSM8K-hard": a variant of the known benchmark
    return None


def _technique_variant(compound: str, lexicon_types: dict[str, tuple[EntityType, str]]) -> EntityType | None:
    """"method" for a hyphenated name that ends in a known technique's name ("Wool-Adam", "Fleece-LoRA"): a
    named variant of it, where nothing else says what the name is."""
    parts = compound.split("-")
    last = lexicon_types.get(parts[-1])
    if last is not None and last[0] == "method" and not parts[-1].islower() and parts[0][:1].isupper() \
            and parts[0] not in lexicon_types and parts[0] not in _PREFIX_PARTS:
        return "method"
    return None


def _resolve_overlaps(candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the strongest, then longest, mention where mentions overlap; exact duplicates merge.

    A term phrase around a known term of the same type names a narrower thing ("document
    summarization" around "summarization", "throughput per dollar" around "throughput") and takes its place.
    """
    known = [c for c in candidates if c["source"] == "lexicon"]
    spans = {(k["start"], k["end"]) for k in known}
    # A title phrase that is a known term keeps the lexicon's name and type, so its other mentions join it.
    candidates = [c for c in candidates if not (c["source"].startswith("title_") and (c["start"], c["end"]) in spans)]
    for c in candidates:
        if c["source"] == "extended" and any(
            k["start"] <= c["start"] and c["end"] <= k["end"] and k["end"] - k["start"] > c["end"] - c["start"] for k in known
        ):
            c["source"] = "name"  # "Range Arena" inside the known "Long Range Arena": the known name wins
    for c in candidates:
        if c["source"] == "phrase" and any(
            k["type"] == c["type"] and c["start"] <= k["start"] and k["end"] <= c["end"] and k["end"] - k["start"] < c["end"] - c["start"]
            for k in known
        ):
            c["source"] = "extended"
    # A Title Case phrase around a known term names a variant of it ("Stochastic Beam Search", "TEmporal Swin
    # Attention", "Transformer Encoders"): it takes the known term's place.
    for c in candidates:
        inner = [k for k in known if k["type"] in ("method", "model") and c["start"] <= k["start"] and k["end"] <= c["end"]
                 and k["end"] - k["start"] < c["end"] - c["start"]] \
            if c["source"] == "unknown" and (c["start"], c["end"]) not in spans else []  # a known name keeps its type
        if inner and not _is_modifier_word(c["name"].split()[0].rpartition("-")[2]):  # not "Transformer-based VLP"
            # typed by the known term it ends in or by a variant word ("Gemini Pro"), else by its own head; a
            # phrase a data head follows is data ("the Nucleotide Transformer benchmark")
            last = next((k for k in inner if k["end"] == c["end"]), None)
            if last is None and _VARIANT_NAME_WORD_RE.fullmatch(c["name"].split()[-1]):
                last = inner[-1]
            data = c["type"] in ("benchmark", "dataset")
            c["source"], c["type"] = "extended", last["type"] if last is not None and not data else c["type"]
    # A contribution found as the first name after "we develop" may be the head of a longer term phrase
    # ("a procedure for Int8 matrix multiplication"): the phrase is the contribution.
    for c in candidates:
        if c["source"] == "proposed":
            longer = [p for p in candidates if p["source"] in ("phrase", "extended") and p["start"] == c["start"] and p["end"] > c["end"]]
            if longer:
                widest = max(longer, key=lambda p: p["end"])
                c.update(end=widest["end"], type=widest["type"], name=widest["name"])
    order = sorted(candidates, key=lambda c: (SOURCE_RANK[c["source"]], -_span_weight(c), c["start"]))
    kept: list[dict[str, Any]] = []
    for c in order:
        blocker = next((k for k in kept if _overlaps(c, k)), None)
        if blocker is None:
            kept.append(c)
        elif c["proposed"] and blocker["start"] <= c["start"] and c["end"] <= blocker["end"]:
            # "we propose the X Model (XM)": the pair wins the span, the contribution mark carries over.
            blocker["proposed"] = True
    kept.sort(key=lambda c: (c["start"], c["end"]))
    # One name, one type: every mention takes the type of its name's strongest mention, as the entity
    # record will ("ImageNet-1K, ShearNet" once reads like a list of data; the paper's own ShearNet is
    # still a method), so that what reads the mentions (the claims' attributes) sees the record's type.
    strongest: dict[str, dict[str, Any]] = {}
    for c in kept:
        key = name_key(c["name"]) or c["name"]
        if key not in strongest or SOURCE_RANK[c["source"]] < SOURCE_RANK[strongest[key]["source"]]:
            strongest[key] = c
    for c in kept:
        c["type"] = strongest[name_key(c["name"]) or c["name"]]["type"]
    return kept


def _occurrences(text: str, forms: Iterable[str], start: int = 0) -> Iterator[re.Match[str]]:
    """Whole-word occurrences of any of ``forms`` in text[start:], longest form first where they overlap."""
    forms = sorted(set(forms), key=lambda f: (-len(f), f))
    if not forms:
        return iter(())
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])").finditer(text, start)


def _known_pair_with_head(long_form: str, short: str, head: str, lexicon_types: dict[str, tuple[EntityType, str]]
                          ) -> tuple[EntityType, str] | None:
    """The known term a pair and the word after it name together ("key-value (KV) caches": "KV cache"), or None."""
    for form in (f"{long_form} {head}", f"{short} {head}"):
        for variant in (form, form[:-1] if form.endswith("s") else form):
            known = lexicon_types.get(variant) or lexicon_types.get(variant.lower())
            if known is not None:
                return known
    return None


def _matches_of_words_with(pattern: re.Pattern[str], text: str, part: str, lo: int = 0) -> Iterator[re.Match[str]]:
    """``pattern``'s matches at the start of each word that holds ``part`` ("-to-" in "text-to-image", "former" in
    "Emformer"): a plain search for the part finds the few words worth the pattern."""
    for at, _ in find_all(text, (part,), lo):
        word_start = at
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        if (m := pattern.match(text, word_start)) is not None:
            yield m


def _enumerated_terms(text: str) -> Iterator[re.Match[str]]:
    """The items of enumerations ("1) X: ..., 2) Y: ...", "(i) X, (ii) Y"), read from where one starts: a plain
    search for a first marker is much cheaper than the item pattern tried at every character."""
    end = -1
    for at, _ in find_all(text, ("1)", "i)", " 1. ")):
        for m in _ENUMERATED_TERM_RE.finditer(text, max(at - 2, end, 0), at + 800):
            end = m.end()
            yield m


def _word_before(text: str, start: int, sentence_start: int = -1) -> tuple[str, int]:
    """The lower-case word right before ``start`` and where it starts, or ("", start); a capitalised word
    counts when it opens the sentence at ``sentence_start`` ("Legal document summarization ...")."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None and sentence_start >= 0:
        m = _OPENING_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
        if m is not None and m.start(1) != sentence_start:
            m = None
    return (m.group(1).lower(), m.start(1)) if m else ("", start)


def _word_stems(phrase: str) -> set[str]:
    """The first five letters of each word: enough to see "Optimisation" and "Optimization" as one."""
    return {w[:5] for w in re.split(r"[\s\-/]+", phrase.lower()) if w}


def _spells_the_same(long_form: str, canonical: str) -> bool:
    """Whether a written long form is another spelling of a known spelled-out name ("Low Rank Adaptation",
    "Proximal Policy Optimisation"): at least half its words begin as the known name's do."""
    mine, known = _word_stems(long_form), _word_stems(canonical)
    return bool(mine) and 2 * len(mine & known) >= len(mine)


def _known_wider_form(text: str, start: int, long_form: str, lexicon_types: dict[str, tuple[EntityType, str]]) -> str | None:
    """The known term that ends with ``long_form`` and starts one or two words before it, or None."""
    if not text[:start].endswith(" "):
        return None
    words = text[max(0, start - 40) : start].split()
    for n in (2, 1):
        wider = " ".join(words[-n:] + [long_form])
        if len(words) >= n and (wider in lexicon_types or wider.lower() in lexicon_types):
            return wider
    return None


def _span_weight(c: dict[str, Any]) -> int:
    """A mention's length for settling overlaps, without a generic head word it ends with: in "causal
    attention mechanism", "causal attention" names more than "attention mechanism" does."""
    length = c["end"] - c["start"]
    last = c["name"].rsplit(" ", 1)[-1].lower().rstrip("s")
    return length - len(last) - 1 if " " in c["name"] and last in _GENERIC_HEADS else length


class EntityRecognizer(Pipe):
    """Sets ``doc._.pkg_entities`` from the lexicons, the abbreviation pairs and the patterns.

    Needs ``doc._.pkg_abbreviations`` and sentence boundaries; ``doc._.pkg_abstract_offset`` tells where
    the title ends (the title's "X: ..." names a contribution).
    """

    def __init__(self, nlp: Language, name: str = "pkg_entities", entries: Sequence[LexiconEntry] | None = None) -> None:
        self.name = name
        entries = load_lexicon() if entries is None else entries
        self.generic = frozenset(name_key(g) for g in load_generic())
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.label_of: dict[int, tuple[EntityType, str]] = {}
        self.types: dict[str, tuple[EntityType, str]] = {}
        exact: dict[str, list[str]] = {}
        folded: dict[str, list[str]] = {}
        for entry in entries:
            key = f"{entry.type}\t{entry.name}"
            self.label_of[nlp.vocab.strings.add(key)] = (entry.type, entry.name)
            for form in entry.forms:
                self.types.setdefault(form, (entry.type, entry.name))
                if is_case_sensitive(form, entry.type):
                    exact.setdefault(key, []).append(form)
                else:
                    self.types.setdefault(form.lower(), (entry.type, entry.name))
                    folded.setdefault(key, []).append(form.lower())
        for matcher, table in ((self.exact, exact), (self.folded, folded)):
            for key, forms in table.items():
                matcher.add(key, list(nlp.tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                etype, name = self.label_of[match_id]
                span = doc[start:end]
                spans.append((span.start_char, span.end_char, etype, name))
        text = doc_text(doc)
        sentences = doc._.pkg_sentences or [(0, len(text))]
        offset = doc._.pkg_abstract_offset
        title_end = max(0, offset - len(TEXT_SEPARATOR)) if offset else 0
        doc._.pkg_entities = find_entity_mentions(
            text, spans, doc._.pkg_abbreviations or [], sentences, title_end, self.types, self.generic
        )
        return doc


def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name)


Language.factory(
    "pkg_entities", assigns=["doc._.pkg_entities"], requires=["doc._.pkg_abbreviations", "doc._.pkg_sentences"]
)(make_entity_recognizer)
