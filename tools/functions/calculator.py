"""A calculator that walks the expression's syntax tree and never calls eval.

Hand-written because the well-kept expression libraries (sympy, numexpr) either evaluate through
eval/compile or accept far more than arithmetic; here every node type is allowed explicitly and
every operation is bounded before it runs, so hostile input costs microseconds, not minutes.
"""

from __future__ import annotations

import ast
import math
import operator
import re
import unicodedata
from collections.abc import Callable

from langchain_core.tools import tool

MAX_EXPRESSION_CHARS = 500
MAX_RESULT_BITS = 13_000
"""About 3,900 decimal digits: below Python's 4,300-digit limit on int-to-text conversion, so every
result that is computed can also be printed."""
MAX_FACTORIAL = 1_000
MAX_ROUND_DIGITS = 400
"""round(x, n) builds 10**|n| inside Python; beyond a float's 308-digit range no n changes a result."""
MAX_DEPTH = 120

Number = int | float


class CalculatorError(ValueError):
    """The expression is not arithmetic we accept, or its result would be unreasonably large."""


def _bits(value: Number) -> int:
    if isinstance(value, int):
        return abs(value).bit_length()
    return 64


def _short(value: Number) -> str:
    """A number fit for an error message: huge operands are named by their size, not printed."""
    if isinstance(value, int) and _bits(value) > 64:
        return f"(a number of about {round(_bits(value) * math.log10(2))} digits)"
    return format_number(value)


def _checked_pow(base: Number, exponent: Number) -> Number:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
        if abs(base) > 1 and exponent * math.log2(abs(base)) > MAX_RESULT_BITS:
            raise CalculatorError(
                f"{_short(base)}**{_short(exponent)} would have more than {MAX_RESULT_BITS} bits"
            )
        return int(base**exponent)
    try:
        result: float | complex = float(base) ** float(exponent)
    except (OverflowError, ZeroDivisionError) as exc:
        raise CalculatorError(
            f"{_short(base)}**{_short(exponent)} cannot be computed: {exc}"
        ) from None
    if isinstance(result, complex):
        raise CalculatorError("the result is a complex number")
    return result


def _checked_mul(left: Number, right: Number) -> Number:
    if _bits(left) + _bits(right) > MAX_RESULT_BITS:
        raise CalculatorError(f"the product would have more than {MAX_RESULT_BITS} bits")
    return left * right


def _checked_div(left: Number, right: Number) -> Number:
    if right == 0:
        raise CalculatorError("division by zero")
    result = left / right
    return (
        int(result)
        if isinstance(left, int) and isinstance(right, int) and left % right == 0
        else result
    )


def _safe(func: Callable[[Number, Number], Number]) -> Callable[[Number, Number], Number]:
    def wrapped(left: Number, right: Number) -> Number:
        if right == 0:
            raise CalculatorError("division by zero")
        return func(left, right)

    return wrapped


_BINARY: dict[type[ast.operator], Callable[[Number, Number], Number]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: _checked_mul,
    ast.Div: _checked_div,
    ast.FloorDiv: _safe(operator.floordiv),
    ast.Mod: _safe(operator.mod),
    ast.Pow: _checked_pow,
}
_UNARY: dict[type[ast.unaryop], Callable[[Number], Number]] = {
    ast.UAdd: operator.pos,
    ast.USub: operator.neg,
}


def _factorial(value: Number) -> Number:
    if not float(value).is_integer() or value < 0:
        raise CalculatorError("factorial takes a non-negative whole number")
    if value > MAX_FACTORIAL:
        raise CalculatorError(f"factorial is limited to n <= {MAX_FACTORIAL}")
    return math.factorial(int(value))


def _round(value: Number, digits: Number | None = None) -> Number:
    if digits is None:
        return round(value)
    if not isinstance(digits, int):
        raise CalculatorError("round takes a whole number of digits")
    if abs(digits) > MAX_ROUND_DIGITS:
        raise CalculatorError(f"round is limited to {MAX_ROUND_DIGITS} digits either way")
    return round(value, digits)


def _real(func: Callable[[float], float]) -> Callable[..., Number]:
    def wrapped(*args: Number) -> Number:
        try:
            return func(*args)
        except OverflowError:
            raise CalculatorError(f"{func.__name__}: the result is too large to compute") from None
        except ValueError as exc:
            raise CalculatorError(f"{func.__name__}: {exc}") from None

    return wrapped


_FUNCTIONS: dict[str, Callable[..., Number]] = {
    "sqrt": _real(math.sqrt),
    "exp": _real(math.exp),
    "ln": _real(math.log),
    "log": _real(math.log),
    "log10": _real(math.log10),
    "log2": _real(math.log2),
    "sin": _real(math.sin),
    "cos": _real(math.cos),
    "tan": _real(math.tan),
    "abs": abs,
    "round": _round,
    "floor": math.floor,
    "ceil": math.ceil,
    "factorial": _factorial,
    "min": min,
    "max": max,
}
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "tau": math.tau}


def normalise_expression(expression: str) -> str:
    """Accept what people type: full-width digits, ×, ÷, ^ for power, thousands separators."""
    text = unicodedata.normalize("NFKC", expression)
    text = text.replace("×", "*").replace("÷", "/").replace("^", "**").replace("−", "-")
    text = _THOUSANDS.sub("", text)
    return text.strip().rstrip("=").strip()


def _evaluate(node: ast.AST, depth: int = 0) -> Number:
    if depth > MAX_DEPTH:
        raise CalculatorError("the expression is nested too deeply")
    match node:
        case ast.Expression(body=body):
            return _evaluate(body, depth + 1)
        case ast.Constant(value=value) if isinstance(value, int | float) and not isinstance(
            value, bool
        ):
            return value
        case ast.BinOp(left=left, op=op, right=right) if type(op) in _BINARY:
            return _BINARY[type(op)](_evaluate(left, depth + 1), _evaluate(right, depth + 1))
        case ast.UnaryOp(op=op, operand=operand) if type(op) in _UNARY:
            return _UNARY[type(op)](_evaluate(operand, depth + 1))
        case ast.Name(id=name) if name in _CONSTANTS:
            return _CONSTANTS[name]
        case ast.Call(func=ast.Name(id=name), args=args, keywords=[]) if name in _FUNCTIONS:
            return _FUNCTIONS[name](*(_evaluate(arg, depth + 1) for arg in args))
    raise CalculatorError(f"unsupported element in expression: {ast.dump(node)[:60]}")


def format_number(value: Number) -> str:
    """Show integers exactly and floats without binary noise (0.1+0.2 reads 0.3)."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.12g}"
    if _bits(value) > MAX_RESULT_BITS:
        raise CalculatorError(
            f"the result has more than {MAX_RESULT_BITS} bits; too large to print"
        )
    return str(value)


def calculate(expression: str) -> str:
    """Evaluate an arithmetic expression and return the result as text."""
    text = normalise_expression(expression)
    if not text:
        raise CalculatorError("the expression is empty")
    if len(text) > MAX_EXPRESSION_CHARS:
        raise CalculatorError(f"the expression is longer than {MAX_EXPRESSION_CHARS} characters")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, RecursionError, MemoryError):
        raise CalculatorError(f"not a valid arithmetic expression: {text!r}") from None
    try:
        value = _evaluate(tree)
    except CalculatorError:
        raise
    except TypeError as exc:
        raise CalculatorError(f"wrong arguments: {exc}") from None
    except OverflowError:
        raise CalculatorError("the result is too large to compute") from None
    except (ArithmeticError, ValueError, RecursionError) as exc:
        # Anything the explicit bounds above did not foresee is still the expression's fault.
        raise CalculatorError(f"cannot be computed: {type(exc).__name__}") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise CalculatorError("the result is too large to compute (it overflows a float)")
    return format_number(value)


@tool("calculator")
def calculator_tool(expression: str) -> str:
    """Evaluate an arithmetic expression exactly, e.g. "12*(3+4)" or "sqrt(2)/3".

    Supports + - * / // % ** (or ^), parentheses, pi, e, and sqrt, exp, ln, log, log10, log2,
    sin, cos, tan, abs, round, floor, ceil, factorial, min, max.
    """
    return calculate(expression)
