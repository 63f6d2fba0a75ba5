"""An ingestion killed with SIGKILL leaves no half-written file visible, and the next one finishes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

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
