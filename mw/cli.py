"""The root ``mw`` command: global options, command registration, error handling.

This module imports nothing heavy: command modules import their domain (``mw.ask``, ``mw.ingest``, ``mw.ops``)
dependencies inside the command functions, so ``mw --help`` stays fast.
Only this layer turns :class:`mw.errors.MWError` into messages and exit codes.
"""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from mw import __version__
from mw.errors import ExitCode, MWError

COMMAND_MODULES = (
    "ask",
    "suggest",
    "kb",
    "limits",
    "stats",
    "refresh",
    "serve_metrics",
    "serve",
    "trends",
    "compare",
    "watch",
)


def _report(exc: MWError) -> None:
    from mw.commands import _render

    if _render.json_mode:
        _render.emit_json(exc.to_dict())
    _render.err(f"mw: error: {exc.message}")
    for p in getattr(exc, "problems", [])[:50]:
        _render.err(f"  {p}")
    extra = len(getattr(exc, "problems", [])) - 50
    if extra > 0:
        _render.err(f"  ... and {extra} more")
    if exc.hint:
        _render.err(f"  hint: {exc.hint}")


class MWGroup(TyperGroup):
    """Root group that maps our exceptions to exit codes for every subcommand."""

    def invoke(self, ctx):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except MWError as exc:
            if os.environ.get("MW_DEBUG") == "1":
                raise
            _report(exc)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            if os.environ.get("MW_DEBUG") == "1":
                raise
            sys.stderr.write("mw: interrupted\n")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except BrokenPipeError:
            # Downstream closed the pipe (e.g. `mw kb export | head`): not an error.
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass
            raise typer.Exit(0) from None
        except Exception as exc:  # a bug: say so briefly, keep the traceback for MW_DEBUG=1
            if os.environ.get("MW_DEBUG") == "1":
                raise
            sys.stderr.write(
                f"mw: internal error: {type(exc).__name__}: {exc}\n"
                "  hint: run again with MW_DEBUG=1 for the traceback, and report it.\n"
            )
            raise typer.Exit(int(ExitCode.ERROR)) from None


app = typer.Typer(
    cls=MWGroup,
    name="mw",
    help="Mandate Wizard: who should I pitch this to? Buyer and executive intelligence for film and TV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mw {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    home: Annotated[
        Optional[Path], typer.Option("--home", help="Data directory (env MW_HOME).", show_default=False)
    ] = None,
    store: Annotated[
        Optional[str],
        typer.Option("--store", help="State store URL: redis://... or a directory (env MW_STORE, REDIS_URL).",
                     show_default=False),
    ] = None,
    graph: Annotated[
        Optional[str],
        typer.Option("--graph", help="Graph backend URL: falkordb://, neo4j://, bolt:// (env MW_GRAPH_URL; "
                                     "default: embedded).", show_default=False),
    ] = None,
    vector: Annotated[
        Optional[str],
        typer.Option("--vector", help="Vector index URL (env MW_VECTOR_URL; default: embedded under MW_HOME).",
                     show_default=False),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Mandate Wizard: who should I pitch this to?"""
    from mw import config

    config.set_overrides(home=str(home) if home else None, store=store, graph=graph, vector=vector)


for _name in COMMAND_MODULES:
    importlib.import_module(f"mw.commands.{_name}").register(app)


def main() -> None:
    app(prog_name="mw")


if __name__ == "__main__":  # pragma: no cover
    main()
