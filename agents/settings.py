"""Settings from the environment and ``.env``; every field is documented in ``.env.example``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from signalbox.tools.knowledge.embeddings import DEFAULT_BACKEND, EmbeddingBackend
from signalbox.tools.knowledge.loaders import FileLimits


def _env(name: str) -> AliasChoices:
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    """Where data lives and which services are configured."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    data_dir: Path = Field(Path("data"), validation_alias=_env("SIGNALBOX_DATA_DIR"))
    collection: str = Field("signalbox", validation_alias=_env("SIGNALBOX_COLLECTION"))
    top_k: int = Field(5, ge=1, le=50, validation_alias=_env("SIGNALBOX_TOP_K"))
    search_mode: Literal["dense", "sparse", "hybrid"] = Field(
        "hybrid", validation_alias=_env("SIGNALBOX_SEARCH_MODE")
    )
    neighbours: int = Field(1, ge=0, le=10, validation_alias=_env("SIGNALBOX_NEIGHBOURS"))
    embed_backend: EmbeddingBackend = Field(
        DEFAULT_BACKEND, validation_alias=_env("SIGNALBOX_EMBED_BACKEND")
    )
    memory_tokens: int = Field(3000, ge=200, validation_alias=_env("SIGNALBOX_MEMORY_TOKENS"))
    hnsw_from: int = Field(200_000, ge=1, validation_alias=_env("SIGNALBOX_HNSW_FROM"))
    """Chunks outside the HNSW graph from which `signalbox ingest` builds it: below, exact search
    answers a hybrid query in tens of milliseconds (README, Performance, Scale)."""
    qdrant_url: str | None = Field(None, validation_alias=_env("QDRANT_URL"))
    qdrant_api_key: SecretStr | None = Field(None, validation_alias=_env("QDRANT_API_KEY"))
    tavily_api_key: SecretStr | None = Field(None, validation_alias=_env("TAVILY_API_KEY"))
    tavily_base_url: str | None = Field(None, validation_alias=_env("TAVILY_BASE_URL"))
    web_search: bool = Field(True, validation_alias=_env("SIGNALBOX_WEB_SEARCH"))
    """Whether the web route and the corrective fallback may search (when a key is configured)."""
    web_timeout_s: float = Field(15.0, gt=0, validation_alias=_env("SIGNALBOX_WEB_TIMEOUT"))
    openai_api_key: SecretStr | None = Field(None, validation_alias=_env("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(None, validation_alias=_env("OPENAI_BASE_URL"))
    model: str = Field("gpt-4o-mini", validation_alias=_env("SIGNALBOX_MODEL"))
    temperature: float = Field(0.0, ge=0, le=2, validation_alias=_env("SIGNALBOX_TEMPERATURE"))
    model_timeout_s: float = Field(60.0, gt=0, validation_alias=_env("SIGNALBOX_MODEL_TIMEOUT"))
    retries: int = Field(2, ge=0, le=10, validation_alias=_env("SIGNALBOX_RETRIES"))
    retry_backoff_s: float = Field(
        0.5, ge=0, le=30, validation_alias=_env("SIGNALBOX_RETRY_BACKOFF")
    )

    max_file_mb: float = Field(50, gt=0, validation_alias=_env("SIGNALBOX_MAX_FILE_MB"))
    max_pages: int = Field(2_000, ge=1, validation_alias=_env("SIGNALBOX_MAX_PAGES"))
    max_chars: int = Field(5_000_000, ge=1_000, validation_alias=_env("SIGNALBOX_MAX_CHARS"))
    parse_timeout_s: float = Field(120.0, gt=0, validation_alias=_env("SIGNALBOX_PARSE_TIMEOUT"))
    parse_memory_mb: int = Field(2048, ge=256, validation_alias=_env("SIGNALBOX_PARSE_MEMORY_MB"))
    ocr_pages: int = Field(50, ge=0, validation_alias=_env("SIGNALBOX_OCR_PAGES"))
    ocr_timeout_s: float = Field(300.0, gt=0, validation_alias=_env("SIGNALBOX_OCR_TIMEOUT"))
    mcp_config: Path | None = Field(None, validation_alias=_env("SIGNALBOX_MCP_CONFIG"))
    """A JSON file of MCP servers (``mcpServers`` layout) whose tools join the function tools."""

    @property
    def file_limits(self) -> FileLimits:
        """What one ingested file may cost."""
        return FileLimits(
            max_bytes=int(self.max_file_mb * 2**20),
            max_pages=self.max_pages,
            max_chars=self.max_chars,
            parse_timeout_s=self.parse_timeout_s,
            parse_memory_mb=self.parse_memory_mb,
            ocr_pages=self.ocr_pages,
            ocr_timeout_s=self.ocr_timeout_s,
        )

    @property
    def model_configured(self) -> bool:
        """A key, or the address of an OpenAI-compatible server (Ollama and vLLM need no key)."""
        return self.openai_api_key is not None or self.openai_base_url is not None

    @property
    def index_dir(self) -> Path:
        """The local Qdrant folder (unused when ``qdrant_url`` is set)."""
        return self.data_dir / "qdrant"

    @property
    def uploads_dir(self) -> Path:
        """Where files uploaded in the chat are kept (they are ingested from there)."""
        return self.data_dir / "uploads"

    @property
    def threads_db(self) -> Path:
        """The SQLite file that holds every conversation's checkpoints."""
        return self.data_dir / "threads.sqlite"

    @property
    def mode(self) -> str:
        """The answering mode, shown by every front end: the model's name, or "offline"."""
        return self.model if self.model_configured else "offline"


def describe_invalid_settings(error: ValidationError) -> str:
    """One line per bad setting, named as the user wrote it; the rejected value is never echoed."""
    problems = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "?"
        alias = (
            Settings.model_fields[field].validation_alias
            if field in Settings.model_fields
            else None
        )
        name = alias.choices[0] if isinstance(alias, AliasChoices) else field
        problems.append(f"{name}: {item['msg']}")
    return "invalid settings (environment or .env): " + "; ".join(problems)
