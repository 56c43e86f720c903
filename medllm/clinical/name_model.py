"""Names by the embedded model: a small probe over SmolLM2-135M-Instruct's hidden states.

The rules of `names` find a name by a cue beside it; a name with no cue ("Hope's backup",
"Paisley brought her in", "Yerlan Abenov improved") is where they fail on text they were not
written from. A language model knows which words read as people. This backend runs the
embedded model (the one the project trains; no download, no new dependency) over a text, takes
one layer's hidden state (layer 10 of 30, through the model's final norm; the model is cut there) of each token and of the token after it (the model reads left to
right; the next token gives it the right-hand context), and scores it with a probe, a network with one hidden
layer of 256 units, trained on the PHI benchmark's development portions and its hand-written training notes
(`bench/phi/probe_train*`), never on a held-out portion (`bench/phi/train_name_probe.py`; the weights, about
300,000 numbers with their standardization, are `data/name_probe.safetensors`; a file with no hidden layer, the
logistic probe shipped before, is read too, and one whose metadata names an `early` layer reads that layer's residual
state beside the others: `train_name_probe.py --early`, tried at stop 35 and not shipped).

The probe's tokens become whole words, and a word is offered to the rules only when it could be
a name: a word people bear as a name or one no list knows, never an eponym, a drug or product,
a clinical word or a month. `names._cued_names` then takes such a hit as it takes spaCy's: for a
capitalized run with no cue, unless a number follows right after it or an eponym's noun within three
words; in a lower-case run only a word that no list but the name lists knows ("spoke w maureen",
never "will" or "hope"); and a name the rules found grows over the marked words beside it
("officer Curtis Lane").

Two more heads over the same features (same forward pass) mark the tokens of dates and of record, phone
and social-security numbers. They judge only the shapes `phi_patterns.probe_candidates` offers, spans
that look like a date or a number and that no rule took because no cue stood beside them ("skin tear
2/2", "DOS 021725", "LGH 3302-7716"), and never one that a score, vital, drug, ratio or unit stands beside
("2/6 systolic murmur", "BiPAP 14/6", "Norco 5/325", "K 4.1"): a candidate is taken when the mean score
of the tokens over its digits reaches the threshold (`spans`).

Only the marked words are taken, not the capitalized run around them, and a word only the probe
found recurs elsewhere in the note's group only as written (a word it mistook must not take its
lower-case namesakes with it).

A word the probe is sure of (its name score at least the probe file's `sure`, 0.7) is taken on that score alone,
where it stands only, when the rules would not take it and it is initials in capitals ("d/w JR"), a name only the name
lists know, or a name that is also a word written in lower case ("found by earl"), no clinical list knows it in any
case, it is no sign, result, frequency, service, month, eponym or drug, and no number, eponym's noun or word that makes
it a verb follows it ("Berg 44/56", "temp rose to 39.1"): staff initials and lower-case names have no cue the rules
could wait for (`could_be_sure`, `redact._redact_group`). Surer still, the probe overrides the word filters: a
capitalized name that is also an eponym (not a device's: "Foley removed"), a month or a clinical word at 0.97 ("Bishop
called back", "wife June"), and two or three lower-case letters where a note signs or copies someone at 0.85 ("~tb" ending
a line, "cc: jw") (`refused_name`, `signed_initials`), with the same guards after them ("Foley catheter" stays).

Two or three lower-case letters whose every token the probe scores at least LOWER_SURE (0.9) are taken where they stand
when no list knows them ("rev mw"), at LISTED_SURE (0.98) when the lists know them only as a non-clinical abbreviation
(`lower_initials`), as does a capitalized name of two or three letters ("Ed", `short_name`); a word scored that high
throughout is taken before "to" or "at" too ("report from gay to frank at bedside"); and a name taken grows over a word beside it whose every token scores at least GROW (0.9), unless the
word is an English word no one bears, a drug, a clinical word or a device's eponym (`could_grow`, `redact._grown`):
"[Deborah] Young's nodule", "june [haskins]".

The default of stage=prepare (`stage.redact_names`), opt-in elsewhere (`MEDLLM_REDACT_NER=model`): it costs a
forward pass of 10 of the model's 30 layers per text (texts of similar length share a pass, padded on the right:
`features_many`, and the probe's GRU reads them all at once, `probabilities_many`; stage=prepare hands the redactor 64
notes at a time, `redact.redact_groups`), and its output depends on the machine's
arithmetic (a score near the threshold can fall either way on another CPU, in float32 where
bfloat16 is not native, or in a pass shared with other texts: the scores moved by up to 0.008, no decision flipped,
on 120 of the corpus's texts), where the rules redact the same text the same way everywhere. The
backend is process-wide state (`names.set_name_backend`); `name_backend` scopes it to a block.
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path

PROBE_PATH = Path(__file__).with_name("data") / "name_probe.safetensors"
_WINDOW, _OVERLAP = 2048, 128  # tokens a forward pass; longer texts in overlapping windows
_BATCH_TOKENS = 2048  # tokens (padding included) a forward pass over several texts (`features_many`)


@functools.lru_cache(maxsize=1)
def _probe() -> dict:
    """The probe's tensors and its metadata (layer, threshold)."""
    from safetensors import safe_open

    if not PROBE_PATH.exists():
        raise RuntimeError(f"{PROBE_PATH} is missing; rebuild it with bench/phi/train_name_probe.py")
    with safe_open(str(PROBE_PATH), framework="pt") as fh:
        meta = fh.metadata() or {}
        tensors = {k: fh.get_tensor(k) for k in fh.keys()}
    out = {**tensors, "layer": int(meta["layer"]), "threshold": float(meta["threshold"])}
    if meta.get("early"):
        out["early"] = int(meta["early"])  # an earlier layer whose state the probe reads too (`features`)
    if "gru.weight_ih_l0" in tensors:
        out["_gru"] = _gru(tensors)  # built once: `probabilities` runs for every text
    if meta.get("sure"):
        out["sure"] = float(meta["sure"])  # a name score over which a word is taken on the probe's word alone (`spans`)
    return out


def _dtype():
    """bfloat16 where the device runs it natively (a GPU, a CPU with AVX512-BF16 or AMX), else
    float32 (bfloat16 emulated is slower than float32)."""
    import torch

    if torch.cuda.is_available():
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        flags = ""
    return torch.bfloat16 if re.search(r"\b(?:avx512_bf16|amx_bf16)\b", flags) else torch.float32


_LOAD_LOCK = threading.Lock()


def load(layers: int):
    """(tokenizer, model truncated to its first `layers` decoder layers), from the embedded checkpoint;
    loaded once per process (threads wait for the first load)."""
    with _LOAD_LOCK:
        return _load(layers)


@functools.lru_cache(maxsize=2)
def _load(layers: int):
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from medllm.training.models import ensure_embedded

    path = ensure_embedded(None)
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        tok = AutoTokenizer.from_pretrained(path)
        model = AutoModel.from_pretrained(path, dtype=_dtype()).eval()
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    model.layers = model.layers[:layers]
    model.config.num_hidden_layers = layers
    if torch.cuda.is_available():
        model = model.cuda()
    return tok, model


def features(text: str, layer: int, early: int | None = None) -> tuple["torch.Tensor", list[tuple[int, int]]]:  # noqa: F821
    """Per token of `text`: [hidden state at `layer`, that of the next token] (float32), and with `early` the
    residual state after that many layers appended, and the token's character offsets."""
    import torch

    tok, model = load(layer)
    enc = tok(text, return_offsets_mapping=True, add_special_tokens=False)
    ids, offs = enc["input_ids"], [tuple(o) for o in enc["offset_mapping"]]
    width = model.config.hidden_size * (2 if early else 1)
    hidden = torch.zeros(len(ids), width)
    start = 0
    while start < len(ids):
        end = min(len(ids), start + _WINDOW)
        x = torch.tensor([ids[start:end]], device=model.device)
        h = _states(model, x, early)[0]
        # the overlap's tokens keep the earlier window's states (the model reads left to right: there
        # they have more context); a later window contributes from where the earlier one ended
        keep_from = 0 if start == 0 else _OVERLAP
        hidden[start + keep_from:end] = h[keep_from:]
        if end == len(ids):
            break
        start = end - _OVERLAP
    return _with_next(hidden, model.config.hidden_size), offs


def _states(model, x: "torch.Tensor", early: int | None) -> "torch.Tensor":  # noqa: F821
    """The model's last hidden state over input ids x [texts, tokens] (the model is cut at the probe's layer: that
    layer's state, through the final norm), with `early` the residual state after that many layers appended: float32
    [texts, tokens, hidden or 2 x hidden]. No cache of keys and values (one pass, nothing generated after it)."""
    import torch

    with torch.inference_mode():
        out = model(input_ids=x, use_cache=False, output_hidden_states=bool(early))
        h = out.last_hidden_state
        if early:
            h = torch.cat([h, out.hidden_states[early]], dim=-1)
    return h.float().cpu()


def _with_next(states: "torch.Tensor", d: int) -> "torch.Tensor":  # noqa: F821
    """[state at the probe's layer, that of the next token (zeros after the last), the early state if any]."""
    import torch

    last = states[:, :d]
    nxt = torch.cat([last[1:], torch.zeros(1, d)]) if len(states) else last
    return torch.cat([last, nxt, states[:, d:]], dim=1)


def features_many(texts: list[str], layer: int, early: int | None = None) -> list[tuple["torch.Tensor", list[tuple[int, int]]]]:  # noqa: F821
    """`features` of each text, the texts that fit one pass run together: sorted by length and padded on the right
    into batches of up to _BATCH_TOKENS tokens. The model reads left to right, so padding after a text changes none
    of its tokens' states (no attention mask is needed); batching only spares the per-pass overhead and lets the
    matrix products run on more rows at once."""
    import torch

    tok, model = load(layer)
    out: list = [None] * len(texts)
    encs = [tok(t, return_offsets_mapping=True, add_special_tokens=False) for t in texts]
    short = sorted((i for i, e in enumerate(encs) if 0 < len(e["input_ids"]) <= _WINDOW), key=lambda i: len(encs[i]["input_ids"]))
    for i, e in enumerate(encs):
        if not 0 < len(e["input_ids"]) <= _WINDOW:
            out[i] = features(texts[i], layer, early)  # empty, or in overlapping windows
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0
    k = 0
    while k < len(short):
        j, real = k + 1, len(encs[short[k]]["input_ids"])
        # more texts while the pass stays within its tokens and the padding within a fifth of them (a summary is not
        # padded to its note's length: that pass would cost more than two)
        while j < len(short):
            n = len(encs[short[j]]["input_ids"])
            if n * (j + 1 - k) > _BATCH_TOKENS or n * (j + 1 - k) > 1.2 * (real + n):
                break
            real += n
            j += 1
        batch = short[k:j]
        width = len(encs[batch[-1]]["input_ids"])
        x = torch.full((len(batch), width), pad, dtype=torch.long)
        for row, i in enumerate(batch):
            ids = encs[i]["input_ids"]
            x[row, :len(ids)] = torch.tensor(ids)
        h = _states(model, x.to(model.device), early)
        for row, i in enumerate(batch):
            n = len(encs[i]["input_ids"])
            out[i] = (_with_next(h[row, :n], model.config.hidden_size), [tuple(o) for o in encs[i]["offset_mapping"]])
        k = j
    return out


def scores_many(texts: list[str]) -> list[tuple["torch.Tensor", list[tuple[int, int]]]]:  # noqa: F821
    """`scores` of each text, the texts batched by length (`features_many`)."""
    import torch

    p = _probe()
    feats = features_many(texts, p["layer"], p.get("early"))
    probs = iter(probabilities_many(p, [x for x, offs in feats if offs]))
    return [(next(probs), offs) if offs else (torch.zeros(0, 1), []) for x, offs in feats]


def scores(text: str) -> tuple["torch.Tensor", list[tuple[int, int]]]:  # noqa: F821
    """The probe's probabilities per token of `text` [tokens, heads] (head 0: part of a person's name; with
    the date and record-number heads, 1: part of a date, 2: part of a record, phone or social security
    number), and the tokens' offsets."""
    import torch

    p = _probe()
    x, offs = features(text, p["layer"], p.get("early"))
    if not offs:
        return torch.zeros(0, 1), []
    return probabilities(p, x), offs


def probabilities(probe: dict, x: "torch.Tensor") -> "torch.Tensor":  # noqa: F821
    """The probe (mean, std, weight, bias, and hidden_weight, hidden_bias when it has a hidden layer; gru.* when a
    bidirectional GRU reads the hidden layer over the whole text; date_weight, date_bias, id_weight, id_bias when it
    has those heads) applied to one text's features x [tokens, 2 x hidden]: [tokens, heads]."""
    import torch

    z = _hidden(probe, x)
    if "gru.weight_ih_l0" in probe:
        # a bidirectional GRU over the hidden layer: each token's outputs also read the text after it ("Bell" before "palsy")
        with torch.inference_mode():
            gru = probe["_gru"] if "_gru" in probe else _gru(probe)
            z = torch.cat([z, gru(z.float()[None])[0][0]], dim=1)
    return _heads(probe, z)


def _hidden(probe: dict, x: "torch.Tensor") -> "torch.Tensor":  # noqa: F821
    """Features standardized, through the hidden layer where the probe has one."""
    import torch

    z = (x - probe["mean"]) / probe["std"]
    if "hidden_weight" in probe:
        z = torch.nn.functional.gelu(z @ probe["hidden_weight"].T + probe["hidden_bias"])
    return z


def _heads(probe: dict, z: "torch.Tensor") -> "torch.Tensor":  # noqa: F821
    """The name head, and the date and record-number heads where the probe has them: [tokens, heads]."""
    import torch

    heads = [z @ probe["weight"] + probe["bias"]]
    if "date_weight" in probe:
        heads += [z @ probe["date_weight"] + probe["date_bias"], z @ probe["id_weight"] + probe["id_bias"]]
    return torch.sigmoid(torch.stack(heads, dim=1))


def probabilities_many(probe: dict, xs: list["torch.Tensor"]) -> list["torch.Tensor"]:  # noqa: F821
    """`probabilities` of each text's features, the GRU run over all of them at once (packed: each text read alone, in
    both directions, but one step of all of them at a time rather than one text after another)."""
    import torch

    if "gru.weight_ih_l0" not in probe or len(xs) < 2:
        return [probabilities(probe, x) for x in xs]
    lengths = [len(x) for x in xs]
    z = _hidden(probe, torch.cat(xs))
    parts = list(torch.split(z.float(), lengths))
    with torch.inference_mode():
        gru = probe["_gru"] if "_gru" in probe else _gru(probe)
        packed = torch.nn.utils.rnn.pack_sequence(parts, enforce_sorted=False)
        read, _ = torch.nn.utils.rnn.pad_packed_sequence(gru(packed)[0], batch_first=True)
    z = torch.cat([z, torch.cat([read[i, :n] for i, n in enumerate(lengths)])], dim=1)
    return list(torch.split(_heads(probe, z), lengths))


def _gru(probe: dict) -> "torch.nn.GRU":  # noqa: F821
    """The probe's bidirectional GRU (its "gru.*" tensors) as a module."""
    import torch

    w = probe["gru.weight_hh_l0"]
    gru = torch.nn.GRU(probe["gru.weight_ih_l0"].shape[1], w.shape[1], batch_first=True, bidirectional=True)
    gru.load_state_dict({k[4:]: v for k, v in probe.items() if k.startswith("gru.")})
    return gru.eval()


def could_be_name(word: str) -> bool:
    """A word people bear as a name or one no list knows; never an eponym, drug, product, clinical word or month."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _is_drug

    if len(word) < 2 or not word[0].isalpha():
        return False
    lw = re.sub(r"['’]s$", "", word.lower())
    if _eponym(lw) or lw in name_words.CALENDAR:
        return False  # "Jackson-Pratt", "Parkinson's"
    if _is_drug(word) or name_words.clinical_word(word):
        return False
    # a surname in capitals ("THAMBIAH", "ARUMUGAM") is judged as written with one capital: the lists know
    # words, not their case ("THAMBIAH" as written is no word a list holds in capitals, so it read as English)
    cased = word.capitalize() if word.isupper() and len(word) > 3 else word
    return name_words.word_class(cased) in ("K", "U", "N")


# parts of the body that are also names in lower case: never taken on the probe's score alone ("Wound L shin")
_ANATOMY = frozenset("shin shins knee knees palm palms sole soles brow brows back arm arms chin calf heel hip lip lips".split())


def could_be_sure(word: str) -> bool:
    """A word the probe may take on its own score (`spans`' sure words): initials in capitals, a name no other list
    knows, or a name that is also a word written in lower case; never an eponym, a drug or product, a clinical word,
    abbreviation, sign or service in any case, a month or weekday, or a single letter."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _not_initials

    bare = re.sub(r"['’]s$", "", word)
    if len(bare) < 2 or not bare[0].isalpha() or _eponym(bare.lower()) or _not_initials(bare, False):  # (months: CALENDAR)
        return False
    # initials in capitals ("JR", "TKW"), a name no other list knows ("Okonkwo"), or a name that is also a word written in
    # lower case ("found by earl"); never a short lower-case sign or result no list knows ("neg", "ntnd"), a longer word
    # of the English or no list ("Afebrile", "urosepsis"), and a capitalized name-word ("Hope to extubate", "Walker") is
    # left to the rules, which look for its cue
    if len(bare) <= 4 and bare.isupper():
        return True
    kind = name_words.word_class(bare.capitalize() if bare.isupper() else bare)
    return kind == "K" or (kind == "N" and bare.islower() and bare not in _ANATOMY)


# words the probe is this sure of are taken even where the word filters refuse them: a person's name that is also an
# eponym, a month or a clinical word, and lower-case staff initials where a note signs or copies someone (chosen on
# probe_train4's unread second half with a probe trained without it: names 0.876 -> 0.911, clinical values altered
# 2.12% -> 2.05%)
REFUSED_SURE = 0.97
INITIALS_SURE = 0.85
# every token of a word scored this high: the word grows a name taken beside it ("[Deborah] Young's nodule", "[Pao] Xiong's
# fracture care", "june [haskins]", "[terrence] mcbride"), whatever the word filters say of it alone (`could_grow`,
# `redact._grown`; chosen on probe_train5's unread second half: see bench/phi/README.md)
GROW = 0.9
# ... and this high, a word in capitals grows a name across a comma only ("LAST, FIRST": `redact._grown`)
COMMA_GROW = 0.6
# every token of two or three lower-case letters scored this high: staff initials wherever they stand ("rev mw", "| jt |",
# "processed by tlc"; `lower_initials`). Chosen on probe_train5's unread second half (see bench/phi/README.md)
LOWER_SURE = 0.9


_FORM_WORDS = frozenset("dob mob tel fax ext hrs yrs min max cb".split())  # a form's shorthand, never initials ("dob [DATE]")
# ... and this high, two or three lower-case letters that the lists know as an abbreviation but not a clinical one ("dc",
# "st" beside "Dr. D. Chen"; never "po", "iv", "bid"), a capitalized name of two or three letters (`short_name`), and any
# sure word before "to" or "at" (`redact`'s "[NAME]!")
LISTED_SURE = 0.98


# a capitalized word no list knows (`unknown_name`) whose every token the probe scores this high is taken where it stands
# ("booked Aminata via language line"; stop 39, from probe_train7's misses: the read sets' clinical values altered 143 of
# 25,663 before and after)
UNKNOWN_SURE = 0.95


def unknown_name(word: str) -> bool:
    """A capitalized word of three letters or more that no list knows at all ("Aminata", "Vakaloloma")."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _NOT_NAME_WORDS

    bare = re.sub(r"['’]s$", "", word)
    return (len(bare) >= 3 and bare[0].isupper() and not bare.isupper() and bare.isalpha()
            and name_words.word_class(bare) == "U" and bare.lower() not in _NOT_NAME_WORDS)  # never a language ("Tigrinya")


def lower_initials(word: str, listed: bool = False) -> bool:
    """Two or three lower-case letters that no clinical list, role, function word or calendar knows as anything else;
    `listed`: also those the lists know only as an abbreviation that is no clinical one, a role or a function word."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _FUNCTION, _clinical_any_case, _not_initials

    if (not (2 <= len(word) <= 3 and word.isalpha() and word.islower()) or word in _ROLES_LOWER or word in _FUNCTION
            or word in _FORM_WORDS):
        return False
    if listed:
        return not _clinical_any_case(word) and word not in name_words.CALENDAR
    return not _not_initials(word, False)


_TITLES = frozenset("mr mrs ms mx dr sr jr st fr".split())


@functools.lru_cache(maxsize=1)
def _short_cue() -> re.Pattern:
    """A relative, a role or a hand-off's verb right before a short name or a name the word filters refuse, which then
    needs only the `sure` score ("husband Ed", "pharmacist Ed", "sponsor Ed", "per Ed and Li", "CDE May"; "Ed visit" after
    no cue needs LISTED_SURE, "Bishop called back" REFUSED_SURE)."""
    from medllm.clinical.names import _CUE_WORDS

    return re.compile(rf"(?i)\b(?:{_CUE_WORDS}|tech|sponsor|volunteer|caller|CDE)[ \t]*:?[ \t]+\Z")


_BY_BEFORE = re.compile(r"\bby[ \t]+\Z")  # "IV placed by Ed"


def short_name(word: str) -> bool:
    """A capitalized name of two or three letters that the name lists hold ("Ed", "Jo", "Ng"), also where a clinical list
    knows its letters (ED), taken at LISTED_SURE only; never a title, a month or weekday, or a drug."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _is_drug

    lw = word.lower()
    return (2 <= len(word) <= 3 and word.isalpha() and word[0].isupper() and word[1:].islower() and lw not in _TITLES
            and lw not in name_words.CALENDAR and not _is_drug(word) and bool(name_words.name_kind(word)))


def could_grow(word: str) -> bool:
    """A word that may extend a name beside it on the probe's score: letters (two or more), a name on the lists, a word
    no list knows or one in another script's letters ("Lý"), never an English word no one bears ("Veteran"), a drug,
    product, clinical word, sign or abbreviation in any case, a device's eponym, a weekday or a role."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _clinical_any_case

    bare = re.sub(r"['’]s$", "", word)
    lw = bare.lower()
    if len(bare) < 2 or not bare[0].isalpha() or _clinical_any_case(bare) or lw in name_words.DEVICE_EPONYMS or lw in _ROLES_LOWER:
        return False
    if lw in name_words.CALENDAR and lw not in name_words.MONTHS:
        return False
    return not bare.isascii() or name_words.word_class(bare.capitalize() if bare.isupper() else bare) != "E"


def refused_name(word: str) -> bool:
    """A capitalized word people bear as a name that `could_be_name` refuses only for being also an eponym, a month or
    a clinical word ("Bishop called back", "wife June", "Dr. Wilson"); never an eponym that stands for a device
    ("Foley removed"), a drug, a body part, a weekday, a month's abbreviation or shorter than three letters."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _is_drug

    bare = re.sub(r"['’]s$", "", word)
    lw = bare.lower()
    if (len(bare) < 3 or not (bare[0].isupper() or bare.islower()) or _is_drug(bare) or lw in _ANATOMY
            or lw in name_words.DEVICE_EPONYMS):
        return False
    refused = _eponym(lw) or lw in name_words.MONTHS or (lw not in name_words.CALENDAR and name_words.clinical_word(bare))
    return refused and name_words.word_class(bare.capitalize()) == "N"


_WITH_AFTER = re.compile(r"[ \t]+with\b")  # a lower-case name-word is a verb before "with" ("winters with her son")
_SIGN_MARK = re.compile(r"(?:^|[\s.;,])(?:~|-{1,2}|—|–) ?\Z")  # "... no si voiced. ~tb", "-kd"
# a copy list ("cc: Dr. Oh, jw"; "CC:" at a line's start is a chief complaint) or initials after a spaced slash ("pn / mb")
_COPY_CUE = re.compile(r"(?:\bcc:|(?<!\n)(?<!\A)\bCC:|(?<=\s)/)[ \t]*(?:[\w.'-]+(?: [\w.'-]+){0,2},[ \t]*)*\Z")
_ROLE_BEFORE = re.compile(r"(?:\b(?:PT|OT|RN|SW|LPN|CNA|rn|pt|ot)|\bby|[.;]) \Z")  # "PT mb" or "MWF. kd" ending a line
_CREDENTIAL_AFTER = re.compile(r"[ \t,]+(?:RN|LPN|PT|OT|MD|NP|PA|SW)\b")  # "-tb RN"
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z)")
_ROLES_LOWER = frozenset("rn md do np pa pt ot sw rd rt ma cm na ok am pm ed er or icu hr bp".split())


def signed_initials(text: str, s: int, e: int) -> bool:
    """text[s:e] is two or three lower-case letters where a note signs or copies a person: after a sign-off mark at the
    end of a line or before a credential ("~tb", "-kd", "-tb RN", also a clinical abbreviation's letters there), in a
    copy list ("cc: jw"), after a role, "by" or a sentence's end at the end of a line ("PT mb", "MWF. kd"), or before a
    credential; never a role ("rn", "pt", "ok"), a function word ("Refer to PT"), a sign or result mid-line ("-ve rods",
    "~qd prn", "- po abx") or a chief complaint ("CC: cp x2d")."""
    from medllm.clinical import name_words
    from medllm.clinical.names import _FUNCTION

    w = text[s:e]
    if not (2 <= len(w) <= 3 and w.isalpha() and w.islower()) or w in _ROLES_LOWER or w in _FUNCTION:
        return False
    before = text[max(0, s - 40):s]
    line_ends, credential = _LINE_ENDS.match(text, e) is not None, _CREDENTIAL_AFTER.match(text, e) is not None
    if _SIGN_MARK.search(before):
        return line_ends or credential
    if name_words.clinical_word(w):
        return False
    return bool(_COPY_CUE.search(before) or (line_ends and _ROLE_BEFORE.search(before)) or credential)


def _eponym(lw: str) -> bool:
    """A lower-case word, or a part of it, that the eponym lists hold ("jackson-pratt", "parkinson", "parkinson-like"); not a
    double surname whose other part is a name no eponym list holds ("o'brien-nakamura")."""
    from medllm.clinical import name_words

    def listed(p: str) -> bool:
        return p in name_words.EPONYMS or p in name_words._eponyms_listed()

    parts = [p for p in lw.split("-") if p]
    if listed(lw) or (parts and all(listed(p) for p in parts)):
        return True
    return any(listed(p) for p in parts) and not any(name_words.name_kind(p) and not listed(p) for p in parts)


_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")


def name_spans(texts: list[str]) -> list[list[tuple[int, int]]]:
    """Character spans of the words the probe takes for parts of names, per text."""
    return spans(texts)[0]


def spans(texts: list[str], typed: bool = True) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int, str]]]]:
    """Per text: the spans of the words the probe takes for parts of names, and (with the date and
    record-number heads) the spans of the shapes `phi_patterns.probe_candidates` offers that the heads take,
    with their placeholders ("[DATE]", "[MRN]", "[PHONE]"): a candidate is taken when the mean score of the
    tokens over its digits is at least the threshold (the names' threshold: every head was fitted with the same
    weighting of its positives); `typed` false: names only."""
    names, others = [], []
    probe = _probe() if texts else {"threshold": 0.5}
    threshold, sure = probe["threshold"], probe.get("sure")
    live = [t for t in texts if t and t.strip()]
    scored = iter(scores_many(live) if live else [])
    for text in texts:
        if not text or not text.strip():
            names.append([])
            others.append([])
            continue
        probs, offs = next(scored)
        best = [0.0] * len(text)  # each character: the highest name score of a token over it
        least = [1.0] * len(text)  # ... and the lowest
        for pr, (s, e) in zip(probs[:, 0].tolist(), offs):
            for i in range(s, e):
                best[i] = max(best[i], pr)
                least[i] = min(least[i], pr)
        # (start, end, word, its highest token score, its lowest)
        words = [(m.start(), m.end(), m.group(0), max(best[m.start():m.end()]), min(least[m.start():m.end()]))
                 for m in _WORD.finditer(text)]
        names.append([(s, e) for s, e, w, score, _ in words if score >= threshold and could_be_name(w)])
        found = _typed(text, probs, offs, threshold) if typed and probs.shape[1] == 3 else []
        if typed and sure is not None:
            # words the probe is sure of, which the rules would not take (staff initials "per RW", "-kd"; names that are
            # English words in lower case, "found by earl"), and, surer still, names the word filters refuse ("Bishop
            # called back", "~tb"): written as [NAME] with the typed spans
            # ("[NAME]!": every token at LISTED_SURE or more, which `redact` takes even before a word that makes a name-word
            # a verb: "spoke w/ rusty at the desk", "pharmacist Ed at Walgreens")
            found = sorted(found + [(s, e, "[NAME]!" if low >= LISTED_SURE else "[NAME]") for s, e, w, score, low in words
                                    if ((score >= sure and could_be_sure(w))
                                        or (low >= UNKNOWN_SURE and unknown_name(w))
                                        or (score >= REFUSED_SURE and refused_name(w)
                                            and (w[0].isupper() or (low >= REFUSED_SURE and not _WITH_AFTER.match(text, e))))
                                        or (score >= INITIALS_SURE and signed_initials(text, s, e))
                                        or (low >= LOWER_SURE and lower_initials(w))
                                        or (low >= LISTED_SURE and (lower_initials(w, listed=True) or short_name(w)))
                                        or (low >= sure and (short_name(w) or refused_name(w))
                                            and _short_cue().search(text, max(0, s - 40), s))
                                        or (low >= sure and short_name(w) and _BY_BEFORE.search(text, max(0, s - 8), s)))
                                    and not any(a < e and s < b for a, b, _ in found)])
            # words that grow a name beside them, never taken alone: "+NAME" (`redact._grown`)
            # ("+NAME,": a capitalized word scored at least COMMA_GROW, which grows a name only across a comma: the other half
            # of "LAST, First", "MBEKI-WHITE, [Samuel]", "[TOTH], ZSOFIA")
            found = sorted(found + [(s, e, "+NAME" if low >= GROW else "+NAME,") for s, e, w, _, _ in words
                                    for low in [min(least[s:e - 2 if w[-2:] in ("'s", "’s") else e])]
                                    if (low >= GROW or (low >= COMMA_GROW and w.isupper() and len(w) > 1)) and could_grow(w)
                                    and not text[e:e + 1].isalnum()  # a whole word ("fy1" is a grade)
                                    and not any(a < e and s < b for a, b, ph in found if not ph.startswith("[NAME]"))])
        others.append(found)
    return names, others


_PHONE_CUE = re.compile(r"(?i)\b(?:tel|telephone|ph|phone|cell|mobile|mob|fax|pager|pgr|call(?:ed)?|ext|x|line|number|contact|voicemail|vm)\b\W{0,12}$")


def _typed(text: str, probs, offs, threshold: float) -> list[tuple[int, int, str]]:
    from medllm.clinical import phi_patterns
    from medllm.clinical.names import _is_drug

    out: list[tuple[int, int, str]] = []
    best: dict = {}
    for s, e, kind in phi_patterns.probe_candidates(text):
        word_before = re.search(r"([^\W\d_][\w-]*)\W{0,3}$", text[max(0, s - 30):s])
        if word_before and _is_drug(word_before.group(1)):
            continue  # a dose after its drug ("Augmentin 875/125")
        col = 1 if kind == "DATE" else 2
        toks = [i for i, (a, b) in enumerate(offs) if a < e and s < b and any(ch.isdigit() for ch in text[max(a, s):min(b, e)])]
        if not toks:
            continue
        score = float(probs[toks, col].mean())
        if score >= threshold:
            best[(s, e, kind)] = score
    # overlapping candidates (the date "3302-7716" inside the record number "LGH 3302-7716"): the higher score
    for (s, e, kind), score in sorted(best.items(), key=lambda kv: -kv[1]):
        if any(a < e and s < b for a, b, _ in out):
            continue
        if kind == "DATE":
            ph = "[DATE]"
        else:
            digits = sum(ch.isdigit() for ch in text[s:e])
            ph = "[PHONE]" if 7 <= digits <= 13 and _PHONE_CUE.search(text[max(0, s - 20):s]) else "[MRN]"
        out.append((s, e, ph))
    return sorted(out)
