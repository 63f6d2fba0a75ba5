"""The same knowledge base on a Qdrant server; runs only when QDRANT_URL points at one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings, ingest
from tests.conftest import SAMPLES

SERVER = os.environ.get("QDRANT_URL")
# Not covered by SIGNALBOX_REQUIRE_ALL (tests/environment.py): CI runs no Qdrant server, and the same
# contract runs on every machine against qdrant-client's local mode (test_store_contract.py).
pytestmark = pytest.mark.skipif(not SERVER, reason="set QDRANT_URL to test against a Qdrant server")


@pytest.fixture
def server_kb(embeddings: LocalEmbeddings) -> Iterator[KnowledgeBase]:
    location = IndexLocation(url=SERVER, api_key=os.environ.get("QDRANT_API_KEY"))
    kb = KnowledgeBase(location, embeddings, collection=f"signalbox-test-{uuid.uuid4().hex[:8]}")
    yield kb
    kb.engine.drop()


def test_ingest_search_and_forget_work_on_a_server(server_kb: KnowledgeBase) -> None:
    assert ingest(server_kb, [SAMPLES]).count("added") == 4
    [best, *_] = server_kb.search("What does error code E35 mean?", k=3)
    assert (best.source, best.page) == ("kestrel-k2-manual.pdf", 3)
    [zh, *_] = server_kb.search("未使用的年假可以结转几天?", k=3)
    assert zh.source == "leave-policy-zh.md"
    assert ingest(server_kb, [SAMPLES]).count("unchanged") == 4
    server_kb.forget(str((SAMPLES / "remote-work.txt").resolve()))
    assert "remote-work.txt" not in {info.source for info in server_kb.sources()}
