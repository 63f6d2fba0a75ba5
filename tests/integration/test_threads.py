"""Threads as a reader sees them: finished turns with their steps, titles, listings and feedback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalbox.agents import Assistant, Settings, new_thread_id
from signalbox.agents.events import AnswerEvent, RetrievalEvent, RouteEvent, TokenEvent
from tests.cli import run_cli


def test_a_finished_turn_is_kept_with_its_steps(sample_assistant: Assistant) -> None:
    thread = new_thread_id()
    answer = sample_assistant.ask("What is the daily meal allowance?", thread_id=thread)
    [turn] = sample_assistant.turns(thread)
    assert turn.question == "What is the daily meal allowance?"
    assert turn.answer.text == answer.text
    assert turn.answer.message_id == answer.message_id != ""
    assert isinstance(turn.steps[0], RouteEvent)
    assert any(isinstance(step, RetrievalEvent) for step in turn.steps)
    assert not any(isinstance(step, TokenEvent) for step in turn.steps)


def test_turns_outlive_the_summary_that_folds_them_out_of_the_graph_state(
    sample_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALBOX_DATA_DIR", str(sample_data_dir))
    monkeypatch.setenv("SIGNALBOX_MEMORY_TOKENS", "200")
    assistant, thread = Assistant(), new_thread_id()
    questions = [f"{'Some background first. ' * 30}What is {n}+{n}?" for n in range(4)]
    for question in questions:
        assistant.ask(question, thread_id=thread)
    assert len(assistant.history(thread)) < 8
    assert [t.question for t in assistant.turns(thread)] == questions


def test_a_sidebar_lists_only_the_threads_of_its_own_session(sample_assistant: Assistant) -> None:
    mine, theirs = new_thread_id(), new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=mine, space="space-a"))
    list(sample_assistant.stream("What is 1+1?", thread_id=theirs, space="space-b"))
    assert [t.id for t in sample_assistant.threads("space-a")] == [mine]
    assert [t.id for t in sample_assistant.threads("space-b")] == [theirs]


def test_a_thread_is_titled_by_its_first_question_and_can_be_renamed(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="titles"))
    list(sample_assistant.stream("And 6*8?", thread_id=thread, space="titles"))
    assert sample_assistant.threads("titles")[0].title == "What is 6*7?"
    sample_assistant.rename_thread(thread, "  Multiplication\nhomework ", space="titles")
    assert sample_assistant.threads("titles")[0].title == "Multiplication homework"


def test_deleting_a_thread_removes_its_checkpoints_turns_listing_and_feedback(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    answer = sample_assistant.ask("What is 6*7?", thread_id=thread)
    sample_assistant.journal.remember("deleting", thread)
    sample_assistant.give_feedback(thread, answer.message_id, "up")
    sample_assistant.delete_thread(thread)
    assert sample_assistant.history(thread) == []
    assert sample_assistant.turns(thread) == []
    assert sample_assistant.threads("deleting") == []
    assert sample_assistant.journal.feedback(thread) == []


def test_a_thread_belongs_to_the_space_that_started_it(sample_assistant: Assistant) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="starter"))
    list(sample_assistant.stream("And 6*8?", thread_id=thread, space="starter"))
    assert sample_assistant.owns_thread("starter", thread)
    assert not sample_assistant.owns_thread("someone-else", thread)
    assert not sample_assistant.owns_thread(None, thread)


def test_a_thread_nobody_has_started_is_free_to_start(sample_assistant: Assistant) -> None:
    assert sample_assistant.owns_thread("anyone", new_thread_id())


def test_opening_a_shared_thread_lists_it_without_handing_it_over(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="sharer"))
    sample_assistant.journal.remember("opener", thread)
    [listed] = sample_assistant.threads("opener")
    assert listed.id == thread
    assert not listed.owned_by("opener")
    assert not sample_assistant.owns_thread("opener", thread)


def test_only_the_owning_space_can_rename_or_delete_a_thread(sample_assistant: Assistant) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="sharer"))
    sample_assistant.journal.remember("opener", thread)
    with pytest.raises(PermissionError, match="belongs to another session"):
        sample_assistant.rename_thread(thread, "Mine now", space="opener")
    with pytest.raises(PermissionError, match="belongs to another session"):
        sample_assistant.delete_thread(thread, space="opener")
    assert sample_assistant.journal.title(thread) == "What is 6*7?"
    assert len(sample_assistant.turns(thread)) == 1
    sample_assistant.delete_thread(thread, space="sharer")
    assert sample_assistant.turns(thread) == []


def test_a_reader_can_take_a_shared_thread_off_their_list_without_deleting_it(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="lender"))
    sample_assistant.journal.remember("borrower", thread)
    sample_assistant.journal.forget("borrower", thread)
    assert sample_assistant.threads("borrower") == []
    assert [t.id for t in sample_assistant.threads("lender")] == [thread]


def test_feedback_is_stored_with_the_thread_message_question_and_answer(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    answer = sample_assistant.ask("What is 6*7?", thread_id=thread)
    sample_assistant.give_feedback(thread, answer.message_id, "down", " wrong tone ")
    sample_assistant.give_feedback(thread, answer.message_id, "up")
    [feedback] = sample_assistant.journal.feedback(thread)
    assert (feedback.rating, feedback.comment) == ("up", "")
    assert (feedback.question, feedback.answer) == ("What is 6*7?", answer.text)


def test_feedback_on_an_unknown_answer_is_refused(sample_assistant: Assistant) -> None:
    with pytest.raises(KeyError, match="no answer"):
        sample_assistant.give_feedback(new_thread_id(), "missing", "up")


def test_feedback_export_prints_one_json_object_per_verdict_without_opening_the_index(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    assistant = Assistant(Settings(data_dir=data_dir))
    thread = new_thread_id()
    answer = assistant.ask("What is 6*7?", thread_id=thread)
    assistant.give_feedback(thread, answer.message_id, "down", "show the working")
    assistant.knowledge.count()  # this process now holds the local index's lock
    result = run_cli("feedback", "export", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["thread_id"] == thread
    assert record["message_id"] == answer.message_id
    assert (record["rating"], record["comment"]) == ("down", "show the working")


def test_a_session_that_did_not_start_a_thread_cannot_add_to_it(
    sample_assistant: Assistant,
) -> None:
    thread = new_thread_id()
    list(sample_assistant.stream("What is 6*7?", thread_id=thread, space="sharer"))
    events = list(sample_assistant.stream("What is 2+2?", thread_id=thread, space="opener"))
    assert isinstance(events[-1], AnswerEvent)
    assert "read-only" in events[-1].text
    assert len(sample_assistant.turns(thread)) == 1
