"""Web-bound questions search the user's documents unless only the web can answer them."""

from __future__ import annotations

from signalbox.graphs.nodes.route import documents_first
from signalbox.graphs.routing import RouteDecision

WEB = RouteDecision("web", "closest to the web examples")


def test_without_web_search_a_web_question_searches_the_documents_and_says_so() -> None:
    decision = documents_first(WEB, "Who won the final in 2019?", web=False)
    assert decision.route == "knowledge"
    assert "web search is not available" in decision.reason


def test_with_web_search_a_public_past_fact_searches_the_documents_first() -> None:
    decision = documents_first(WEB, "Who won the final in 2019?", web=True)
    assert decision.route == "knowledge"
    assert "documents first" in decision.reason


def test_with_web_search_a_live_question_goes_to_the_web() -> None:
    assert documents_first(WEB, "What are today's news headlines?", web=True).route == "web"
    assert documents_first(WEB, "明天北京的天气怎么样?", web=True).route == "web"


def test_other_routes_are_left_alone() -> None:
    functions = RouteDecision("functions", "arithmetic")
    assert documents_first(functions, "What is 2+2?", web=False) is functions
