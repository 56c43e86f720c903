"""Contract tests for medllm.training.internals: every private TRL / transformers / PEFT API medllm uses
exists, has the parameters medllm passes or overrides, and still does what medllm relies on.
A release that changes one fails here (and the guard refuses it at run time)."""

import logging
import tomllib

import pytest
import torch

from medllm.training import internals as I
from medllm.errors import DependencyError
from tests.conftest import ROOT
from tests.stages.test_sft import TINY

HW = {"device": "cpu", "quantization": "none", "attn_implementation": "sdpa", "gradient_checkpointing": False}
APIS = sorted((v for v in vars(I).values() if isinstance(v, I.Private)), key=lambda a: a.where)


# --------------------------------------------------------------------------- the guard
def test_tested_ranges_are_pyprojects():
    from packaging.requirements import Requirement

    deps = {r.name: r.specifier for r in map(Requirement, tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"])}
    from packaging.specifiers import SpecifierSet

    for lib, spec in I.TESTED.items():
        assert SpecifierSet(spec) == deps[lib], f"internals.TESTED[{lib!r}] = {spec}, pyproject.toml says {deps[lib]}"


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_private_api_exists_with_the_parameters_medllm_uses(api):
    obj, problem, _ = I.check(api)
    assert problem is None, problem
    assert I.require(api) is obj


def test_installed_versions_are_in_the_tested_range():
    from packaging.specifiers import SpecifierSet

    for lib, spec in I.TESTED.items():
        assert SpecifierSet(spec).contains(I.library_version(lib), prereleases=True), (lib, I.library_version(lib))


def _changed(a, b):  # a stand-in for a private method whose parameters a release renamed
    pass


def test_a_changed_signature_is_a_one_line_error_naming_library_version_and_symbol():
    api = I.Private("trl", "tests.training.test_internals:_changed", ("a", "dataset"), "exact")
    with pytest.raises(DependencyError) as ex:
        I.require(api)
    msg = str(ex.value)
    assert "\n" not in msg
    assert f"trl {I.library_version('trl')}" in msg and "tests.training.test_internals._changed" in msg
    assert "has parameters (a, b), medllm expects (a, dataset)" in msg and f"pip install 'trl{I.TESTED['trl']}'" in msg


def test_a_missing_symbol_is_an_error_and_optional_falls_back_with_a_warning(caplog):
    api = I.Private("trl", "trl.trainer.utils:_NO_SUCH_CONSTANT")
    with pytest.raises(DependencyError, match=r"^trl \S+ has no trl\.trainer\.utils\._NO_SUCH_CONSTANT; medllm relies on it"):
        I.require(api)
    with caplog.at_level(logging.WARNING, logger="medllm.training.internals"):
        assert I.optional(api, "using the default") is None
    assert "has no trl.trainer.utils._NO_SUCH_CONSTANT; using the default" in caplog.text


def test_an_untested_version_is_an_error_unless_allowed(monkeypatch, caplog):
    api = I.Private("peft", "tests.training.test_internals:_changed", ("a", "b"), "exact")
    monkeypatch.setattr(I, "library_version", lambda lib: "99.0.0")
    with pytest.raises(DependencyError, match=r"peft 99\.0\.0 is outside the range medllm is tested with .*pip install 'peft"):
        I.require.__wrapped__(api)
    monkeypatch.setenv(I.ALLOW_UNTESTED, "1")
    with caplog.at_level(logging.WARNING, logger="medllm.training.internals"):
        assert I.require.__wrapped__(api) is _changed
    assert "outside the range" in caplog.text


def test_a_mixin_refuses_a_base_class_whose_private_method_changed():
    class Renamed:  # a release that renamed the hook medllm overrides: the override would never run
        def __init__(self, *a, **kw):
            pass

    class Changed:
        def __init__(self, *a, **kw):
            pass

        def _prepare_dataset(self, dataset, args):
            pass

    class A(I.PretokenizedDPOMixin, Renamed):
        pass

    class B(I.PretokenizedDPOMixin, Changed):
        pass

    with pytest.raises(DependencyError, match="no class under A defines _prepare_dataset"):
        A()
    with pytest.raises(DependencyError, match=r"Changed\._prepare_dataset has parameters \(self, dataset, args\)"):
        B()


def test_medllm_trainers_pass_the_guard():
    from trl import DPOTrainer, SFTTrainer

    from medllm.training.checkpoints import ResumableTrainerMixin

    class D(ResumableTrainerMixin, I.LengthGroupedTrainerMixin, I.PretokenizedDPOMixin, I.RefLogpsMixin, DPOTrainer):
        pass

    class S(ResumableTrainerMixin, I.LengthGroupedTrainerMixin, SFTTrainer):
        pass

    I.check_trainer_class(D)
    I.check_trainer_class(S)


# --------------------------------------------------------------------------- TRL: loss types
def test_dpo_loss_types_come_from_trl_and_agree_with_its_docs():
    dispatched = I.loss_types_dispatched(I.trl_source("trainer.dpo_trainer"))
    documented = I.loss_types_documented(I.trl_source("trainer.dpo_config"))
    assert {"sigmoid", "ipo", "hinge", "robust"} <= dispatched
    assert dispatched == documented == I.dpo_loss_types()


def test_validate_accepts_what_trl_computes_and_rejects_the_rest():
    from hydra import compose, initialize_config_dir

    from medllm.config import validate
    from medllm.errors import ConfigError

    def config(loss):
        with initialize_config_dir(config_dir=str(ROOT / "conf"), version_base="1.3"):
            return compose(config_name="config", overrides=["stage=dpo", f"stage.loss_type={loss}"])

    assert "sigmoid_norm" in I.dpo_loss_types()  # added in TRL 1.x; medllm's old copy lacked it
    for loss in sorted(I.dpo_loss_types()):
        assert validate(config(loss))["stage"]["loss_type"] == loss
    with pytest.raises(ConfigError, match="'stage.loss_type' is 'sigmoidd'; choose one of .*'sigmoid_norm'"):
        validate(config("sigmoidd"))


# --------------------------------------------------------------------------- TRL: fused LM head
def test_chunked_logprob_equals_a_plain_log_softmax_gather_and_its_gradient():
    kernel = I.trl_chunked_logprob()
    assert kernel is not None and kernel.chunk_size > 0
    g = torch.Generator().manual_seed(0)
    hidden = torch.randn(11, 16, generator=g, requires_grad=True)
    weight = torch.randn(50, 16, generator=g, requires_grad=True)
    bias = torch.randn(50, generator=g)
    targets = torch.randint(0, 50, (11,), generator=g)
    outputs = ("log_probs", "entropy", "is_top1")

    logits = hidden @ weight.T + bias
    plain = logits.log_softmax(-1)
    want = plain.gather(1, targets[:, None])[:, 0]
    for k in (kernel, I.ChunkedLogProb(kernel.apply, kernel.order, 7, kernel.output_cls)):  # one tile, several tiles
        log_probs, entropy, log_sum_sq, mean_logits, is_top1 = k(hidden, weight, bias, targets, outputs)
        torch.testing.assert_close(log_probs, want, rtol=1e-5, atol=1e-5)
        torch.testing.assert_close(entropy, -(plain.exp() * plain).sum(-1), rtol=1e-5, atol=1e-5)
        assert torch.equal(is_top1.bool(), logits.argmax(-1) == targets)
        assert log_sum_sq is None and mean_logits is None  # not asked for
        got = torch.autograd.grad(log_probs.sum(), (hidden, weight))
        ref = torch.autograd.grad(want.sum(), (hidden, weight), retain_graph=True)
        for a, b in zip(got, ref):
            torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)


def test_add_fused_lm_head_patches_an_instance_forward_returning_fused_outputs():
    from trl.trainer.utils import FusedCausalLMOutput, add_fused_lm_head

    from medllm.training.models import load_base_model

    torch.manual_seed(0)
    model = load_base_model(TINY, HW, "fp32", None).eval()
    assert I.trl_fused_forward(model) is None
    add_fused_lm_head(model, outputs=("log_probs",))
    assert I.trl_fused_forward(model) is not None
    ids = torch.randint(0, 100, (2, 9))
    labels = ids.clone()
    labels[:, :4] = -100
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=torch.ones_like(ids), labels=labels, fused_lm_head=True,
                    shift_labels=None, num_items_in_batch=None)
        plain = model(input_ids=ids, attention_mask=torch.ones_like(ids)).logits.log_softmax(-1)
    assert isinstance(out, FusedCausalLMOutput) and out.log_probs.shape == (2, 8)
    want = plain[:, :-1].gather(2, ids[:, 1:, None])[..., 0].masked_fill(labels[:, 1:] == -100, 0)
    torch.testing.assert_close(out.log_probs, want, rtol=1e-4, atol=1e-5)


# --------------------------------------------------------------------------- TRL: DPOTrainer hooks
def _pairs(n, seed=0):
    from datasets import Dataset

    g = torch.Generator().manual_seed(seed)
    rows = []
    for i in range(n):
        p = torch.randint(5, 90, (6 + i,), generator=g).tolist()
        rows.append({"prompt_ids": p, "chosen_ids": [11, 12, 13], "rejected_ids": [11, 14], "length": len(p) + 3})
    return Dataset.from_list(rows)


def test_dpo_trainer_calls_the_hooks_medllm_overrides_with_the_arguments_it_expects(tokenizer, tmp_path):
    from trl import DPOConfig, DPOTrainer

    from tests.training.test_levers import lora_model

    calls = []

    class Spy(I.PretokenizedDPOMixin, I.RefLogpsMixin, DPOTrainer):
        def _prepare_dataset(self, dataset, processing_class, args, dataset_name):
            calls.append(("prepare", dataset_name, processing_class is tokenizer, args is self_args))
            return super()._prepare_dataset(dataset, processing_class, args, dataset_name)

        def precompute_reference(self, dataset, name, batch_size):
            calls.append(("reference", name, batch_size))
            from torch.utils.data import DataLoader

            batch = next(iter(DataLoader(dataset, batch_size=len(dataset), collate_fn=self.data_collator)))
            assert "completion_mask" in batch  # medllm.stages.dpo.policy_logps reads it
            chosen, rejected = self.ref_log_probs(batch)
            assert chosen.shape == rejected.shape == (len(dataset),)
            assert torch.all(chosen < 0) and not torch.equal(chosen, rejected)
            # summed over the response tokens only, with the frozen "ref" adapter (no grad)
            assert not chosen.requires_grad
            return dataset.add_column("ref_chosen_logps", chosen.tolist()).add_column("ref_rejected_logps", rejected.tolist())

    self_args = DPOConfig(output_dir=str(tmp_path), use_cpu=True, bf16=False, report_to=[], per_device_train_batch_size=2,
                          per_device_eval_batch_size=3, precompute_ref_log_probs=True, max_length=64)
    train, evalset = _pairs(4), _pairs(3, seed=1)
    trainer = Spy(model=lora_model(), args=self_args, train_dataset=train, eval_dataset=evalset, processing_class=tokenizer)
    assert calls == [("prepare", "train", True, True), ("prepare", "eval", True, True), ("reference", "train", 2), ("reference", "eval", 3)]
    assert trainer.train_dataset["prompt_ids"] == train["prompt_ids"]  # used as given, not re-tokenized
    assert "ref" in trainer.model.peft_config  # medllm.stages.dpo.load_ref_weights fills this adapter
    assert "ref_chosen_logps" in trainer.train_dataset.column_names


# --------------------------------------------------------------------------- transformers: samplers
def _sft(tokenizer, tmp_path, mixin=True, **over):
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    from tests.training.test_levers import lora_model

    bases = (I.LengthGroupedTrainerMixin, SFTTrainer) if mixin else (SFTTrainer,)
    trainer_cls = type("T", bases, {})
    ds = Dataset.from_list([{"input_ids": [1] * n, "completion_mask": [1] * n, "length": n} for n in range(10, 42)])
    kw = dict(output_dir=str(tmp_path), use_cpu=True, bf16=False, per_device_train_batch_size=4, per_device_eval_batch_size=4,
              report_to=[], seed=42, data_seed=42, train_sampling_strategy="group_by_length")
    args = SFTConfig(**{**kw, **over})
    return trainer_cls(model=lora_model(), args=args, train_dataset=ds, eval_dataset=ds, processing_class=tokenizer)


def test_trainer_builds_its_dataloaders_from_the_sampler_hooks(tokenizer, tmp_path, monkeypatch):
    trainer = _sft(tokenizer, tmp_path)
    seen = []
    order = list(range(31, -1, -1))

    class Reverse(torch.utils.data.Sampler):
        def __init__(self, n):
            self.n = n

        def __iter__(self):
            return iter(order[: self.n])

        def __len__(self):
            return self.n

    def train_hook(train_dataset=None):
        seen.append("train")
        return Reverse(32)

    def eval_hook(eval_dataset):
        seen.append(("eval", len(eval_dataset)))
        return Reverse(32)

    monkeypatch.setattr(trainer, "_get_train_sampler", train_hook)
    monkeypatch.setattr(trainer, "_get_eval_sampler", eval_hook)
    first = next(iter(trainer.get_train_dataloader()))["attention_mask"].sum(1).tolist()
    assert first == [41, 40, 39, 38]  # the hook's order, i.e. the last examples first
    next(iter(trainer.get_eval_dataloader()))
    assert seen == ["train", ("eval", 32)]


def test_length_grouped_indices_sort_each_mega_batch_and_follow_the_generator():
    lengths = [(7 * i) % 50 + 1 for i in range(64)]
    idx = I.seeded_length_grouped_sampler(4, lengths, seed=3)
    a = list(idx)
    assert sorted(a) == list(range(64)) and a == list(I.seeded_length_grouped_sampler(4, lengths, seed=3))
    assert a != list(I.seeded_length_grouped_sampler(4, lengths, seed=4))
    # transformers' rule: a random permutation cut into mega-batches (min(50, n / 4 batches) batches:
    # 16 examples here), each sorted longest first, the longest of all moved to the front
    got = [lengths[i] for i in a]
    assert got[0] == max(lengths)
    for start in range(0, 64, 16):
        assert got[start + 1 : start + 16] == sorted(got[start + 1 : start + 16], reverse=True)


def test_transformers_own_group_by_length_still_falls_short(tokenizer, tmp_path):
    """Why LengthGroupedTrainerMixin exists. If this fails, transformers/TRL now keep the length
    column or seed the training sampler: try dropping the override (see the internals docstring)."""
    from trl import DPOConfig, DPOTrainer

    from tests.training.test_levers import lora_model

    trainer = _sft(tokenizer, tmp_path / "sft", mixin=False, length_column_name="length")
    assert "length" not in trainer._remove_unused_columns(trainer.train_dataset).column_names
    sampler = trainer._get_train_sampler(trainer._remove_unused_columns(trainer.train_dataset))
    torch.manual_seed(0)
    a = list(sampler)
    torch.manual_seed(1)
    assert list(sampler) != a and not hasattr(sampler, "set_epoch")  # the global RNG decides the order

    class Pretokenized(I.PretokenizedDPOMixin, DPOTrainer):
        pass

    args = DPOConfig(output_dir=str(tmp_path / "dpo"), use_cpu=True, bf16=False, report_to=[], per_device_train_batch_size=2,
                     train_sampling_strategy="group_by_length", length_column_name="length", precompute_ref_log_probs=False)
    dpo = Pretokenized(model=lora_model(), args=args, train_dataset=_pairs(8), processing_class=tokenizer)
    with pytest.raises(ValueError, match="input_ids"):
        dpo.get_train_dataloader()


# --------------------------------------------------------------------------- transformers: checkpoints
def test_save_checkpoint_hook_runs_around_each_save_and_load_restores_the_weights(tokenizer, tmp_path):
    from trl import SFTConfig, SFTTrainer

    from medllm.training.checkpoints import MARKER, ResumableTrainerMixin
    from tests.training.test_levers import lora_model

    events = []

    class T(ResumableTrainerMixin, SFTTrainer):
        def before_checkpoint_save(self, folder):
            events.append(("before", folder.name, folder.is_dir()))
            return super().before_checkpoint_save(folder)

        def after_checkpoint_save(self, folder, token):
            events.append(("after", folder.name, (folder / "adapter_model.safetensors").is_file()))
            super().after_checkpoint_save(folder, token)

    from datasets import Dataset

    ds = Dataset.from_list([{"input_ids": list(range(5, 5 + n)), "completion_mask": [0, 0] + [1] * (n - 2)} for n in (8, 9, 10, 11)])
    args = SFTConfig(output_dir=str(tmp_path), use_cpu=True, bf16=False, report_to=[], per_device_train_batch_size=2, max_steps=2,
                     save_strategy="steps", save_steps=1, logging_steps=1, learning_rate=1e-2, disable_tqdm=True)
    trainer = T(model=lora_model(), args=args, train_dataset=ds, processing_class=tokenizer)
    assert I.session_start(trainer) == (0, 0)
    trainer.train()
    assert hasattr(trainer, "_initial_global_step") and hasattr(trainer, "_initial_num_input_tokens_seen")
    assert events == [("before", "checkpoint-1", False), ("after", "checkpoint-1", True),
                      ("before", "checkpoint-2", False), ("after", "checkpoint-2", True)]
    assert (tmp_path / "checkpoint-2" / MARKER).is_file()

    trained = {n: p.detach().clone() for n, p in trainer.model.named_parameters() if "lora_" in n}
    with torch.no_grad():
        for n, p in trainer.model.named_parameters():
            if "lora_" in n:
                p.zero_()
    I.load_checkpoint_weights(trainer, str(tmp_path / "checkpoint-2"))
    for n, p in trainer.model.named_parameters():
        if n in trained:
            assert torch.equal(p, trained[n]), n


# --------------------------------------------------------------------------- PEFT: LoRA dropout
def test_lora_dropout_slots_are_the_dropout_peft_applies_before_lora_a():
    from tests.training.test_levers import lora_model

    model = lora_model(dropout=0.1).train()
    slots = list(I.lora_dropout_slots(model))
    n_lora = sum(1 for name, _ in model.named_modules() if name.endswith(".lora_A"))
    assert len(slots) == n_lora > 0 and all(isinstance(d, torch.nn.Dropout) and d.p == 0.1 for _, _, d in slots)

    class Zero(torch.nn.Module):  # a "dropout" that drops everything: only the base model's output remains
        def forward(self, x):
            return x * 0

    ids = torch.randint(0, 100, (1, 7))
    with torch.no_grad():
        with model.disable_adapter():
            base = model(input_ids=ids).logits
        assert not torch.allclose(model.eval()(input_ids=ids).logits, base)  # the LoRA weights change the output
        model.train()
        for holder, name, _ in slots:
            holder[name] = Zero()
        dropped = model(input_ids=ids).logits
    torch.testing.assert_close(dropped, base)
