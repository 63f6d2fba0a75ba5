"""Resident memory of the running chat with the model loaded, against a bare Streamlit app.

Run: ``.venv/bin/python -m benchmarks.app_memory [--out FILE]`` (needs Debian's ``chromium``).

Both apps are started with ``streamlit run`` on a free loopback port and opened in headless Chromium
through Playwright, since Streamlit runs a script only when a browser session connects. The chat is
asked one question about the sample corpus, so the embedding model, the index client, the
checkpointer and the graph are all loaded; the bare app writes one line. Reported: each server's
VmRSS, and the ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmarks.output import publish

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_S = 180


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError(f"no VmRSS for process {pid}")


def _wait_up(url: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not start")


def measure(script: Path, env: dict[str, str], question: str | None, expected: str) -> float:
    """Serve ``script``, open it (and ask ``question``), wait for ``expected``, read the RSS."""
    from playwright.sync_api import expect, sync_playwright

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(BIN / "streamlit"), "run", str(script), "--server.headless", "true"]
    server_env = {
        **env,
        "STREAMLIT_SERVER_PORT": str(port),
        "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
    }
    server = subprocess.Popen(command, cwd=ROOT, env=server_env, stdout=subprocess.DEVNULL)
    try:
        _wait_up(url)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = browser.new_page()
            page.goto(url)
            if question:
                box = page.get_by_test_id("stChatInputTextArea")
                box.fill(question)
                box.press("Enter")
            expect(page.get_by_text(expected).first).to_be_attached(timeout=TIMEOUT_S * 1000)
            time.sleep(2)  # let the server settle after the last rerun
            rss = _rss_mib(server.pid)
            browser.close()
        return rss
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text('import streamlit as st\n\nst.write("Hello")\n', encoding="utf-8")
        baseline = measure(bare, env, None, "Hello")
        data_env = {**env, "SIGNALBOX_DATA_DIR": str(Path(folder) / "data")}
        subprocess.run(
            [str(BIN / "signalbox"), "ingest", str(ROOT / "app" / "samples")],
            env=data_env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app = measure(
            ROOT / "app" / "streamlit_app.py",
            data_env,
            "What is the hotel limit in Paris?",
            "[1] expense-policy.md",
        )
    publish(
        {
            "benchmark": "app_memory",
            "chat_rss_mib": app,
            "bare_streamlit_rss_mib": baseline,
            "ratio": round(app / baseline, 2),
        },
        args.out,
    )


if __name__ == "__main__":
    main()
