"""The chat script under Streamlit's AppTest: ask, watch the steps, see the sources."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app" / "streamlit_app.py")


@pytest.fixture
def app(sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _texts(at: AppTest) -> str:
    return "\n".join(
        [m.value for m in at.markdown] + [t.value for t in at.text] + [c.value for c in at.caption]
    )


def test_the_sidebar_says_which_mode_is_active(app: AppTest) -> None:
    captions = " ".join(c.value for c in app.sidebar.caption)
    assert "offline" in captions
    assert "not configured" in captions


def test_arithmetic_shows_the_calculator_step_and_the_result(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 12*(3+4)?").run()
    assert not app.exception
    [status] = app.status
    assert status.label == "Route: functions"
    texts = _texts(app)
    assert "Tool call: calculator(expression='12*(3+4)')" in texts
    assert "84" in texts


def test_a_document_question_lists_its_citation_under_the_answer(app: AppTest) -> None:
    app.chat_input[0].set_value("What is the hotel limit in Paris?").run()
    assert not app.exception
    labels = [expander.label for expander in app.expander]
    assert any(label.startswith("[1] expense-policy.md") for label in labels)
    assert "250 EUR" in _texts(app)


def test_the_thread_id_is_kept_in_the_url_and_reopens_the_conversation(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    thread = app.query_params["thread"]
    reopened = AppTest.from_file(APP, default_timeout=120)
    reopened.query_params["thread"] = thread
    reopened.run()
    assert "What is 6\\*7?" in [m.value for m in reopened.markdown]
    assert "6\\*7 = 42" in [m.value for m in reopened.markdown]
