"""Shared fixtures: an isolated environment per test, one embedding model and one sample index per run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from signalbox.agents import Assistant, Settings
from signalbox.agents.resources import shared_embeddings
from signalbox.tools.knowledge import KnowledgeBase, LocalEmbeddings, ingest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "app" / "samples"
_SETTINGS_VARIABLES = [
    "SIGNALBOX_DATA_DIR",
    "SIGNALBOX_COLLECTION",
    "SIGNALBOX_TOP_K",
    "SIGNALBOX_SEARCH_MODE",
    "SIGNALBOX_NEIGHBOURS",
    "SIGNALBOX_WEB_SEARCH",
    "SIGNALBOX_WEB_TIMEOUT",
    "SIGNALBOX_RETRIES",
    "SIGNALBOX_RETRY_BACKOFF",
    "SIGNALBOX_MEMORY_TOKENS",
    "SIGNALBOX_MODEL",
    "SIGNALBOX_MODEL_TIMEOUT",
    "SIGNALBOX_TEMPERATURE",
    "SIGNALBOX_MAX_FILE_MB",
    "SIGNALBOX_MAX_PAGES",
    "SIGNALBOX_MAX_CHARS",
    "SIGNALBOX_PARSE_TIMEOUT",
    "SIGNALBOX_PARSE_MEMORY_MB",
    "SIGNALBOX_OCR_PAGES",
    "SIGNALBOX_OCR_TIMEOUT",
    "SIGNALBOX_MCP_CONFIG",
    "SIGNALBOX_MCP_TOKEN",
    "QDRANT_URL",
    "QDRANT_API_KEY",
    "TAVILY_API_KEY",
    "TAVILY_BASE_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
]

os.environ["HF_HUB_OFFLINE"] = "1"


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No developer .env or exported key leaks into a test; the working directory is a temp dir."""
    for name in _SETTINGS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    # Retries still happen, but without the real half-second backoff that would only slow the suite.
    monkeypatch.setenv("SIGNALBOX_RETRY_BACKOFF", "0.01")
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def embeddings() -> LocalEmbeddings:
    """The real all-MiniLM-L6-v2, loaded once for the whole run."""
    return shared_embeddings()


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory: pytest.TempPathFactory, embeddings: LocalEmbeddings) -> Path:
    """A data dir whose index holds the bundled sample corpus, ingested once per run."""
    data_dir = tmp_path_factory.mktemp("sample-data")
    settings = Settings(data_dir=data_dir)
    kb = Assistant(settings).knowledge
    report = ingest(kb, [SAMPLES])
    assert not report.failed, report.failed
    return data_dir


@pytest.fixture
def sample_assistant(sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Assistant:
    """An offline assistant over the sample corpus (no web search configured)."""
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    return Assistant()


@pytest.fixture
def empty_kb(tmp_path: Path, embeddings: LocalEmbeddings) -> Iterator[KnowledgeBase]:
    """A knowledge base in a fresh local folder."""
    yield Assistant(Settings(data_dir=tmp_path / "data")).knowledge
