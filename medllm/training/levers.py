"""Speed levers for training on CPUs, each one measured by bench/throughput.py.

- `StepTimer`: per-optimizer-step wall time and non-padding tokens, for honest tokens/second.
- `bf16_pays_on_cpu`: whether bf16 matmuls actually beat fp32 on this CPU. A CPU can report
  avx512_bf16 and still run bf16 GEMMs slower than fp32 (a 2-core Xeon here: 166 vs 300
  GFLOP/s), so `precision=auto` on CPU asks the hardware rather than /proc/cpuinfo.
- `FastLoraDropout`: peft's LoRA dropout with a mask drawn from 15-bit integers instead of
  `torch.bernoulli`. Same distribution up to p's rounding to a multiple of 2^-15 (0.05 ->
  0.049988), kept values scaled by the exact 1/(1-p') so the expectation is unchanged; on CPU
  the Bernoulli draw was 14% of an SFT step.
- `use_fused_lora`: each LoRA Linear adds its update to the base output with one addmm (alpha =
  scaling) instead of a matmul, a scale and an add, and q/k/v (gate/up), which read one tensor
  with one dropout mask, compute their A products as one GEMM. Concatenating their frozen base
  weights as well was measured slower (bench/levers.py --only fused) and is not a default.
- `install_compact_lm_head`: TRL's fused LM head scores every position on devices without
  Triton (all prompt and padding tokens too); this scores only the positions whose label is
  not -100 (the summary tokens), with TRL's own chunked log-prob kernel.

None of them changes what is computed beyond float rounding; tests/training/test_perf.py checks the loss
and gradients against the plain fp32 path. The TRL and PEFT internals they touch (the chunked
kernel, the fused head's patched forward, LoRA's dropout modules) are reached through
medllm.training.internals, which checks them and falls back (with a warning) where they changed.
"""

from __future__ import annotations

import functools
import inspect
import logging
import time
import types
from functools import lru_cache

import torch

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- step timing
def step_timer():
    """A TrainerCallback recording each optimizer step's wall time and non-padding tokens."""
    from transformers import TrainerCallback

    class StepTimer(TrainerCallback):
        def __init__(self):
            self.times: list[float] = []
            self.tokens: list[int] = []
            self._t = 0.0
            self._n = 0

        def on_step_begin(self, args, state, control, **kw):
            self._t = time.perf_counter()
            self._n = state.num_input_tokens_seen

        def on_step_end(self, args, state, control, **kw):
            self.times.append(time.perf_counter() - self._t)
            self.tokens.append(int(state.num_input_tokens_seen - self._n))

        def summary(self) -> dict:
            """Median step time and tokens/second over the steps after the first (a warm-up,
            slower by allocation) when there are at least 4 steps, over all of them otherwise
            (the median of 3 already discards one slow step)."""
            pairs = list(zip(self.times, self.tokens))
            if len(pairs) >= 4:
                pairs = pairs[1:]
            if not pairs:
                return {}
            rates = sorted(n / t for t, n in pairs if t > 0)
            times = sorted(t for t, _ in pairs)
            return {
                "step_time_s_median": round(times[len(times) // 2], 3),
                "step_tokens_per_second_median": round(rates[len(rates) // 2], 1) if rates else 0.0,
                "step_times_s": [round(t, 3) for t in self.times],
                "step_tokens": list(self.tokens),
            }

    return StepTimer()


# --------------------------------------------------------------------------- precision probe
def matmul_gflops(dtype: torch.dtype, m: int = 2048, k: int = 576, n: int = 1536, reps: int = 5) -> float:
    """Achieved GFLOP/s of an (m x k) @ (k x n) matmul; the default shape is a SmolLM2-135M MLP
    projection over a batch of 2048 tokens. Median of `reps` after one warm-up."""
    g = torch.Generator().manual_seed(0)  # its own generator: the probe must not move the training seed's stream
    a = torch.randn(m, k, generator=g).to(dtype)
    b = torch.randn(k, n, generator=g).to(dtype)
    a @ b
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - t)
    times.sort()
    return 2 * m * k * n / times[len(times) // 2] / 1e9


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what platform reports."""
    import platform

    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "cpu"


@lru_cache(maxsize=1)
def bf16_pays_on_cpu() -> tuple[bool, float, float]:
    """(bf16 is at least 10% faster, fp32 GFLOP/s, bf16 GFLOP/s), measured once per machine
    (about half a second) and kept in $MEDLLM_CACHE_DIR/cpu_probe.json, keyed by CPU model,
    thread count and torch version, so runs, resumed runs and DDP ranks make the same choice."""
    import json
    import os
    from pathlib import Path

    key = f"{cpu_model()}|threads={torch.get_num_threads()}|torch={torch.__version__}"
    path = Path(os.path.expanduser(os.environ.get("MEDLLM_CACHE_DIR", "~/.cache/medllm"))) / "cpu_probe.json"
    try:
        known = json.loads(path.read_text())
    except (OSError, ValueError):
        known = {}
    if key not in known:
        fp32, bf16 = matmul_gflops(torch.float32), matmul_gflops(torch.bfloat16)
        known[key] = {"fp32_gflops": round(fp32, 1), "bf16_gflops": round(bf16, 1)}
        try:
            from medllm.files import write_json

            path.parent.mkdir(parents=True, exist_ok=True)
            write_json(path, known)
        except OSError:
            pass  # a read-only cache only costs a re-measurement
    fp32, bf16 = known[key]["fp32_gflops"], known[key]["bf16_gflops"]
    return bf16 > 1.1 * fp32, fp32, bf16


# --------------------------------------------------------------------------- LoRA dropout
_BITS = 15  # int32 draws viewed as two int16 halves, each masked to 15 uniform bits


class _MaskedScale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, drop, scale):
        ctx.save_for_backward(drop)
        ctx.scale = scale
        return x.masked_fill(drop, 0).mul_(scale)

    @staticmethod
    def backward(ctx, grad):
        (drop,) = ctx.saved_tensors
        return grad.masked_fill(drop, 0).mul_(ctx.scale), None, None


def dropout_threshold(p: float) -> int:
    """Dropped where a uniform 15-bit draw is below this: probability threshold / 2^15."""
    return min((1 << _BITS) - 1, max(0, round(p * (1 << _BITS))))  # p >= 1 is handled by the caller


def dropout_mask(shape, p: float, device=None) -> torch.Tensor:
    """Boolean mask, True where dropped, each element independently with probability
    dropout_threshold(p) / 2^15. Uses the default torch generator, so torch.manual_seed
    governs it."""
    numel = 1
    for s in shape:
        numel *= s
    words = torch.empty((numel + 1) // 2, dtype=torch.int32, device=device).random_()
    halves = words.view(torch.int16)[:numel].view(shape)
    return (halves & 0x7FFF) < dropout_threshold(p)


class SharedDrop:
    """The last input a model's FastLoraDropout modules saw and its dropped-out copy. q/k/v (and
    gate/up) read the very same hidden-states tensor one after another (once LoRA layers keep the
    input's dtype, see keep_lora_input_dtype): with a shared holder they reuse one mask instead of
    drawing three, and the backward runs one masked scale for their summed gradient. Each adapter
    still sees an exact dropout of its input; only adapters that read the same tensor share the
    draw."""

    def __init__(self):
        self.ref = self.p = self.out = self.grad = None

    def get(self, x: torch.Tensor, p: float):
        if self.ref is not None and self.p == p and self.ref() is x and self.grad == torch.is_grad_enabled():
            return self.out
        return None

    def put(self, x: torch.Tensor, p: float, out: torch.Tensor) -> None:
        import weakref

        self.ref, self.p, self.out, self.grad = weakref.ref(x), p, out, torch.is_grad_enabled()


class FastLoraDropout(torch.nn.Module):
    """Drop-in for the nn.Dropout peft puts before each LoRA A matrix (CPU tensors only; other
    devices use torch's fused dropout); with `shared` (SharedDrop), adapters that read the same
    input tensor share its mask."""

    def __init__(self, p: float, shared: SharedDrop | None = None):
        super().__init__()
        self.p = float(p)
        self.shared = shared

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0.0:
            return x
        if x.device.type != "cpu" or self.p >= 1.0:
            return torch.nn.functional.dropout(x, self.p, True)
        if self.shared is not None and (hit := self.shared.get(x, self.p)) is not None:
            return hit
        threshold = dropout_threshold(self.p)
        scale = (1 << _BITS) / ((1 << _BITS) - threshold)
        out = _MaskedScale.apply(x, dropout_mask(x.shape, self.p, x.device), scale)
        if self.shared is not None:
            self.shared.put(x, self.p, out)
        return out

    def extra_repr(self) -> str:
        return f"p={self.p}"


def use_fast_lora_dropout(model, share: bool = False) -> int:
    """Swap every LoRA dropout (nn.Dropout with p > 0) of a peft model for FastLoraDropout, with
    one mask per input tensor when `share` (SharedDrop). Dropout has no weights, so saved
    adapters are unchanged. Returns how many were swapped."""
    from medllm.training.internals import lora_dropout_slots

    swapped = 0
    shared = SharedDrop() if share else None
    for holder, name, drop in list(lora_dropout_slots(model)):
        if isinstance(drop, torch.nn.Dropout) and drop.p > 0:
            fast = FastLoraDropout(drop.p, shared)
            fast.train(drop.training)
            holder[name] = fast
            swapped += 1
    return swapped


# --------------------------------------------------------------------------- fused LoRA
# sibling projections that read one tensor in Llama-family decoders (SmolLM2, Llama, Qwen, Mistral)
FUSED_GROUPS = (("q_proj", "k_proj", "v_proj"), ("gate_proj", "up_proj"))


def _drop_is_identity(drop) -> bool:
    return isinstance(drop, torch.nn.Identity) or (hasattr(drop, "p") and (drop.p == 0 or not drop.training))


def _vanilla_adapter(layer) -> str | None:
    """The one active adapter of a peft LoRA Linear when the fused forward computes exactly what
    peft's does for it (one active vanilla LoRA adapter: no DoRA or other variant, no LoRA bias,
    not merged, adapters enabled), else None."""
    if layer.disable_adapters or layer.merged:
        return None
    active = [a for a in layer.active_adapters if a in layer.lora_A]
    if len(active) != 1:
        return None
    name = active[0]
    if name in layer.lora_variant or layer.lora_A[name].bias is not None or layer.lora_B[name].bias is not None:
        return None
    return name


class LoraGroup:
    """peft LoRA layers that read the same input tensor (q/k/v; gate/up). The first of them to see
    a tensor computes every member's low-rank activation dropout(x) @ [A_q; A_k; A_v]^T as one GEMM
    and keeps the split; the others take their slice when they see the same tensor. Only where
    the members' dropouts give one mask (FastLoraDropout sharing one SharedDrop, or no dropout):
    then each slice is what the member computes on its own."""

    def __init__(self, layers: list, concat_base: bool = False):
        self.layers = layers
        self.key = None
        self.ref = None
        self.h: dict = {}
        self.base: dict = {}
        # the members' frozen base weights in one matrix (a copy: q/k/v/gate/up stored twice), so
        # their base products are one GEMM too; measured by bench/levers.py, not a default
        self.base_weight = None
        bases = [m.get_base_layer() for m in layers]
        if concat_base and all(type(b) is torch.nn.Linear and b.bias is None for b in bases):
            self.base_weight = torch.cat([b.weight.detach() for b in bases])

    def _key(self, x, name):
        def version(t):  # inference tensors (decoding under torch.inference_mode) keep no version counter
            return None if t.is_inference() else t._version

        return (name, version(x), torch.is_grad_enabled(), torch.is_autocast_enabled(x.device.type),
                tuple(version(m.lora_A[name].weight) for m in self.layers if name in m.lora_A))

    def low_rank(self, layer, name: str, x: torch.Tensor):
        """`layer`'s dropout(x) @ A^T, computed for the whole group, or None where the group cannot
        share it (a member with another active adapter, its own dropout mask, ...)."""
        if self.ref is not None and self.ref() is x and self.key == self._key(x, name) and layer in self.h:
            return self.h[layer]
        members = [m for m in self.layers if _vanilla_adapter(m) == name]
        if len(members) < 2 or layer not in members:
            return None
        drops = [m.lora_dropout[name] for m in members]
        if not all(_drop_is_identity(d) for d in drops):
            first = drops[0]
            if not (isinstance(first, FastLoraDropout) and first.shared is not None and all(
                    isinstance(d, FastLoraDropout) and d.shared is first.shared and d.p == first.p
                    and d.training == first.training for d in drops)):
                return None
        import weakref

        weight = torch.cat([m.lora_A[name].weight for m in members])
        h = torch.nn.functional.linear(layer.lora_dropout[name](x), weight)
        self.h = dict(zip(members, h.split([m.lora_A[name].out_features for m in members], dim=-1)))
        self.base = {}
        if self.base_weight is not None and len(members) == len(self.layers):
            outs = torch.nn.functional.linear(x, self.base_weight)
            self.base = dict(zip(members, outs.split([m.get_base_layer().out_features for m in members], dim=-1)))
        self.ref, self.key = weakref.ref(x), self._key(x, name)
        return self.h[layer]


def fused_lora_forward(self, x: torch.Tensor, *args, **kwargs) -> torch.Tensor:
    """peft's LoRA Linear forward, base(x) + s * (dropout(x) @ A^T) @ B^T, with the update added by
    one addmm (the base output as its input, alpha = s) instead of a matmul, a scale and an add,
    and the A products of a LoraGroup in one GEMM. Anything else (several or variant adapters,
    merged or disabled adapters, extra arguments, mixed dtypes without autocast) runs peft's own
    forward."""
    name = None if args or kwargs else _vanilla_adapter(self)
    if name is None:
        return type(self).forward(self, x, *args, **kwargs)
    lora_a, lora_b = self.lora_A[name], self.lora_B[name]
    xa = self._cast_input_dtype(x, lora_a.weight.dtype)
    if not torch.is_autocast_enabled(x.device.type) and not (
            xa.dtype == lora_a.weight.dtype == lora_b.weight.dtype == self.get_base_layer().weight.dtype):
        return type(self).forward(self, x, *args, **kwargs)
    group = self._medllm_lora_group
    h = group.low_rank(self, name, xa) if group is not None and xa is x else None
    result = group.base.get(self) if h is not None else None
    if result is None:
        result = self.base_layer(x)
    if h is None:
        h = lora_a(self.lora_dropout[name](xa))
    out = torch.addmm(result.reshape(-1, result.shape[-1]), h.reshape(-1, h.shape[-1]), lora_b.weight.t(),
                      alpha=self.scaling[name])
    return out.view(result.shape).to(result.dtype)


def use_fused_lora(model, group: bool = True, concat_base: bool = False) -> int:
    """Give every peft LoRA Linear of `model` the fused forward (an instance attribute: weights,
    state dict keys and saved adapters are unchanged), with sibling projections that read one
    tensor grouped (FUSED_GROUPS) when `group`. Returns how many layers were switched; 0, with a
    warning, if this peft's LoRA Linear is not the one the fused forward was written for."""
    from medllm.training.internals import LORA_LINEAR_ATTRS, library_version, lora_linear_class

    linear = lora_linear_class()
    if linear is None:
        return 0
    layers = [m for m in model.modules() if type(m) is linear]
    if any(not hasattr(m, a) for m in layers for a in LORA_LINEAR_ATTRS):
        log.warning("peft %s: LoRA Linear lacks one of %s; fused LoRA is off", library_version("peft"),
                    ", ".join(LORA_LINEAR_ATTRS))
        return 0
    for m in layers:
        m._medllm_lora_group = None
        m.forward = types.MethodType(fused_lora_forward, m)
    if group:
        for parent in model.modules():
            children = dict(parent.named_children())
            for names in FUSED_GROUPS:
                members = [children[n] for n in names if type(children.get(n)) is linear]
                if len(members) > 1:
                    g = LoraGroup(members, concat_base=concat_base)
                    for m in members:
                        m._medllm_lora_group = g
    return len(layers)


def unfuse_lora(model) -> None:
    """Undo use_fused_lora: peft's own forward again."""
    for m in model.modules():
        if "forward" in vars(m) and getattr(vars(m)["forward"], "__func__", None) is fused_lora_forward:
            del m.forward
            m._medllm_lora_group = None


# --------------------------------------------------------------------------- compact LM head
def install_compact_lm_head(causal_lm, outputs: tuple[str, ...], share_prefix: bool = False) -> bool:
    """Wrap the forward TRL patched onto `causal_lm` (add_fused_lm_head) so that, on CPU, the
    LM head runs only over positions with a label (TRL does this only where Triton exists).
    With `share_prefix`, a DPO batch's prompt runs once for its chosen and rejected rows (see
    shared_prefix_hidden).
    Models with logit soft-capping, logit scaling or router losses keep TRL's path. Returns
    whether the compact head was installed."""
    from medllm.training.internals import trl_chunked_logprob, trl_fused_forward

    kernel = trl_chunked_logprob()
    text_config = causal_lm.config.get_text_config()
    special = any(
        getattr(text_config, key, None) not in (None, 1.0)
        for key in ("final_logit_softcapping", "logit_scale", "output_multiplier", "lm_head_multiplier", "logits_scaling")
    ) or getattr(text_config, "output_router_logits", False)
    trl_forward = trl_fused_forward(causal_lm)
    if kernel is None or special or trl_forward is None:
        log.warning("compact LM head not installed (%s); TRL's fused head scores every position",
                    "this TRL lacks or changed its chunked log-prob kernel" if kernel is None else
                    "the model scales or caps its logits" if special else "TRL did not patch the forward")
        return False

    @functools.wraps(type(causal_lm).forward)
    def forward(self, *args, fused_lm_head=False, labels=None, shift_labels=None, num_items_in_batch=None, **kwargs):
        head = self.get_output_embeddings()
        if not fused_lm_head or shift_labels is not None or head.weight.device.type != "cpu":
            return trl_forward(*args, fused_lm_head=fused_lm_head, labels=labels, shift_labels=shift_labels,
                               num_items_in_batch=num_items_in_batch, **kwargs)
        kwargs["use_cache"] = False
        targets = labels[:, 1:]
        mask = targets != -100
        shared = shared_prefix_hidden(self.base_model, labels, **kwargs) if share_prefix and not args else None
        if shared is not None:  # hidden states of the summary positions, prompts run once per pair
            rows = shared
        else:
            rows = self.base_model(*args, **kwargs).last_hidden_state[:, :-1][mask]
        per_token = kernel(rows, head.weight, head.bias, targets[mask], outputs)
        # masked_scatter keeps an all-masked batch connected to the graph (a differentiable zero)
        log_probs, entropy, log_sum_sq_probs, mean_logits, is_top1 = (
            None if x is None else x.new_zeros(mask.shape).masked_scatter(mask, x) for x in per_token
        )
        denom = mask.sum().clamp(min=1) if num_items_in_batch is None else num_items_in_batch
        return kernel.output_cls(
            loss=-log_probs.sum() / denom, log_probs=log_probs, entropy=entropy, log_sum_sq_probs=log_sum_sq_probs,
            mean_logits=mean_logits, is_top1=is_top1, label_mask=mask, aux_loss=None,
        )

    causal_lm.forward = types.MethodType(forward, causal_lm)
    return True


def shared_prefix_hidden(backbone, labels, input_ids=None, attention_mask=None, use_cache=False, **extra):
    """Hidden states at the labelled positions (row-major, as `hidden[:, :-1][labels[:, 1:] != -100]`)
    computed with each shared prompt run once.

    A DPO batch is [prompt_i + chosen_i ; prompt_i + rejected_i] (TRL's collator, right-padded):
    the prompt, most of the tokens, is the same in rows i and i+B. This runs the B prompts (all
    but their last token) once, copies their keys/values to both rows, and runs only the last
    prompt token and the responses on top, with the positions they have in the full sequence.
    Exact up to float rounding (tests/training/test_perf.py). Returns None, and the caller runs the full
    batch, unless every pair shares its prompt, padding is on the right, labels are one
    contiguous block per row, nothing else is passed, and the cache is not disabled by
    activation checkpointing.
    """
    from transformers import DynamicCache

    # peft passes its unused arguments along as None / False (inputs_embeds, output_attentions, ...)
    extra = {k: v for k, v in extra.items() if v is not None and v is not False and k != "return_dict"}
    if extra or input_ids is None or attention_mask is None or input_ids.size(0) % 2:
        return None
    if getattr(backbone, "gradient_checkpointing", False) and backbone.training and torch.is_grad_enabled():
        return None
    n, width = input_ids.shape
    b = n // 2
    lengths = attention_mask.sum(dim=1)
    pos = torch.arange(width, device=input_ids.device)
    if not torch.equal(attention_mask.bool(), pos[None, :] < lengths[:, None]):
        return None  # not right-padded
    labelled = labels != -100
    starts = torch.where(labelled.any(dim=1), labelled.int().argmax(dim=1), lengths)
    if not torch.equal(labelled, (pos[None, :] >= starts[:, None]) & (pos[None, :] < lengths[:, None])):
        return None  # labels are not one block running to the end of the row
    if not torch.equal(starts[:b], starts[b:]) or int(starts.min()) < 2:
        return None
    prefix_len = starts[:b] - 1  # the last prompt token goes with the response: its output predicts the first token
    width_p = int(prefix_len.max())
    if not torch.equal((input_ids[:b] == input_ids[b:]) | (pos[None, :] >= prefix_len[:, None]),
                       torch.ones_like(input_ids[:b], dtype=torch.bool)):
        return None  # rows i and i+B do not share their prompt

    key = "cache" if "cache" in inspect.signature(backbone.forward).parameters else "past_key_values"
    cache = DynamicCache(config=backbone.config)
    prefix_mask = (pos[None, :width_p] < prefix_len[:, None]).long()
    backbone(input_ids=input_ids[:b, :width_p], attention_mask=prefix_mask, use_cache=True,
             position_ids=pos[None, :width_p].expand(b, -1), **{key: cache})
    both = torch.cat([torch.arange(b), torch.arange(b)]).to(input_ids.device)
    cache.batch_select_indices(both)

    resp_len = lengths - starts + 1  # last prompt token + response
    width_r = int(resp_len.max())
    j = torch.arange(width_r, device=input_ids.device)
    src = (starts - 1)[:, None] + j[None, :]
    resp_mask = j[None, :] < resp_len[:, None]
    resp_ids = input_ids.gather(1, src.clamp(max=width - 1)).masked_fill(~resp_mask, 0)
    hidden = backbone(
        input_ids=resp_ids, attention_mask=torch.cat([prefix_mask[both], resp_mask.long()], dim=1),
        position_ids=src, use_cache=True, **{key: cache},
    ).last_hidden_state
    del cache
    return hidden[:, :-1][(j[None, :-1] < (resp_len - 1)[:, None])]


# --------------------------------------------------------------------------- wiring
def sampling_kwargs(hw: dict) -> dict:
    """Trainer arguments for `hardware.group_by_length` (see medllm.training.internals.LengthGroupedTrainerMixin)."""
    return {"train_sampling_strategy": "group_by_length"} if hw.get("group_by_length", True) else {}


def keep_lora_input_dtype(model) -> int:
    """Let every LoRA layer read its input in the dtype it arrives in (peft's own switch, the one
    peft.helpers.disable_input_dtype_casting flips). With a bf16-stored base under bf16 autocast,
    peft would cast each adapter's bf16 input to its fp32 weights' dtype and autocast would cast it
    straight back for the matmul: two full copies of the activations per adapter per pass, for a
    bf16 product either way (the dropout's scaling rounds once to bf16 on both paths). Returns how
    many layers were switched (0 with a peft that lacks the switch)."""
    try:
        from peft.helpers import disable_input_dtype_casting  # noqa: F401  (present: the attribute is honoured)
        from peft.tuners.tuners_utils import BaseTunerLayer
    except ImportError:
        return 0
    n = 0
    for mod in model.modules():
        if isinstance(mod, BaseTunerLayer):
            mod.cast_input_dtype_enabled = False
            n += 1
    return n


def _base_in_bf16(model) -> bool:
    return any(p.dtype == torch.bfloat16 and not p.requires_grad for p in model.parameters())


def apply_levers(model, hw: dict, outputs: tuple[str, ...], share_prefix: bool = False) -> None:
    """Apply the profile's levers to a trainer's (peft) model after TRL patched it."""
    done = []
    if hw.get("lora_keep_input_dtype", True) and hw.get("device") == "cpu" and _base_in_bf16(model) \
            and keep_lora_input_dtype(model):
        done.append("LoRA reads the bf16 activations as they are")
    share = bool(hw.get("shared_lora_dropout", True))
    if hw.get("fast_lora_dropout", True) and use_fast_lora_dropout(model, share=share):
        done.append("fast LoRA dropout" + (", one mask per input tensor" if share else ""))
    if hw.get("fused_lora", True) and hw.get("device") == "cpu" and use_fused_lora(model):
        done.append("fused LoRA (update added by one addmm, q/k/v and gate/up A products in one GEMM)")
    if hw.get("compact_lm_head", True) and hw.get("device") == "cpu":
        base = model.get_base_model() if hasattr(model, "get_base_model") else model
        if install_compact_lm_head(base, outputs, share_prefix=share_prefix):
            done.append("compact LM head" + (", prompt run once per pair" if share_prefix else ""))
    if done:
        log.info("speed levers: %s", ", ".join(done))
