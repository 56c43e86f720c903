"""The seam: every use medllm makes of a private or internal API of TRL, transformers or PEFT.

Nothing else in medllm overrides a library's private method or reads a private symbol; the
stage modules import what they need from here. Each entry below names the library API it
relies on. tests/training/test_internals.py holds a contract test for each (the symbol exists, its
parameters are the ones medllm passes or overrides, and a small behavioural check), so a
release that changes one fails there, not in a training run.

Tested with: trl 1.16.0, transformers 5.24.0, peft 0.21.2 (the contract tests' last run). The
version range guarded below is the dependency range of pyproject.toml (TESTED; a test keeps
the two equal).

Guard design
------------
`Private` describes one symbol: the library, where it lives, and the parameter names medllm
relies on ("exact" for a method medllm overrides, because the library calls the override with
its own arguments; "prefix" for one medllm calls positionally; "keywords" for one it calls by
name). `require(api)` checks, once per process, that the installed library's version is in
TESTED and that the symbol exists with those parameters; otherwise it raises DependencyError,
one line naming the library, its version and the symbol and giving the pip pin. `optional(api)`
does the same checks but logs a warning and returns None, for the levers that have a safe
fallback (the compact LM head leaves TRL's forward alone; the LoRA dropout stays torch's).
MEDLLM_ALLOW_UNTESTED_LIBS=1 turns the version check alone into a warning (to try a new
release); a changed or missing symbol still fails. The trainer mixins check their symbols
in __init__, before the library's constructor runs (TRL calls _prepare_dataset and
_precompute_ref_logps from inside it): an override the library no longer calls would
otherwise be skipped silently.

Private APIs used
-----------------
TRL
- DPOTrainer._prepare_dataset(dataset, processing_class, args, dataset_name): overridden
  (PretokenizedDPOMixin) so pairs tokenized by medllm (notes shortened, responses intact) skip
  TRL's re-templating and right-truncation.
- DPOTrainer._precompute_ref_logps(dataset, name, batch_size): overridden (RefLogpsMixin) to
  serve reference log-probs from medllm's content-keyed cache.
- DPOTrainer.compute_ref_log_probs(model, inputs) -> (chosen, rejected): called for the pairs
  the cache misses (ref_log_probs).
- trl.kernels.ChunkedLogProbFunction.apply(hidden, weight, bias, targets, temperature,
  chunk_size, final_logit_softcapping, logit_scale, outputs), positional only (an autograd
  Function); trl.trainer.utils._CHUNKED_LOGPROB_CHUNK_SIZE; trl.trainer.utils.FusedCausalLMOutput;
  and add_fused_lm_head's instance-level `forward` patch: the compact LM head (medllm.training.levers).
- DPO's frozen "ref" adapter name and its collator's `completion_mask` (medllm.stages.dpo).
transformers
- Trainer._get_train_sampler(train_dataset) / _get_eval_sampler(eval_dataset): overridden
  (LengthGroupedTrainerMixin), with trainer_pt_utils.LengthGroupedSampler and
  get_length_grouped_indices.
- Trainer._save_checkpoint(model, trial): overridden (CheckpointSaveHookMixin) so medllm writes
  its completion marker after each checkpoint; Trainer._get_output_dir(trial) (checkpoint_folder).
- Trainer._load_from_checkpoint(resume_from_checkpoint) (load_checkpoint_weights).
- Trainer._initial_global_step / _initial_num_input_tokens_seen (session_start).
PEFT
- LoraLayer.lora_dropout, the ModuleDict of per-adapter nn.Dropout that medllm.training.levers swaps for
  FastLoraDropout (lora_dropout_slots).
- lora.layer.Linear.forward(self, x, *args, **kwargs) and the attributes it reads (base_layer,
  lora_A/lora_B/lora_dropout/scaling, lora_variant, active_adapters, merged, disable_adapters,
  _cast_input_dtype): medllm.training.levers.use_fused_lora replaces it per instance with a
  fused forward of the same value (lora_linear_class; peft's forward stays where they changed).
W&B
- Run._log_artifact(artifact, ..., is_user_created, use_after_commit): an offline run cannot
  use_artifact (wandb 0.31 raises "Cannot use artifact when in offline mode"); medllm.tracking
  writes the record use_artifact writes for a draft instead (WANDB_USE_DRAFT), which `wandb
  sync` commits and links as the run's input.
- DPO loss types: parsed from TRL's DPOTrainer source and DPOConfig.loss_type's help
  (dpo_loss_types); TRL exposes no constant.

Why the length-grouped sampler is still overridden
--------------------------------------------------
transformers' own group_by_length (TrainingArguments train_sampling_strategy="group_by_length",
length_column_name="length") was tried with TRL 1.16 / transformers 5.24 and falls short:
- DPO: Trainer._get_dataloader removes unused columns (`length` included: it is not a forward
  argument) before it calls _get_train_sampler, so LengthGroupedSampler gets no lengths and
  tries len(input_ids); DPO pairs have prompt_ids/chosen_ids/rejected_ids only, so it raises
  "Can only automatically infer lengths for datasets whose items are dictionaries with an
  'input_ids' key" (length_column_name="prompt_ids" fails too: the column holds lists).
- SFT: the same removal drops `length`; grouping by len(input_ids) works, but the training
  sampler gets no generator (only the eval one is seeded) and has no set_epoch: each epoch's
  order is drawn from the global torch RNG when the dataloader is iterated (two iterations of
  one dataloader, or one after torch.manual_seed(123), give different orders; accelerate's
  seedable sampler replaces only RandomSampler). A run resumed inside a later epoch, or a DDP
  rank whose RNG moved differently, would not see the uninterrupted run's batches.
So medllm keeps its sampler: transformers' grouping (LengthGroupedSampler /
get_length_grouped_indices) with a generator seeded by data_seed + epoch, fed the `length`
column of the dataset as given.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import inspect
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from medllm.errors import DependencyError

log = logging.getLogger(__name__)

# The ranges medllm's private-API use is tested for: pyproject.toml's dependency ranges
# (tests/training/test_internals.py checks they agree).
TESTED = {"trl": ">=1.16,<1.17", "transformers": ">=5.24,<6", "peft": ">=0.21.2,<0.22", "wandb": ">=0.31,<0.32"}
ALLOW_UNTESTED = "MEDLLM_ALLOW_UNTESTED_LIBS"


# --------------------------------------------------------------------------- the guard
@dataclass(frozen=True)
class Private:
    """One private or internal symbol of `library`, at "module:attr.attr", with the parameter
    names medllm relies on and how they must match ("exact", "prefix" or "keywords"; None
    checks presence only)."""

    library: str
    where: str
    params: tuple[str, ...] | None = None
    match: str = "prefix"

    @property
    def name(self) -> str:
        return self.where.replace(":", ".")

    def resolve(self):
        module, _, attrs = self.where.partition(":")
        obj = importlib.import_module(module)
        for attr in attrs.split("."):
            obj = getattr(obj, attr)
        return obj


def library_version(library: str) -> str:
    from importlib.metadata import version

    return version(library)


def _pin(library: str) -> str:
    return f"pip install '{library}{TESTED[library]}'"


def parameters(obj) -> list[str]:
    """Parameter names of a function, method or class (its __init__, without self)."""
    return list(inspect.signature(obj).parameters)


def signature_problem(api: Private, obj) -> str | None:
    """Why `obj` does not have the parameters `api` relies on, or None."""
    if api.params is None:
        return None
    try:
        have = parameters(obj)
    except (TypeError, ValueError):
        return "has no inspectable signature"
    want = list(api.params)
    if api.match == "exact":
        ok = have == want
    elif api.match == "keywords":
        ok = set(want) <= set(have)
    else:  # prefix: medllm passes these positionally; anything after them must be optional
        extra = list(inspect.signature(obj).parameters.values())[len(want):]
        ok = have[: len(want)] == want and all(
            p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in extra)
    return None if ok else f"has parameters ({', '.join(have)}), medllm expects ({', '.join(want)})"


def check(api: Private) -> tuple[object | None, str | None, bool]:
    """(the symbol or None, the problem or None, whether the problem is only the version)."""
    from packaging.specifiers import SpecifierSet

    version = library_version(api.library)
    in_range = SpecifierSet(TESTED[api.library]).contains(version, prereleases=True)
    try:
        obj = api.resolve()
    except (ImportError, AttributeError):
        return None, f"{api.library} {version} has no {api.name}", False
    problem = signature_problem(api, obj)
    if problem:
        return None, f"{api.library} {version}: {api.name} {problem}", False
    if not in_range:
        return obj, (f"{api.library} {version} is outside the range medllm is tested with for {api.name} "
                     f"({api.library}{TESTED[api.library]})"), True
    return obj, None, False


@functools.lru_cache(maxsize=None)
def require(api: Private):
    """The symbol, checked; DependencyError (one line) when it is missing, changed, or the
    library's version is untested."""
    obj, problem, version_only = check(api)
    if problem is None:
        return obj
    if version_only and os.environ.get(ALLOW_UNTESTED) == "1":
        log.warning("%s; going on because %s=1", problem, ALLOW_UNTESTED)
        return obj
    raise DependencyError(f"{problem}; medllm relies on it: {_pin(api.library)}"
                          + ("" if not version_only else f" (or set {ALLOW_UNTESTED}=1 to try this version)"))


@functools.lru_cache(maxsize=None)
def optional(api: Private, fallback: str):
    """The symbol, checked; None (with one warning saying `fallback`) when it is missing,
    changed, or the version is untested."""
    obj, problem, version_only = check(api)
    if problem is None or (version_only and os.environ.get(ALLOW_UNTESTED) == "1"):
        return obj
    log.warning("%s; %s (%s to restore it)", problem, fallback, _pin(api.library))
    return None


class GuardedMixin:
    """Base of the trainer mixins: checks every PRIVATE entry of the classes in the MRO, and that
    each private method a mixin overrides (OVERRIDES) is defined by the library class it sits
    on with exactly the checked parameters, before the library's constructor runs."""

    PRIVATE: tuple[Private, ...] = ()
    OVERRIDES: tuple[Private, ...] = ()

    def __init__(self, *args, **kwargs):
        check_trainer_class(type(self))
        super().__init__(*args, **kwargs)


def check_trainer_class(cls: type) -> None:
    for klass in cls.__mro__:
        for api in vars(klass).get("PRIVATE", ()) + vars(klass).get("OVERRIDES", ()):
            require(api)
        for api in vars(klass).get("OVERRIDES", ()):
            name = api.where.rsplit(".", 1)[1]
            base = next((k for k in cls.__mro__ if not issubclass(k, GuardedMixin) and name in vars(k)), None)
            if base is None:
                raise DependencyError(f"{api.library} {library_version(api.library)}: no class under {cls.__name__} "
                                      f"defines {name}, which medllm overrides; {_pin(api.library)}")
            problem = signature_problem(api, vars(base)[name])
            if problem:
                raise DependencyError(f"{api.library} {library_version(api.library)}: {base.__name__}.{name} {problem}; "
                                      f"medllm overrides it: {_pin(api.library)}")


# --------------------------------------------------------------------------- TRL: DPO
DPO = "trl.trainer.dpo_trainer:DPOTrainer"
DPO_PREPARE_DATASET = Private("trl", f"{DPO}._prepare_dataset", ("self", "dataset", "processing_class", "args", "dataset_name"), "exact")
DPO_PRECOMPUTE_REF = Private("trl", f"{DPO}._precompute_ref_logps", ("self", "dataset", "name", "batch_size"), "exact")
DPO_COMPUTE_REF = Private("trl", f"{DPO}.compute_ref_log_probs", ("self", "model", "inputs"))


class PretokenizedDPOMixin(GuardedMixin):
    """For TRL's DPOTrainer: datasets that already have `prompt_ids` (medllm.stages.dpo.encode_pairs:
    notes shortened, responses intact) are used as given; TRL's own tokenization would
    re-template them and cut from the right. Overrides DPOTrainer._prepare_dataset."""

    OVERRIDES = (DPO_PREPARE_DATASET,)

    def _prepare_dataset(self, dataset, processing_class, args, dataset_name):
        if "prompt_ids" in dataset.column_names:
            return dataset
        return super()._prepare_dataset(dataset, processing_class, args, dataset_name)


class RefLogpsMixin(GuardedMixin):
    """For TRL's DPOTrainer with precompute_ref_log_probs: TRL's reference pass (run from its
    constructor, and from evaluate for a new eval set) goes to `precompute_reference(dataset,
    name, batch_size)`, which the trainer defines and which returns the dataset with
    ref_chosen_logps / ref_rejected_logps columns. Overrides DPOTrainer._precompute_ref_logps."""

    OVERRIDES = (DPO_PRECOMPUTE_REF,)
    PRIVATE = (DPO_COMPUTE_REF,)

    def _precompute_ref_logps(self, dataset, name, batch_size):
        return self.precompute_reference(dataset, name, batch_size)

    def precompute_reference(self, dataset, name: str, batch_size: int):
        raise NotImplementedError

    def ref_log_probs(self, batch):
        """Summed reference log-probs of a collated batch: (chosen, rejected), via
        DPOTrainer.compute_ref_log_probs (the "ref" adapter, no grad)."""
        return self.compute_ref_log_probs(self.model, batch)


def trl_source(module: str) -> str | None:
    """The source of a TRL module ("trainer.dpo_trainer"), found without importing TRL."""
    spec = importlib.util.find_spec("trl")
    if spec is None or not spec.origin:
        return None
    try:
        return (Path(spec.origin).parent / (module.replace(".", "/") + ".py")).read_text()
    except OSError:
        return None


def loss_types_dispatched(source: str) -> set[str]:
    """The `loss_type == "..."` branches of TRL's DPO loss (what the trainer computes)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "loss_type"
                and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)
                and isinstance(node.comparators[0], ast.Constant) and isinstance(node.comparators[0].value, str)):
            found.add(node.comparators[0].value)
    return found


def loss_types_documented(source: str) -> set[str]:
    """The values DPOConfig.loss_type's help lists ("Possible values are: `'sigmoid'`, ...")."""
    import re

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "loss_type":
            for value in ast.walk(node):
                if isinstance(value, ast.Dict):
                    for k, v in zip(value.keys, value.values):
                        if isinstance(k, ast.Constant) and k.value == "help" and isinstance(v, ast.Constant):
                            text = v.value.split("If multiple")[0]
                            return set(re.findall(r"`'([a-z0-9_]+)'`", text))
    return set()


# only if TRL's source can't be read (a zipped or compiled install): TRL 1.16's list
FALLBACK_LOSS_TYPES = frozenset({"sigmoid", "hinge", "ipo", "exo_pair", "nca_pair", "robust", "bco_pair", "sppo_hard", "aot",
                                 "aot_unpaired", "apo_zero", "apo_down", "discopop", "sft", "sigmoid_norm"})


@functools.lru_cache(maxsize=1)
def dpo_loss_types() -> frozenset[str]:
    """The DPO loss types the installed TRL computes, read from its source without importing
    it (importing TRL takes seconds; config validation runs before any model loads): the
    branches of DPOTrainer's loss, else the values DPOConfig.loss_type's help lists, else a
    copy of TRL 1.16's list (with a warning)."""
    for module, parse in (("trainer.dpo_trainer", loss_types_dispatched), ("trainer.dpo_config", loss_types_documented)):
        source = trl_source(module)
        found = parse(source) if source else set()
        if found:
            return frozenset(found)
    log.warning("could not read the DPO loss types from TRL's source; using TRL 1.16's list")
    return FALLBACK_LOSS_TYPES


# --------------------------------------------------------------------------- W&B: offline lineage
WANDB_USE_DRAFT = Private("wandb", "wandb.sdk.wandb_run:Run._log_artifact", ("is_user_created", "use_after_commit"), "keywords")


def wandb_use_offline(run, artifact) -> None:
    """Declare `artifact` (a draft) an input of the offline `run`: what Run.use_artifact records
    for a draft online, sent through the private call it makes (guarded)."""
    require(WANDB_USE_DRAFT)
    run._log_artifact(artifact, is_user_created=True, use_after_commit=True)


# --------------------------------------------------------------------------- TRL: fused LM head
CHUNKED_LOGPROB = Private(
    "trl", "trl.kernels:ChunkedLogProbFunction.forward",
    ("ctx", "hidden", "weight", "bias", "targets", "temperature", "chunk_size", "final_logit_softcapping", "logit_scale",
     "outputs"), "keywords")
CHUNK_SIZE = Private("trl", "trl.trainer.utils:_CHUNKED_LOGPROB_CHUNK_SIZE")
FUSED_OUTPUT = Private("trl", "trl.trainer.utils:FusedCausalLMOutput",
                       ("loss", "log_probs", "entropy", "log_sum_sq_probs", "mean_logits", "is_top1", "label_mask", "aux_loss"),
                       "keywords")
DEFAULT_CHUNK_SIZE = 32768  # TRL 1.16's vocabulary tile; only the tiling depends on it


@dataclass(frozen=True)
class ChunkedLogProb:
    """TRL's chunked log-prob kernel, called by parameter name, and the output class of its fused head."""

    apply: object
    order: tuple[str, ...]
    chunk_size: int
    output_cls: type

    def __call__(self, hidden, weight, bias, targets, outputs: tuple[str, ...]):
        """(log_probs, entropy, log_sum_sq_probs, mean_logits, is_top1) of the rows of `hidden`
        under `weight`/`bias` at temperature 1, unscaled and uncapped; fields not in `outputs`
        are None."""
        values = {"hidden": hidden, "weight": weight, "bias": bias, "targets": targets, "temperature": 1.0,
                  "chunk_size": self.chunk_size, "final_logit_softcapping": None, "logit_scale": 1.0, "outputs": outputs}
        return self.apply(*(values[name] for name in self.order))  # autograd Functions take positional arguments only


def trl_chunked_logprob() -> ChunkedLogProb | None:
    """TRL's kernel (trl.kernels.ChunkedLogProbFunction, trl.trainer.utils._CHUNKED_LOGPROB_CHUNK_SIZE,
    FusedCausalLMOutput), or None with a warning if this TRL lacks or changed them: the
    compact LM head is then not installed and TRL's fused head scores every position."""
    fallback = "the compact LM head is off; TRL's fused head scores every position"
    forward = optional(CHUNKED_LOGPROB, fallback)
    output_cls = optional(FUSED_OUTPUT, fallback)
    if forward is None or output_cls is None:
        return None
    names = parameters(forward)[1:]
    if set(names) != set(CHUNKED_LOGPROB.params[1:]):  # a new parameter medllm would not pass
        log.warning("trl %s: ChunkedLogProbFunction takes (%s); %s", library_version("trl"), ", ".join(names), fallback)
        return None
    chunk = optional(CHUNK_SIZE, f"chunk size {DEFAULT_CHUNK_SIZE}")
    from trl.kernels import ChunkedLogProbFunction

    return ChunkedLogProb(ChunkedLogProbFunction.apply, tuple(names), int(chunk or DEFAULT_CHUNK_SIZE), output_cls)


def trl_fused_forward(causal_lm):
    """The forward trl.trainer.utils.add_fused_lm_head patched onto `causal_lm` (it sets an instance
    attribute taking fused_lm_head=, labels=, shift_labels=, num_items_in_batch=), or None."""
    return causal_lm.forward if "forward" in vars(causal_lm) else None


# --------------------------------------------------------------------------- transformers: samplers
TRAIN_SAMPLER = Private("transformers", "transformers.trainer:Trainer._get_train_sampler", ("self", "train_dataset"), "exact")
EVAL_SAMPLER = Private("transformers", "transformers.trainer:Trainer._get_eval_sampler", ("self", "eval_dataset"), "exact")
LENGTH_GROUPED_SAMPLER = Private("transformers", "transformers.trainer_pt_utils:LengthGroupedSampler",
                                 ("batch_size", "dataset", "lengths"))
GROUPED_INDICES = Private("transformers", "transformers.trainer_pt_utils:get_length_grouped_indices",
                          ("lengths", "batch_size", "mega_batch_mult", "generator"), "keywords")


def seeded_length_grouped_sampler(batch_size: int, lengths: list[int], seed: int):
    """transformers' length grouping (random mega-batches of up to 50 batches, each sorted by
    length) with its own generator seeded by seed + epoch: the order depends on the data seed
    alone, so a resumed run skips the very batches it already trained on, and every DDP rank
    draws the same permutation whatever else used the global RNG."""
    import torch

    sampler_cls = require(LENGTH_GROUPED_SAMPLER)
    grouped_indices = require(GROUPED_INDICES)

    class SeededLengthGroupedSampler(sampler_cls):
        def __init__(self):
            super().__init__(batch_size, lengths=list(lengths))
            self.seed, self.epoch = int(seed), 0

        def set_epoch(self, epoch: int) -> None:
            self.epoch = int(epoch)

        def __iter__(self):
            g = torch.Generator().manual_seed(self.seed + self.epoch)
            return iter(grouped_indices(self.lengths, self.batch_size, generator=g))

    return SeededLengthGroupedSampler()


class LengthGroupedTrainerMixin(GuardedMixin):
    """For a TRL trainer with train_sampling_strategy="group_by_length": group by the `length`
    column of the dataset as given (transformers drops it before it builds its sampler), or by
    len(input_ids), with a seeded sampler (see the module docstring for why transformers' own
    does not do). Overrides Trainer._get_train_sampler and _get_eval_sampler."""

    OVERRIDES = (TRAIN_SAMPLER, EVAL_SAMPLER)
    PRIVATE = (LENGTH_GROUPED_SAMPLER, GROUPED_INDICES)

    def _grouped(self, ds, batch_size: int):
        lengths = ds["length"] if "length" in ds.column_names else [len(x) for x in ds["input_ids"]]
        seed = self.args.data_seed if self.args.data_seed is not None else self.args.seed
        return seeded_length_grouped_sampler(batch_size, lengths, seed)

    def _get_train_sampler(self, train_dataset=None):
        ds = self.train_dataset
        if self.args.train_sampling_strategy != "group_by_length" or ds is None:
            return super()._get_train_sampler(train_dataset)
        return self._grouped(ds, self.args.train_batch_size * self.args.gradient_accumulation_steps)

    def _get_eval_sampler(self, eval_dataset):
        # transformers groups evaluation batches too; the order does not change the metrics
        if self.args.train_sampling_strategy != "group_by_length" or eval_dataset is None:
            return super()._get_eval_sampler(eval_dataset)
        given = self.eval_dataset  # before TRL/transformers dropped the `length` column
        if hasattr(given, "column_names") and "length" in given.column_names and len(given) == len(eval_dataset):
            eval_dataset = given
        if "length" not in eval_dataset.column_names and "input_ids" not in eval_dataset.column_names:
            from torch.utils.data import SequentialSampler

            return SequentialSampler(eval_dataset)
        return self._grouped(eval_dataset, self.args.eval_batch_size)


# --------------------------------------------------------------------------- transformers: checkpoints
SAVE_CHECKPOINT = Private("transformers", "transformers.trainer:Trainer._save_checkpoint", ("self", "model", "trial"), "exact")
OUTPUT_DIR = Private("transformers", "transformers.trainer:Trainer._get_output_dir", ("self", "trial"))
LOAD_CHECKPOINT = Private("transformers", "transformers.trainer:Trainer._load_from_checkpoint", ("self", "resume_from_checkpoint"))


class CheckpointSaveHookMixin(GuardedMixin):
    """For a Trainer: `before_checkpoint_save(folder)` runs before each checkpoint is written and
    `after_checkpoint_save(folder, token)` after, with what the first returned. Overrides
    Trainer._save_checkpoint; the folder comes from Trainer._get_output_dir."""

    OVERRIDES = (SAVE_CHECKPOINT,)
    PRIVATE = (OUTPUT_DIR,)

    def _save_checkpoint(self, model, trial):
        folder = Path(self._get_output_dir(trial=trial)) / f"checkpoint-{self.state.global_step}"
        token = self.before_checkpoint_save(folder)
        super()._save_checkpoint(model, trial)
        self.after_checkpoint_save(folder, token)

    def before_checkpoint_save(self, folder: Path):
        return None

    def after_checkpoint_save(self, folder: Path, token) -> None:
        pass


def load_checkpoint_weights(trainer, checkpoint: str) -> None:
    """Load a checkpoint's model weights into the trainer's model (Trainer._load_from_checkpoint)."""
    require(LOAD_CHECKPOINT)
    trainer._load_from_checkpoint(checkpoint)


def session_start(trainer) -> tuple[int, int]:
    """(global step, input tokens seen) when this process's train() began: transformers'
    Trainer._initial_global_step / _initial_num_input_tokens_seen, (0, 0) before train()."""
    return int(getattr(trainer, "_initial_global_step", 0)), int(getattr(trainer, "_initial_num_input_tokens_seen", 0))


# --------------------------------------------------------------------------- PEFT: LoRA dropout
LORA_PARAM_NAMES = Private("peft", "peft.tuners.lora.layer:LoraLayer.other_param_names")


def lora_dropout_slots(model):
    """(holder, adapter name, module) for each LoRA dropout of a peft model: peft's LoraLayer keeps
    them in a ModuleDict `lora_dropout` keyed by adapter. Nothing (with a warning) if this peft
    no longer does: the dropout then stays torch's."""
    import torch

    names = optional(LORA_PARAM_NAMES, "fast LoRA dropout is off")
    if names is None:
        return
    if "lora_dropout" not in names:
        log.warning("peft %s: LoraLayer has no lora_dropout; fast LoRA dropout is off (%s to restore it)",
                    library_version("peft"), _pin("peft"))
        return
    for module in model.modules():
        holder = getattr(module, "lora_dropout", None)
        if isinstance(holder, torch.nn.ModuleDict):
            for name, drop in list(holder.items()):
                yield holder, name, drop


# --------------------------------------------------------------------------- PEFT: LoRA Linear forward
LORA_LINEAR_FORWARD = Private("peft", "peft.tuners.lora.layer:Linear.forward", ("self", "x", "args", "kwargs"), "exact")
# what the fused forward reads on each layer; peft 0.21 sets them in LoraLayer.__init__ / update_layer
LORA_LINEAR_ATTRS = ("base_layer", "lora_A", "lora_B", "lora_dropout", "scaling", "lora_variant", "active_adapters",
                     "merged", "disable_adapters", "_cast_input_dtype")


def lora_linear_class():
    """peft's LoRA Linear (peft.tuners.lora.layer.Linear), whose forward computes
    base(x) + scaling * B(A(dropout(cast(x)))) for each active vanilla adapter, or None (with a
    warning) if this peft lacks or changed it: medllm.training.levers.use_fused_lora then leaves
    peft's forward alone. The attributes the fused forward reads (LORA_LINEAR_ATTRS) are checked
    on each layer when it is installed."""
    forward = optional(LORA_LINEAR_FORWARD, "fused LoRA is off; peft's LoRA forward runs")
    if forward is None:
        return None
    from peft.tuners.lora.layer import Linear

    return Linear
