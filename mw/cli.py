"""The root ``mw`` command: global options, lazy command registration, error handling.

Commands are registered lazily: :data:`COMMANDS` names each top-level command and the module under
``mw.commands`` whose ``register(app)`` adds it, and a module is imported only when its command is
looked up (run, ``--help`` of that command, the completion generator). ``mw ask`` imports the ``ask``
module and nothing of ``kb``, ``serve`` or ``refresh``; ``mw --help`` piped lists the commands from
the short help kept here, importing no command module. Command modules import their domain
(``mw.ask``, ``mw.ingest``, ``mw.ops``) inside the command functions.

Help and usage errors are formatted with Rich on a terminal and as plain text when stdout is not one.
Simple parameters are coerced without pydantic (:mod:`mw.commands._params`).
Only this layer turns :class:`mw.errors.MWError` into messages and exit codes.
"""
from __future__ import annotations

import importlib
import os
import sys
from collections.abc import MutableMapping
from typing import Annotated, Any, Iterator, Optional

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from mw import __version__
from mw.errors import ExitCode, MWError

#: Every top-level command, in the order of ``mw --help``: name -> (module under ``mw.commands`` whose
#: ``register(app)`` adds it, one-line help for the root listing; None: a hidden command). Adding a
#: command is one line here. tests/test_cli.py checks that each line matches what its module registers.
COMMANDS: dict[str, tuple[str, Optional[str]]] = {
    "ask": ("ask", "Who should I pitch this to? Ranked executives, cited sources."),
    "suggest": ("suggest", "Suggested questions (popular ones, then templates)."),
    "completion": ("completion", "Shell completion for bash, zsh and fish: print or install it."),
    "kb": ("kb", "The knowledge base: import, list, show, export, reindex."),
    "limits": ("limits", "Your tier and quota; set-tier, users, reset for admins."),
    "stats": ("stats", "Usage analytics: popular questions, activity, latency."),
    "refresh": ("refresh", "Refresh the knowledge base from files, URLs and feeds."),
    "serve": ("serve", "Serve the HTTP JSON API; 'mw serve keys' manages API keys."),
    "serve-metrics": ("serve_metrics", "Serve Prometheus /metrics and /healthz."),
    "trends": ("trends", "Greenlights over time: what is rising or falling."),
    "compare": ("compare", "Buyers side by side: mix, recency, executives to pitch."),
    "watch": ("watch", "Watches: what is new for saved queries."),
    "history": ("history", "Your past questions; 'mw history show N' prints an answer again."),
    "config": ("config", "Settings: effective values and where each came from; edit config.toml."),
}


def _report(exc: MWError, *, as_json: bool = False) -> None:
    from mw.commands import _render
    from mw.urls import redact_obj

    if as_json or _render.json_mode:
        _render.emit_json(redact_obj(exc.to_dict()))
    _render.err(f"mw: error: {exc.message}")
    for p in getattr(exc, "problems", [])[:50]:
        _render.err(f"  {p}")
    extra = len(getattr(exc, "problems", [])) - 50
    if extra > 0:
        _render.err(f"  ... and {extra} more")
    if exc.hint:
        _render.err(f"  hint: {exc.hint}")


def _load_command(name: str, rich_markup_mode: Any) -> Any:
    """Import the module that registers ``name`` and build that one click command."""
    from typer.main import get_command

    module = importlib.import_module(f"mw.commands.{COMMANDS[name][0]}")
    holder = typer.Typer(rich_markup_mode=rich_markup_mode, add_completion=False)
    holder.callback()(_noop)  # a group even when the module registers one command
    module.register(holder)
    cmd = get_command(holder).commands.get(name)  # type: ignore[attr-defined]
    if cmd is None:
        raise RuntimeError(f"mw.commands.{COMMANDS[name][0]}.register() did not register {name!r}")
    from mw.commands import _params

    _params.speed_up(cmd)
    cmd.short_help = COMMANDS[name][1] or cmd.short_help  # the same line in every listing
    from mw.commands import _examples

    _examples.apply(cmd, name)
    return cmd


def _noop() -> None:
    pass


class LazyCommands(MutableMapping):
    """The root group's ``commands``: names from :data:`COMMANDS`, each built on first access."""

    def __init__(self, eager: dict[str, Any], rich_markup_mode: Any) -> None:
        self._built: dict[str, Any] = dict(eager)
        self._mode = rich_markup_mode
        self._order = [*COMMANDS, *(n for n in eager if n not in COMMANDS)]

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = _load_command(name, self._mode)
        return self._built[name]

    def __setitem__(self, name: str, cmd: Any) -> None:
        self._built[name] = cmd
        if name not in self._order:
            self._order.append(name)

    def __delitem__(self, name: str) -> None:
        self._built.pop(name, None)
        self._order.remove(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._order

    def loaded(self, name: str) -> Any:
        return self._built.get(name)


def wants_json(args: list[str]) -> bool:
    """``--json`` among the command-line arguments (before a ``--`` that ends the options)."""
    for a in args:
        if a == "--":
            return False
        if a == "--json":
            return True
    return False


def _json_error(code: str, message: str, hint: str | None = None) -> None:
    """The ``--json`` error object on stdout (the message itself goes to stderr as usual)."""
    from mw.commands import _render
    from mw.urls import redact_text

    obj = {"error": code, "message": redact_text(message)}
    if hint:
        obj["hint"] = hint
    try:
        _render.emit_json(obj)
    except (OSError, ValueError):  # stdout closed: the message on stderr still says it all
        pass


class MWGroup(TyperGroup):
    """Root group: lazy commands, and our exceptions mapped to exit codes for every subcommand.

    With ``--json`` on the command line every failure also prints one JSON error object
    on stdout: usage errors from the parser (exit 2), our own errors, interruptions and
    internal errors, so a script that parses stdout never gets something that is not JSON.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(dict(self.commands), self.rich_markup_mode)
        from mw.commands import _params

        _params.speed_up(self, recurse=False)

    def list_commands(self, ctx):  # type: ignore[override]
        return list(self.commands)

    def format_commands(self, ctx, formatter):  # type: ignore[override]
        """The plain listing, with the help of :data:`COMMANDS` for commands not built yet (so that
        ``mw --help`` imports no command module)."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.commands.loaded(name)  # type: ignore[attr-defined]
            if cmd is None and name in COMMANDS:
                rows.append((name, COMMANDS[name][1]))
                continue
            cmd = cmd or self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit=formatter.width)))
        rows = [(n, h) for n, h in rows if h is not None]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    _json = False

    def make_context(self, info_name, args, parent=None, **extra):  # type: ignore[override]
        if parent is None:
            self._json = wants_json(list(args))
            if self._json:
                from mw.commands import _render

                _render.set_json(True)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except TyperException as exc:  # parse errors of the root's own options
            self._usage_json(exc)
            raise

    def _usage_json(self, exc: TyperException) -> None:
        msg = getattr(exc, "message", None)
        if isinstance(msg, str) and "Value error, " in msg:  # pydantic's prefix on a choice Typer checked
            exc.message = msg.replace("Value error, ", "", 1)
        if not self._json:
            return
        ctx = getattr(exc, "ctx", None)
        hint = f"Try '{ctx.command_path} --help' for help." if ctx is not None else "Try 'mw --help' for help."
        code = "usage_error" if getattr(exc, "exit_code", 2) == 2 else "error"
        _json_error(code, exc.format_message(), hint)

    def invoke(self, ctx):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except MWError as exc:
            if os.environ.get("MW_DEBUG") == "1":
                raise
            _report(exc, as_json=self._json)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            if os.environ.get("MW_DEBUG") == "1":
                raise
            if self._json:
                _json_error("interrupted", "interrupted")
            sys.stderr.write("mw: interrupted\n")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except TyperException as exc:  # bad options, missing arguments, bad values (exit 2)
            self._usage_json(exc)
            raise
        except (typer.Exit, typer.Abort):
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
            from mw.urls import redact_text

            hint = "run again with MW_DEBUG=1 for the traceback, and report it."
            message = redact_text(f"{type(exc).__name__}: {exc}")
            if self._json:
                _json_error("internal", message, hint)
            sys.stderr.write(f"mw: internal error: {message}\n  hint: {hint}\n")
            raise typer.Exit(int(ExitCode.ERROR)) from None


app = typer.Typer(
    cls=MWGroup,
    name="mw",
    help="Mandate Wizard: who should I pitch this to? Buyer and executive intelligence for film and TV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # main() switches to Rich on a terminal
    epilog="\b\nExamples:\n"
           '  mw ask "Who should I pitch a Nordic crime thriller to?"\n'
           "  mw kb import buyers.jsonl\n"
           "  mw completion install\n"
           "  mw COMMAND --help        (every command has examples)",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mw {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    home: Annotated[
        Optional[str], typer.Option("--home", help="Data directory (env MW_HOME).", show_default=False,
                                    metavar="DIR")
    ] = None,
    store: Annotated[
        Optional[str],
        typer.Option("--store", metavar="URL", help="State store URL: redis://... or a directory (env MW_STORE, REDIS_URL).",
                     show_default=False),
    ] = None,
    graph: Annotated[
        Optional[str],
        typer.Option("--graph", metavar="URL", help="Graph backend URL: falkordb://, neo4j://, bolt:// (env MW_GRAPH_URL; "
                                     "default: embedded).", show_default=False),
    ] = None,
    vector: Annotated[
        Optional[str],
        typer.Option("--vector", metavar="URL", help="Vector index URL (env MW_VECTOR_URL; default: embedded under MW_HOME).",
                     show_default=False),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page long output (env MW_PAGER, PAGER; default less -FRX).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Mandate Wizard: who should I pitch this to?"""
    from mw import config
    from mw.commands import _render

    _render.set_pager(not no_pager)

    config.set_overrides(home=home or None, store=store, graph=graph, vector=vector)


def _safe_streams() -> None:
    """Bytes that are not UTF-8 on stdin become U+FFFD, and text that cannot be encoded
    (lone surrogates from undecodable file names) becomes '?' on stdout: stdout stays valid."""
    for stream, errors in ((sys.stdin, "replace"), (sys.stdout, "replace")):
        try:
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def main() -> None:
    if sys.argv[1:2] == ["__complete"]:  # installs whose `mw` script still points here
        from mw.complete import main as complete

        sys.exit(complete(sys.argv[2:]))
    _safe_streams()
    # Rich help and usage errors on a terminal; plain text (and no Rich import) when piped.
    app.rich_markup_mode = "rich" if _tty() else None  # type: ignore[assignment]
    app(prog_name="mw")


def _tty() -> bool:
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


if __name__ == "__main__":  # pragma: no cover
    main()
