"""The ``signalbox`` console script, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from qdrant_client import QdrantClient

from tests.cli import SIGNALBOX, run_cli
from tests.conftest import SAMPLES


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ingest_if_empty_leaves_a_filled_index_alone(cli_data_dir: Path) -> None:
    result = run_cli("ingest", "--if-empty", str(SAMPLES), data_dir=cli_data_dir)
    assert result.returncode == 0
    assert "nothing to do" in result.stdout


def test_ask_json_prints_the_route_and_answer_events(cli_data_dir: Path) -> None:
    result = run_cli("ask", "--json", "What is 12*(3+4)?", data_dir=cli_data_dir)
    assert result.returncode == 0, result.stderr
    events = _events(result.stdout)
    route = next(e for e in events if e["type"] == "route")
    answer = next(e for e in events if e["type"] == "answer")
    assert route["route"] == "functions"
    assert route["reason"]
    assert "84" in answer["text"]
    assert {"type": "tool_call", "name": "calculator", "args": {"expression": "12*(3+4)"}} in events


def test_ask_json_cites_files_by_name_and_pdf_pages_by_number(cli_data_dir: Path) -> None:
    result = run_cli("ask", "--json", "How long is the drone flight time?", data_dir=cli_data_dir)
    answer = _events(result.stdout)[-1]
    assert answer["type"] == "answer"
    assert {"source": "kestrel-k2-manual.pdf", "page": 2}.items() <= answer["citations"][0].items()


def test_ask_prints_each_step_and_the_sources(cli_data_dir: Path) -> None:
    result = run_cli("ask", "What is the hotel limit in Zurich?", data_dir=cli_data_dir)
    assert result.returncode == 0, result.stderr
    assert "Route: knowledge" in result.stdout
    assert "Retrieved" in result.stdout
    assert "250 EUR" in result.stdout
    assert "[1] expense-policy.md" in result.stdout


def test_ingest_reports_a_broken_file_ingests_the_rest_and_exits_1(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.md").write_text("# Parking\n\nVisitors park in lot B.\n", encoding="utf-8")
    (docs / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    data_dir = tmp_path / "data"
    result = run_cli("ingest", str(docs), data_dir=data_dir)
    assert result.returncode == 1
    assert "bad.pdf" in result.stderr
    assert "1 added" in result.stdout
    listed = json.loads(run_cli("sources", "--json", data_dir=data_dir).stdout)
    assert [(s["source"], s["chunks"]) for s in listed] == [("good.md", 1)]


def test_ingest_builds_the_hnsw_graph_once_enough_chunks_are_searched_exactly(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "parking.md").write_text("# Parking\n\nVisitors park in lot B.\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    result = run_cli("ingest", str(docs), data_dir=data_dir, env={"SIGNALBOX_HNSW_FROM": "1"})
    assert result.returncode == 0, result.stderr
    assert "Building the HNSW graph in a separate process" in result.stderr
    assert "Nothing changed" in result.stdout or "Done in " in result.stdout
    again = run_cli("ingest", str(docs), data_dir=data_dir, env={"SIGNALBOX_HNSW_FROM": "1"})
    assert "Building the HNSW graph" not in again.stderr  # nothing new was ingested


def test_ingest_leaves_the_graph_alone_below_the_threshold(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "parking.md").write_text("# Parking\n\nVisitors park in lot B.\n", encoding="utf-8")
    result = run_cli("ingest", str(docs), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Building the HNSW graph" not in result.stderr


def test_a_locked_index_exits_2_with_advice(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "qdrant").mkdir(parents=True)
    holder = QdrantClient(path=str(data_dir / "qdrant"))
    try:
        result = run_cli("sources", data_dir=data_dir)
    finally:
        holder.close()
    assert result.returncode == 2
    assert "open in another process" in result.stderr


def test_an_invalid_setting_exits_2_naming_the_variable(tmp_path: Path) -> None:
    env = {**os.environ, "SIGNALBOX_DATA_DIR": str(tmp_path), "SIGNALBOX_TOP_K": "lots"}
    result = subprocess.run(
        [SIGNALBOX, "sources"], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 2
    assert "SIGNALBOX_TOP_K" in result.stderr
    assert "Traceback" not in result.stderr


def test_forget_removes_a_source_by_name(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keep.md").write_text("# Keep\n\nThe archive is in room 12.\n", encoding="utf-8")
    (docs / "drop.md").write_text("# Drop\n\nThe old archive was in room 4.\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    assert run_cli("ingest", str(docs), data_dir=data_dir).returncode == 0
    result = run_cli("forget", "drop.md", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    listed = json.loads(run_cli("sources", "--json", data_dir=data_dir).stdout)
    assert [s["source"] for s in listed] == ["keep.md"]
    assert run_cli("forget", "drop.md", data_dir=data_dir).returncode == 1
