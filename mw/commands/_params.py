"""Coercing simple command-line parameters without pydantic.

Typer 0.26+ coerces every parameter that is not a boolean flag through a pydantic ``TypeAdapter``
(``typer._coercion.build_runtime_param`` -> ``typer._adapters``), even a ``str`` whose value is
``None``. Importing pydantic for that costs about 75 ms of every fresh ``mw`` process (measured with
``python -X importtime -m mw ask ...``; ``benchmarks/bench_startup.py``), more than the rest of a
cached ``mw ask``. Which annotations go through the adapter (Typer 0.29): every one except a ``bool``
flag given a ``bool`` value; ``Path`` additionally builds a ``TypeAdapter(Path)`` inside its own
coercion, and enums, ``Literal``, ``datetime``, lists and tuples build pydantic validators.

:func:`speed_up` gives the parameters whose annotation is ``str``, ``int``, ``float`` or ``bool`` (the
``--help`` option: its value is ``None`` when not given, so it is coerced) (numbers optionally
with ``min``/``max``, without ``clamp`` or a custom ``parser``) a plain-Python runtime coercion with
the same results and the same messages as Typer's ("Input should be greater than or equal to 1").
Every other parameter keeps Typer's own coercion. It relies on Typer internals
(``_TyperParameter._runtime_param``, ``typer._coercion.RuntimeParam``); when they are missing (another
Typer version) it changes nothing and Typer coerces as usual, and ``tests/test_cli.py`` notices that
pydantic is back on the ``mw ask`` path.
"""
from __future__ import annotations

import math
from typing import Any

try:  # Typer internals (0.26+); without them nothing is changed
    from typer._click.exceptions import BadParameter
    from typer._coercion import RuntimeParam
except ImportError:  # pragma: no cover - another Typer layout
    RuntimeParam = None  # type: ignore[assignment,misc]

_SIMPLE = (str, int, float, bool)
_TRUE = {"1", "on", "t", "true", "y", "yes"}
_FALSE = {"", "0", "off", "f", "false", "n", "no"}


def _as_str(value: Any) -> str:
    if isinstance(value, bytes):
        import sys

        try:
            return value.decode(sys.getfilesystemencoding())
        except UnicodeError:
            return value.decode("utf-8", "replace")
    return str(value)


def _as_bool(value: Any, param: Any, ctx: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _as_str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadParameter("Input should be a valid boolean, unable to interpret input", ctx=ctx, param=param)


def _as_number(value: Any, kind: type) -> Any:
    if isinstance(value, bool):
        raise ValueError("Input should be a valid integer" if kind is int else "Input should be a valid number")
    if isinstance(value, kind):
        return value
    text = _as_str(value).strip() if isinstance(value, (str, bytes)) else value
    if kind is int:
        try:
            return int(text)
        except (TypeError, ValueError):
            pass
        try:
            f = float(text)
        except (TypeError, ValueError):
            f = math.nan
        if math.isfinite(f) and f.is_integer():
            return int(f)
        if isinstance(text, str) and math.isfinite(f):
            raise ValueError("Input should be a valid integer, got a number with a fractional part")
        raise ValueError("Input should be a valid integer, unable to parse string as an integer")
    try:
        f = float(text)
    except (TypeError, ValueError):
        raise ValueError("Input should be a valid number, unable to parse string as a number") from None
    return f


if RuntimeParam is not None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):  # type: ignore[misc,valid-type]
        """``str``/``int``/``float``/``bool`` (numbers with ``min``/``max``) coerced in plain Python."""

        kind: type = str

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, (list, tuple)):  # nargs/multiple: coerce each item
                return type(value)(self._coerce_value(v, param, ctx) for v in value)
            if self.kind is str:
                return _as_str(value)
            if self.kind is bool:
                return _as_bool(value, param, ctx)
            try:
                number = _as_number(value, self.kind)
            except ValueError as e:
                raise BadParameter(str(e), ctx=ctx, param=param) from None
            lo, hi = self.parameter_info.min, self.parameter_info.max
            if lo is not None and number < lo:
                raise BadParameter(f"Input should be greater than or equal to {lo}", ctx=ctx, param=param)
            if hi is not None and number > hi:
                raise BadParameter(f"Input should be less than or equal to {hi}", ctx=ctx, param=param)
            return number


def _plain(param: Any) -> Any:
    desc = getattr(param, "type_descriptor", None)
    if desc is None or getattr(param, "_runtime_param", "missing") is not None:
        return None
    ann, info = desc.annotation, desc.parameter_info
    if ann not in _SIMPLE or getattr(info, "parser", None) is not None or getattr(info, "clamp", False):
        return None
    if getattr(info, "click_type", None) is not None or desc.is_file or desc.is_path or desc.is_choice:
        return None
    return PlainRuntimeParam(parameter_info=info, annotation=ann, kind=ann)


def _give(param: Any) -> None:
    rp = _plain(param)
    if rp is not None:
        param._runtime_param = rp


def speed_up(cmd: Any, *, recurse: bool = True) -> None:
    """Give the simple parameters of ``cmd`` (and of its subcommands) the plain coercion."""
    if RuntimeParam is None:
        return
    for p in getattr(cmd, "params", ()):
        _give(p)
    made = getattr(cmd, "get_help_option", None)
    if made is not None:  # the --help option is made on first use, outside ``params``
        def get_help_option(ctx: Any) -> Any:
            opt = made(ctx)
            if opt is not None:
                _give(opt)
            return opt

        cmd.get_help_option = get_help_option
    if recurse:
        for sub in (getattr(cmd, "commands", None) or {}).values():
            speed_up(sub)
