"""Existing indexes move: a local-mode folder of the earlier version to Qdrant Edge, Edge to a server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qdrant_client import QdrantClient

from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings, ingest
from signalbox.tools.knowledge.edge import LEGACY_KEPT, SHARDS, migrate_local_mode
from signalbox.tools.knowledge.server import ServerEngine
from signalbox.tools.knowledge.transfer import copy_index
from tests.conftest import SAMPLES

pytestmark = pytest.mark.filterwarnings(
    "ignore:Payload indexes have no effect in the local Qdrant:UserWarning"
)


@pytest.fixture(scope="module")
def legacy(tmp_path_factory: pytest.TempPathFactory, embeddings: LocalEmbeddings) -> Path:
    """The samples ingested the way the earlier version stored them: local mode in a folder."""
    folder = tmp_path_factory.mktemp("legacy") / "qdrant"
    client = QdrantClient(path=str(folder))
    kb = KnowledgeBase(
        IndexLocation(path=folder), embeddings, engine=ServerEngine(client, "signalbox")
    )
    ingest(kb, [SAMPLES])
    (folder.parent / "sources.json").write_text(
        json.dumps({info.source: info.chunks for info in kb.sources()}), encoding="utf-8"
    )
    client.close()
    return folder


def _copy(legacy: Path, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    folder = shutil.copytree(legacy, tmp_path / "qdrant")
    return folder, json.loads((legacy.parent / "sources.json").read_text(encoding="utf-8"))


def test_a_local_mode_index_is_migrated_on_first_open_and_its_files_kept(
    legacy: Path, tmp_path: Path, embeddings: LocalEmbeddings
) -> None:
    folder, before = _copy(legacy, tmp_path)
    kb = KnowledgeBase(IndexLocation(path=folder), embeddings)
    assert {info.source: info.chunks for info in kb.sources()} == before
    [best, *_] = kb.search("What does error code E35 mean?", k=3)
    assert (best.source, best.page) == ("kestrel-k2-manual.pdf", 3)
    assert ingest(kb, [SAMPLES]).count("unchanged") == len(before)
    assert (folder / LEGACY_KEPT / "signalbox" / "storage.sqlite").is_file()
    assert not (folder / "collection" / "signalbox").exists()


def test_a_migration_reports_progress_and_restarts_after_an_interruption(
    legacy: Path, tmp_path: Path, embeddings: LocalEmbeddings
) -> None:
    folder, sources = _copy(legacy, tmp_path)
    chunks = sum(sources.values())
    interrupted = folder / SHARDS / ".signalbox.migrating"
    interrupted.mkdir(parents=True)
    (interrupted / "half-written").write_bytes(b"\0" * 16)
    seen: list[tuple[int, int]] = []
    assert (
        migrate_local_mode(folder, "signalbox", lambda done, total: seen.append((done, total)))
        == chunks
    )
    assert seen[0] == (0, chunks) and seen[-1] == (chunks, chunks)
    assert not interrupted.exists()
    assert KnowledgeBase(IndexLocation(path=folder), embeddings).count() == chunks


def test_an_embedded_index_copies_to_a_server_collection_without_embedding_again(
    legacy: Path, tmp_path: Path, embeddings: LocalEmbeddings
) -> None:
    folder, sources = _copy(legacy, tmp_path)
    embedded = KnowledgeBase(IndexLocation(path=folder), embeddings)
    client = QdrantClient(location=":memory:")
    server = KnowledgeBase(
        IndexLocation(url="memory"), embeddings, engine=ServerEngine(client, "signalbox")
    )
    seen: list[tuple[int, int]] = []
    assert copy_index(embedded, server, lambda done, total: seen.append((done, total))) == sum(
        sources.values()
    )
    assert seen[-1] == (sum(sources.values()), sum(sources.values()))
    assert server.sources() == embedded.sources()
    question = "未使用的年假可以结转几天?"
    assert [hit.id for hit in server.search(question, k=3)] == [
        hit.id for hit in embedded.search(question, k=3)
    ]
    client.close()
