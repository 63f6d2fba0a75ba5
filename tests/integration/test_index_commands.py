"""`signalbox index`: the index's status, its HNSW build, and its copy to a Qdrant server.

Points are written directly (small random vectors, no embedding). The Qdrant server is
qdrant-client's local mode in memory, which takes the same client calls: every URL a test names
opens it, so the copy runs through the same code as against a real server.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import numpy as np
import pytest
from qdrant_client import QdrantClient
from typer.testing import CliRunner, Result

from signalbox.agents import Assistant, Settings
from signalbox.agents.resources import knowledge_base
from signalbox.app.cli import app
from signalbox.tools.knowledge import store
from signalbox.tools.knowledge.splitting import Chunk
from tests.e2e.processes import free_port
from tests.servers import serve

pytestmark = pytest.mark.filterwarnings(
    "ignore:Payload indexes have no effect in the local Qdrant:UserWarning",
    "ignore:Api key is used with an insecure connection:UserWarning",
    "ignore:Failed to obtain server version:UserWarning",
)

POINTS = 300
KEY = "sk-qdrant-0123456789abcdef"


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["index", *args])


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data dir whose embedded index holds 300 points in 3 files; SIGNALBOX_DATA_DIR names it."""
    folder = tmp_path / "data"
    kb = knowledge_base(Settings(data_dir=folder))
    vectors = np.random.default_rng(7).random((POINTS, 8)).tolist()
    for n in range(3):
        chunks = [
            Chunk(
                f"Note {n}.{i} about valve {i % 7}.", f"f{n}.md", f"/docs/f{n}.md", "", None, "", i
            )
            for i in range(POINTS // 3)
        ]
        start = n * len(chunks)
        kb.store_file(
            chunks, vectors[start : start + len(chunks)], f"v{n}", ingested_at="2026-11-23T00:00:00"
        )
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, QdrantClient]]:
    """A URL of its own (the index's client is opened once per URL and process) and its server."""
    client = QdrantClient(location=":memory:")
    monkeypatch.setattr(store, "QdrantClient", lambda **_: client)
    yield f"http://qdrant-{uuid.uuid4().hex[:8]}.test:6333", client
    client.close()


def test_index_json_reports_points_indexed_vectors_segments_disk_and_where(data_dir: Path) -> None:
    result = _invoke("--json")
    assert result.exit_code == 0, result.output
    status = json.loads(result.stdout)
    assert status["engine"] == "qdrant-edge"
    assert str(data_dir) in status["where"]
    assert (status["points"], status["indexed_vectors"], status["hnsw_vectors"]) == (
        POINTS,
        POINTS,
        0,
    )
    assert status["segments"] >= 1 and status["disk_bytes"] > 0


def test_index_tells_people_the_graph_is_not_built_and_searches_are_exact(data_dir: Path) -> None:
    result = _invoke()
    assert result.exit_code == 0, result.output
    assert "Qdrant Edge (embedded)" in result.stdout
    assert f"points          {POINTS}" in result.stdout
    assert "not built: searches are exact" in result.stdout


def test_index_build_says_how_long_it_took_and_that_the_index_was_held(data_dir: Path) -> None:
    knowledge_base(Settings(data_dir=data_dir)).release()  # the builder is another process
    result = _invoke("build")
    assert result.exit_code == 0, result.output
    assert "the chat cannot open the index meanwhile" in result.stderr
    assert "Done in " in result.stdout and f"of {POINTS} dense vectors" in result.stdout


def test_index_build_refuses_an_index_another_process_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    (folder / "qdrant").mkdir(parents=True)
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(folder))
    holder = QdrantClient(path=str(folder / "qdrant"))  # takes the same lock another process would
    try:
        result = _invoke("build")
    finally:
        holder.close()
    assert result.exit_code == 2
    assert "open in another process" in result.stderr


def test_copy_puts_every_point_on_the_server_with_progress_and_nothing_embedded(
    data_dir: Path, server: tuple[str, QdrantClient]
) -> None:
    url, client = server
    assistant = Assistant()
    seen: list[tuple[int, int]] = []
    assert assistant.copy_index(url, api_key=KEY, on_progress=lambda *p: seen.append(p)) == POINTS
    assert seen[-1] == (POINTS, POINTS) and len(seen) == 2  # batches of 256
    assert client.count("signalbox").count == POINTS
    copied = client.scroll("signalbox", limit=1, with_vectors=True)[0][0]
    assert len(copied.vector["dense"]) == 8 and copied.payload["complete"] is True


def test_index_copy_tells_how_to_use_the_server_afterwards(
    data_dir: Path, server: tuple[str, QdrantClient]
) -> None:
    url, _ = server
    result = _invoke("copy", "--to", url, "--collection", "moved")
    assert result.exit_code == 0, result.output
    assert f"Copied {POINTS} points to collection 'moved'" in result.stdout
    assert f"QDRANT_URL={url}" in result.stdout and "SIGNALBOX_COLLECTION=moved" in result.stdout


def test_a_collection_holding_points_is_refused_with_exit_1_unless_resumed(
    data_dir: Path, server: tuple[str, QdrantClient]
) -> None:
    url, client = server
    assert _invoke("copy", "--to", url).exit_code == 0
    refused = _invoke("copy", "--to", url)
    assert refused.exit_code == 1
    assert f"already holds {POINTS} points" in refused.stderr and "--resume" in refused.stderr
    assert _invoke("copy", "--to", url, "--resume").exit_code == 0
    assert client.count("signalbox").count == POINTS


def test_an_index_already_on_a_server_has_no_local_index_to_copy(
    data_dir: Path, server: tuple[str, QdrantClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = server
    monkeypatch.setenv("QDRANT_URL", url)
    result = _invoke("copy", "--to", "http://elsewhere.test:6333")
    assert result.exit_code == 2
    assert "already on a Qdrant server" in result.stderr and "unset QDRANT_URL" in result.stderr


def test_index_on_a_server_counts_its_points_and_leaves_the_rest_to_the_server(
    data_dir: Path, server: tuple[str, QdrantClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = server
    Assistant().copy_index(url)
    monkeypatch.setenv("QDRANT_URL", url)
    status = json.loads(_invoke("--json").stdout)
    assert (status["engine"], status["where"], status["points"]) == ("qdrant-server", url, POINTS)
    assert status["segments"] is None and status["disk_bytes"] is None


def test_an_unreachable_server_exits_2_without_showing_the_api_key(data_dir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = _invoke("copy", "--to", url, "--api-key", KEY)
    assert result.exit_code == 2
    assert f"Cannot use the Qdrant server at {url}" in result.stderr
    assert KEY not in result.output


def _answering(status: int) -> type[BaseHTTPRequestHandler]:
    """A server that answers every request with ``status`` and a body echoing the key it got."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"status": {"error": f"key {self.headers.get('api-key')}"}}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


def test_a_refused_api_key_is_named_as_the_reason_without_being_shown(data_dir: Path) -> None:
    with serve(_answering(403)) as port:
        result = _invoke("copy", "--to", f"http://127.0.0.1:{port}", "--api-key", KEY)
    assert result.exit_code == 2
    assert "HTTP 403" in result.stderr and "API key is missing or wrong" in result.stderr
    assert KEY not in result.output


def test_a_server_error_that_echoes_the_api_key_is_shown_with_the_key_blanked(
    data_dir: Path,
) -> None:
    with serve(_answering(500)) as port:
        result = _invoke("copy", "--to", f"http://127.0.0.1:{port}", "--api-key", KEY)
    assert result.exit_code == 2
    assert "HTTP 500" in result.stderr and "key ***" in result.stderr
    assert KEY not in result.output
