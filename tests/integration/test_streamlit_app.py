"""The chat script under Streamlit's AppTest: ask, watch the steps, see the sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from signalbox.agents import Assistant, Settings
from signalbox.app.render import escape_markdown
from tests.conftest import ROOT

APP = str(ROOT / "app" / "streamlit_app.py")


@pytest.fixture
def app(sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _cited_answers(at: AppTest) -> list[str]:
    """Answers with sources, as their component draws them: text, and [n] for each button."""
    drawn = [json.loads(element.proto.json) for element in at.get("bidi_component")]
    return [
        "".join(part["text"] if "text" in part else f"[{part['n']}]" for part in answer["parts"])
        for answer in drawn
    ]


def _texts(at: AppTest) -> str:
    return "\n".join(
        [m.value for m in at.markdown]
        + [t.value for t in at.text]
        + [c.value for c in at.caption]
        + _cited_answers(at)
    )


def test_the_sidebar_says_which_mode_is_active(app: AppTest) -> None:
    captions = " ".join(c.value for c in app.sidebar.caption)
    assert "offline" in captions
    assert "not configured" in captions


def test_arithmetic_shows_the_calculator_step_and_the_result(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 12*(3+4)?").run()
    assert not app.exception
    [status] = app.status
    assert status.label == escape_markdown("Calculator: 12*(3+4) → 84")
    texts = _texts(app)
    assert "Tool call: calculator(expression='12*(3+4)')" in texts
    assert "84" in texts


def test_a_document_question_lists_its_citation_under_the_answer(app: AppTest) -> None:
    app.chat_input[0].set_value("What is the hotel limit in Paris?").run()
    assert not app.exception
    labels = [button.label for button in app.main.button]
    assert any(label.startswith(escape_markdown("[1] expense-policy.md")) for label in labels)
    [answer] = _cited_answers(app)
    assert "250 EUR in London, Paris and Zurich [1]" in answer


def _reopen(at: AppTest, **params: str) -> AppTest:
    reopened = AppTest.from_file(APP, default_timeout=120)
    for name in ("thread", "space"):
        if name in at.query_params:
            reopened.query_params[name] = at.query_params[name]
    for name, value in params.items():
        reopened.query_params[name] = value
    reopened.run()
    assert not reopened.exception
    return reopened


def test_the_thread_id_is_kept_in_the_url_and_reopens_the_conversation(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    reopened = _reopen(app)
    assert "What is 6*7?" in [t.value for t in reopened.text]
    assert "6*7 = 42" in [t.value for t in reopened.text]


def test_the_steps_of_earlier_turns_can_be_reopened_after_a_reload(app: AppTest) -> None:
    app.chat_input[0].set_value("What is the hotel limit in Paris?").run()
    app.chat_input[0].set_value("What is 6*7?").run()
    reopened = _reopen(app)
    labels = [status.label for status in reopened.status]
    assert labels == [
        escape_markdown("1 source from 1 document"),
        escape_markdown("Calculator: 6*7 → 42"),
    ]
    first_steps = [t.value for t in reopened.status[0].text]
    assert any(line.startswith("Retrieved ") for line in first_steps)
    assert any("expense-policy.md" in line for line in first_steps)
    assert not any(status.proto.expanded for status in reopened.status)


def test_a_shared_link_opens_the_thread_but_not_the_sharers_other_threads(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    app.sidebar.button[0].click().run()  # New conversation
    app.chat_input[0].set_value("What is 2+2?").run()
    assert len(_thread_buttons(app)) == 2
    shared = AppTest.from_file(APP, default_timeout=120)
    shared.query_params["thread"] = app.query_params["thread"]
    shared.run()
    assert [b.label for b in _thread_buttons(shared)] == [escape_markdown("What is 2+2?")]


def _thread_buttons(at: AppTest) -> list:
    return [b for b in at.sidebar.button if b.key and b.key.startswith("thread-")]


def test_the_sidebar_lists_the_threads_and_switches_between_them(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    first = app.query_params["thread"]
    app.sidebar.button[0].click().run()  # New conversation
    app.chat_input[0].set_value("What is 2+2?").run()
    labels = [escape_markdown("What is 2+2?"), escape_markdown("What is 6*7?")]
    assert [b.label for b in _thread_buttons(app)] == labels
    next(b for b in _thread_buttons(app) if b.label == labels[1]).click().run()
    assert app.query_params["thread"] == first
    assert app.main.subheader[0].value == labels[1]


def test_a_thread_can_be_renamed_and_deleted(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    thread = app.query_params["thread"]
    app.sidebar.text_input(key=f"title-{thread}").set_value("Arithmetic").run()
    app.sidebar.button(key=f"rename-{thread}").click().run()
    assert [b.label for b in _thread_buttons(app)] == ["Arithmetic"]
    app.sidebar.button(key=f"delete-{thread}").click().run()
    assert _thread_buttons(app) == []
    assert app.query_params["thread"] != thread


def test_the_sidebar_lists_sources_with_their_chunk_counts(app: AppTest) -> None:
    labels = [block.proto.popover.label for block in app.sidebar.get("popover")]
    manual = escape_markdown("kestrel-k2-manual.pdf — ")
    assert any(label.startswith(manual) and "chunks" in label for label in labels)


def test_thumbs_and_a_comment_are_stored_with_the_answer(
    app: AppTest, sample_data_dir: Path
) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    app.feedback[0].set_value(0).run()
    comment = next(t for t in app.text_input if t.key.startswith("comment-text-"))
    comment.set_value("Show the working")
    app.form_submit_button[0].click().run()
    journal = Assistant(Settings(data_dir=sample_data_dir)).journal
    [feedback] = journal.feedback(app.query_params["thread"])
    assert (feedback.rating, feedback.comment) == ("down", "Show the working")
    assert feedback.question == "What is 6*7?"


def test_an_uploaded_file_is_ingested_with_a_result_and_can_be_asked_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(tmp_path / "data"))
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    notes = "# Lab notes\n\nThe centrifuge in room 4B must be balanced before every run.\n"
    at.sidebar.file_uploader[0].upload("../lab notes.md", notes.encode(), "text/markdown").run()
    next(b for b in at.sidebar.button if b.label == "Add to knowledge base").click().run()
    assert not at.exception
    assert [s.value for s in at.sidebar.success] == [
        escape_markdown("lab notes.md: added (1 chunk)")
    ]
    assert (tmp_path / "data" / "uploads" / "lab notes.md").exists()
    at.chat_input[0].set_value("What must be done before every centrifuge run?").run()
    labels = [button.label for button in at.main.button]
    assert any(label.startswith(escape_markdown("[1] lab notes.md")) for label in labels)


def test_an_unreachable_model_server_is_a_banner_not_a_stack_trace(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    [warning] = at.sidebar.warning
    assert escape_markdown("http://127.0.0.1:9/v1 cannot be reached") in warning.value


def test_a_shared_link_opens_the_thread_read_only(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    thread = app.query_params["thread"]
    shared = AppTest.from_file(APP, default_timeout=120)
    shared.query_params["thread"] = thread
    shared.run()
    assert [b.label for b in _thread_buttons(shared)] == [escape_markdown("What is 6*7?")]
    assert "6*7 = 42" in [t.value for t in shared.text]
    keys = {b.key for b in shared.sidebar.button}
    assert f"rename-{thread}" not in keys and f"delete-{thread}" not in keys
    assert shared.chat_input[0].proto.disabled
    assert len(shared.feedback) == 0
    assert "only the browser session that started it" in shared.info[0].value


def test_a_read_only_reader_can_start_a_conversation_of_their_own(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    shared = AppTest.from_file(APP, default_timeout=120)
    shared.query_params["thread"] = app.query_params["thread"]
    shared.run()
    shared.button(key="start-new").click().run()
    assert shared.query_params["thread"] != app.query_params["thread"]
    assert not shared.chat_input[0].proto.disabled


@pytest.fixture
def empty_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppTest, Path]:
    """The chat over an empty knowledge base in a fresh data dir."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(data_dir))
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    return at, data_dir


def test_an_upload_whose_name_is_too_long_is_shortened_and_the_batch_still_ingests(
    empty_app: tuple[AppTest, Path],
) -> None:
    at, data_dir = empty_app
    long_name = "Quarterly travel report " * 13 + ".md"  # 315 characters
    at.sidebar.file_uploader[0].set_value(
        [
            (long_name, b"# Travel\n\nTrains are booked in second class.\n", "text/markdown"),
            ("short.md", b"# Short\n\nA short note about parking.\n", "text/markdown"),
        ]
    ).run()
    next(b for b in at.sidebar.button if b.label == "Add to knowledge base").click().run()
    assert not at.exception
    assert len(at.sidebar.success) == 2
    assert "name was too long to store" in at.sidebar.success[0].value
    assert at.sidebar.success[1].value == escape_markdown("short.md: added (1 chunk)")
    stored = sorted(p.name for p in (data_dir / "uploads").iterdir())
    assert len(stored) == 2 and all(len(name.encode()) <= 255 for name in stored)


def test_an_unexpected_failure_while_adding_files_is_one_line_not_a_traceback(
    empty_app: tuple[AppTest, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    at, _ = empty_app

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("/srv/secret/path exploded")

    monkeypatch.setattr(Assistant, "ingest", broken)
    at.sidebar.file_uploader[0].upload(
        "notes.md", b"# Notes\n\nSome text.\n", "text/markdown"
    ).run()
    next(b for b in at.sidebar.button if b.label == "Add to knowledge base").click().run()
    assert not at.exception
    [error] = at.sidebar.error
    assert "RuntimeError" in error.value
    assert "secret" not in error.value


def test_an_empty_conversation_suggests_questions_and_one_click_asks_it(app: AppTest) -> None:
    suggestions = [b for b in app.main.button if b.key and b.key.startswith("suggestion-")]
    labels = [b.label for b in suggestions]
    assert escape_markdown("What is expense policy about?") in labels
    assert escape_markdown("What is 12*(3+4)?") in labels
    next(b for b in suggestions if b.label == escape_markdown("What is 12*(3+4)?")).click().run()
    assert not app.exception
    assert "12*(3+4) = 84" in [t.value for t in app.text]
    assert not [b for b in app.main.button if b.key and b.key.startswith("suggestion-")]


def test_a_link_to_a_missing_conversation_says_so(app: AppTest) -> None:
    missing = _reopen(app, thread="0123456789abcdef0123456789abcdef")
    [notice] = missing.info
    assert "There is no conversation at this link" in notice.value
    assert not [b for b in missing.main.button if b.key and b.key.startswith("suggestion-")]


def test_a_sent_comment_is_shown_again_after_a_reload(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    app.feedback[0].set_value(1).run()
    comment = next(t for t in app.text_input if t.key.startswith("comment-text-"))
    comment.set_value("Quick and right")
    app.form_submit_button[0].click().run()
    reopened = _reopen(app)
    shown = next(t for t in reopened.text_input if t.key.startswith("comment-text-"))
    assert shown.value == "Quick and right"


def test_removing_a_document_is_offered_with_its_name_and_who_else_loses_it(
    empty_app: tuple[AppTest, Path],
) -> None:
    at, _ = empty_app
    at.sidebar.file_uploader[0].upload(
        "notes.md", b"# Notes\n\nThe lab opens at nine every weekday.\n", "text/markdown"
    ).run()
    next(b for b in at.sidebar.button if b.label == "Add to knowledge base").click().run()
    remove = next(b for b in at.sidebar.button if b.key and b.key.startswith("forget-"))
    assert remove.label == escape_markdown("Remove notes.md for everyone")
    assert any("Every session shares this knowledge base" in c.value for c in at.sidebar.caption)
    remove.click().run()
    assert not [b for b in at.sidebar.button if b.key and b.key.startswith("forget-")]


def test_conversations_are_listed_under_their_day_and_can_be_searched(app: AppTest) -> None:
    app.chat_input[0].set_value("What is 6*7?").run()
    app.sidebar.button[0].click().run()  # New conversation
    app.chat_input[0].set_value("What is the hotel limit in Paris?").run()
    assert "Today" in [c.value for c in app.sidebar.caption]
    app.sidebar.text_input(key="thread-search").set_value("hotel").run()
    assert [b.label for b in _thread_buttons(app)] == [
        escape_markdown("What is the hotel limit in Paris?")
    ]
