"""The calculator evaluates arithmetic exactly and refuses everything else, quickly."""

from __future__ import annotations

import pytest

from signalbox.tools.functions import CalculatorError, calculate, calculator_tool


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("12*(3+4)", "84"),
        ("2 + 3 * 4", "14"),
        ("2^10", "1024"),
        ("7/2", "3.5"),
        ("8/2", "4"),
        ("0.1 + 0.2", "0.3"),
        ("-3 ** 2", "-9"),
        ("17 // 5", "3"),
        ("17 % 5", "2"),
        ("sqrt(16) + 1", "5"),
        ("factorial(5)", "120"),
        ("１２×（３＋４）", "84"),
        ("10 ÷ 4", "2.5"),
        ("1,000 * 3", "3000"),
        ("round(pi, 2)", "3.14"),
    ],
)
def test_evaluates_arithmetic(expression: str, expected: str) -> None:
    assert calculate(expression) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os').system('echo hacked')",
        "open('/etc/passwd')",
        "().__class__",
        "[1, 2, 3]",
        "x + 1",
        "lambda: 1",
        "True + 1",
    ],
)
def test_refuses_anything_but_arithmetic(expression: str) -> None:
    with pytest.raises(CalculatorError):
        calculate(expression)


@pytest.mark.parametrize(
    "expression",
    ["10**10**10", "3999999**3999999", "factorial(100000)", "9**9**9**9", "factorial(1000)**50"],
)
def test_refuses_results_too_large_to_compute(expression: str) -> None:
    with pytest.raises(CalculatorError, match=r"bits|limited"):
        calculate(expression)


@pytest.mark.parametrize("expression", ["1e308*10", "(2**10000)/3", "exp(1000)"])
def test_float_overflow_is_a_clear_error_not_inf(expression: str) -> None:
    with pytest.raises(CalculatorError, match="too large"):
        calculate(expression)


def test_division_by_zero_is_a_clear_error() -> None:
    with pytest.raises(CalculatorError, match="division by zero"):
        calculate("1/0")


def test_deeply_nested_operations_are_refused() -> None:
    with pytest.raises(CalculatorError, match="nested"):
        calculate("(1+" * 122 + "1" + ")" * 122)


def test_overlong_expression_is_refused() -> None:
    with pytest.raises(CalculatorError, match="longer than"):
        calculate("1+" * 400 + "1")


def test_is_a_langchain_tool_with_a_schema() -> None:
    assert calculator_tool.name == "calculator"
    assert "expression" in calculator_tool.args
    assert calculator_tool.invoke({"expression": "6*7"}) == "42"


@pytest.mark.parametrize(
    "expression", ["round(1, 0-10**9)", "round(1, -10**8)", "round(2.5, 10**9)", "round(7, 401)"]
)
def test_round_refuses_digit_counts_that_would_build_huge_powers(expression: str) -> None:
    with pytest.raises(CalculatorError, match="round is limited to 400 digits"):
        calculate(expression)


def test_round_keeps_working_within_its_digit_limit() -> None:
    assert calculate("round(123456, -3)") == "123000"


@pytest.mark.parametrize("expression", ["9**5000", "factorial(1000)**2", "10**4300"])
def test_results_too_long_to_print_are_refused_before_they_are_computed(expression: str) -> None:
    with pytest.raises(CalculatorError, match="more than 13000 bits"):
        calculate(expression)


def test_the_largest_allowed_result_prints_in_full() -> None:
    assert calculate("factorial(1000)") == str(__import__("math").factorial(1000))


def test_error_messages_name_huge_operands_by_size_instead_of_printing_them() -> None:
    with pytest.raises(CalculatorError) as raised:
        calculate("factorial(1000)**2")
    assert "about 2568 digits" in str(raised.value)
    assert len(str(raised.value)) < 120


def test_long_sums_are_accepted() -> None:
    assert calculate("+".join(["1"] * 100)) == "100"
