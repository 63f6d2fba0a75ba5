"""SIGKILL mid-ingestion leaves no half-written file visible; mid-turn, the finished steps survive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings, ingest

FILES = 24
STORES_BEFORE_KILL = 3


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for number in range(FILES):
        sections = "\n\n".join(
            f"## Part {part}\n\n" + f"Document {number} part {part} describes valve {part}. " * 12
            for part in range(6)
        )
        (folder / f"doc-{number:02d}.md").write_text(f"# Doc {number}\n\n{sections}\n", "utf-8")
    return folder


INGEST_SCRIPT = textwrap.dedent(
    """
    import importlib
    import sys
    from pathlib import Path
    from signalbox.tools.knowledge import IndexLocation, KnowledgeBase, LocalEmbeddings, ingest

    # Store every file as soon as it is embedded, so the kill lands between and inside writes.
    importlib.import_module("signalbox.tools.knowledge.ingest").GROUP_CHUNKS = 1
    kb = KnowledgeBase(IndexLocation(path=Path(sys.argv[1])), LocalEmbeddings())

    def report(state):
        if state.stage == "store":
            print("store", state.path.name, flush=True)

    ingest(kb, [Path(sys.argv[2])], on_progress=report)
    print("finished", flush=True)
    """
)


def test_a_killed_ingestion_leaves_only_whole_files_and_the_next_run_completes(
    tmp_path: Path, embeddings: LocalEmbeddings
) -> None:
    corpus = _corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    process = subprocess.Popen(
        [sys.executable, "-c", INGEST_SCRIPT, str(index), str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert process.stdout is not None
    stores = 0
    for line in process.stdout:
        stores += line.startswith("store")
        assert not line.startswith("finished"), "the ingestion ended before it could be killed"
        if stores == STORES_BEFORE_KILL:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    kb = KnowledgeBase(IndexLocation(path=index), embeddings)
    inventory = kb.inventory()
    visible = {info.path: info.chunks for info in kb.sources()}
    assert 0 < len(visible) < FILES
    for path in visible:
        [(visible_chunks, expected)] = inventory.versions[path].values()
        assert visible_chunks == expected, f"{path} is only partly visible"

    report = ingest(kb, [corpus])
    assert report.failed == []
    assert len(kb.sources()) == FILES
    for versions in kb.inventory().versions.values():
        [(visible_chunks, expected)] = versions.values()
        assert visible_chunks == expected


def _is_answer(body: dict[str, Any]) -> bool:
    """The answer call: neither structured output (route, grading, judge) nor tools."""
    return not body.get("response_format") and not body.get("tools")


TURN_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from signalbox.agents import Assistant
    from signalbox.tools.knowledge import ingest

    assistant = Assistant()
    ingest(assistant.knowledge, [Path(sys.argv[1])])
    print("asking", flush=True)
    assistant.ask("What does valve 3 do?", thread_id="crashed-thread")
    print("finished", flush=True)
    """
)


def test_a_turn_killed_mid_answer_keeps_the_finished_steps_and_the_next_turn_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from signalbox.agents import Assistant, Settings
    from tests.openai_server import Reply, scripted_openai

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "valves.md").write_text("# Valves\n\nValve 3 releases steam pressure.\n", "utf-8")
    data_dir = tmp_path / "data"

    def script(body: dict[str, Any]) -> Reply:
        schema = (body.get("response_format") or {}).get("json_schema", {}).get("name")
        if schema == "RouteChoice":
            return Reply(content='{"route": "knowledge", "reason": "docs", "query": "valve 3"}')
        if schema == "Relevance":
            return Reply(content='{"relevant": [1]}')
        return Reply(content="never sent", delay_s=120)  # the answer hangs: the kill lands here

    with scripted_openai(script) as server:
        env = {
            **os.environ,
            "HF_HUB_OFFLINE": "1",
            "SIGNALBOX_DATA_DIR": str(data_dir),
            "OPENAI_API_KEY": "sk-crash-test-0000",
            "OPENAI_BASE_URL": server.base_url,
            "SIGNALBOX_MODEL_TIMEOUT": "300",
        }
        process = subprocess.Popen(
            [sys.executable, "-c", TURN_SCRIPT, str(corpus)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout is not None and process.stdout.readline().strip() == "asking"
        deadline = time.monotonic() + 120
        while not any(_is_answer(body) for body in server.requests):
            assert time.monotonic() < deadline, "the answer was never requested"
            time.sleep(0.1)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    assistant = Assistant(Settings(data_dir=data_dir))
    snapshot = assistant._graph.get_state({"configurable": {"thread_id": "crashed-thread"}})
    assert snapshot.values["question"] == "What does valve 3 do?"
    assert snapshot.values["route"] == "knowledge"
    assert [e.source for e in snapshot.values["evidence"]] == ["valves.md"]
    assert snapshot.next == ("answer",), "the step in flight is the only one lost"
    answer = assistant.ask("What does valve 3 do?", thread_id="crashed-thread")
    assert "steam pressure" in answer.text
    assert [m.type for m in assistant.history("crashed-thread")] == ["human", "human", "ai"]
