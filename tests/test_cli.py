"""CLI conventions: every command has help, exit codes, errors, lazy imports, packaging."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from cli_util import ROOT, mw, mw_proc

HEAVY = ("numpy", "torch", "openai", "redis", "sentence_transformers", "prometheus_client", "neo4j", "pinecone",
         "falkordb")


def _walk(group, prefix=()):
    from typer.main import get_command

    cmd = get_command(group) if not hasattr(group, "commands") else group
    for name, sub in getattr(cmd, "commands", {}).items():
        yield (*prefix, name)
        if hasattr(sub, "commands"):
            yield from _walk(sub, (*prefix, name))


def test_every_command_has_help():
    from mw.cli import app

    paths = list(_walk(app))
    assert ("ask",) in paths and ("kb", "import") in paths
    for path in paths:
        res = mw(*path, "--help")
        assert res.exit_code == 0, path
        assert "Usage" in res.stdout, path


def _example_argvs(text: str) -> list[list[str]]:
    """The `mw ...` invocations in a help text's examples (pipes and redirections left out)."""
    import shlex

    out = []
    for line in text.split("Examples:", 1)[1].splitlines():
        for part in line.strip().split(" | "):
            part = part.split(" > ")[0].split("   ")[0].strip()
            if part.startswith("mw ") and "COMMAND" not in part:
                out.append(shlex.split(part)[1:])
    return out


def _parse(root, argv: list[str]) -> None:
    """Parse ``argv`` down the command tree as `mw` would, without running anything."""
    cmd, args, parent, name = root, list(argv), None, "mw"
    while True:
        ctx = cmd.make_context(name, list(args), parent=parent)
        if not hasattr(cmd, "commands"):
            return
        rest = [*ctx._protected_args, *ctx.args]
        if not rest:
            return
        name, cmd, args = cmd.resolve_command(ctx, rest)
        parent = ctx


def test_every_command_has_examples_that_parse():
    from typer.main import get_command

    from mw.cli import app

    root = get_command(app)
    paths = [(), *_walk(app)]
    for path in paths:
        res = mw(*path, "--help")
        assert res.exit_code == 0, path
        assert "Examples:" in res.stdout, f"`mw {' '.join(path)} --help` shows no examples (mw/commands/_examples.py)"
        argvs = _example_argvs(res.stdout)
        assert argvs, path
        for argv in argvs:
            if path:
                assert argv[:len(path)] == list(path), (path, argv)
            _parse(root, argv)  # raises a usage error when an example is wrong


def test_command_registry_matches_the_modules():
    """Each line of mw.cli.COMMANDS names a command its module registers (hidden ones without help),
    and every command a module registers has its line."""
    import importlib

    import typer
    from typer.main import get_command

    from mw import cli

    root = get_command(cli.app)
    for name, (module, help_) in cli.COMMANDS.items():
        cmd = root.commands[name]
        assert cmd.hidden == (help_ is None), name
        if help_ is not None:
            assert cmd.get_short_help_str(limit=200) == help_, name
    for module in {m for m, _ in cli.COMMANDS.values()}:
        holder = typer.Typer()
        holder.callback()(lambda: None)
        importlib.import_module(f"mw.commands.{module}").register(holder)
        for name in get_command(holder).commands:
            assert cli.COMMANDS.get(name, ("",))[0] == module, f"{name} (mw.commands.{module}) is not in mw.cli.COMMANDS"


def _modules_after(*argv: str) -> set[str]:
    code = (
        "import sys, runpy, json\n"
        f"sys.argv = ['mw', *{list(argv)!r}]\n"
        "try:\n    runpy.run_module('mw', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "sys.stdout.write('\\n' + json.dumps(sorted(sys.modules)) + '\\n')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT))
    return set(json.loads(res.stdout.strip().splitlines()[-1]))


def test_commands_are_imported_only_when_they_run():
    helped = _modules_after("--help")
    assert not {m for m in helped if m.startswith("mw.commands.") and m != "mw.commands._params"}
    assert "rich" not in helped and "pydantic" not in helped  # piped help is plain click
    asked = {m for m in _modules_after("ask", "Who handles horror?", "--json") if m.startswith("mw.commands.")}
    assert asked <= {"mw.commands.ask", "mw.commands._ctx", "mw.commands._render", "mw.commands._params",
                     "mw.commands._examples"}, asked


def test_root_help_lists_groups():
    res = mw("--help")
    assert res.exit_code == 0
    for group in ("ask", "kb"):
        assert group in res.stdout


def test_version():
    res = mw("--version")
    assert res.exit_code == 0 and res.stdout.startswith("mw ")


def test_usage_error_exit_code():
    res = mw("kb", "list", "nonsense")
    assert res.exit_code == 2
    # the choices are named without pydantic's "Value error," prefix, as text and as JSON
    assert "'nonsense' is not one of 'executives'" in res.stderr and "Value error" not in res.stderr
    res = mw("trends", "--by", "week", "--json")
    assert res.exit_code == 2 and "Value error" not in res.stdout + res.stderr


def test_help_and_ask_import_nothing_heavy(tmp_path):
    code = (
        "import sys, runpy\n"
        "sys.argv = ['mw', '--help']\n"
        "try:\n    runpy.run_module('mw', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT))
    assert res.stdout.strip().splitlines()[-1] == "[]", res.stdout + res.stderr


def test_ask_process_imports_nothing_heavy():
    """`mw ask` piped, on the default path (lexical, diskcache, no LLM): none of the heavy modules, no
    pydantic (Typer's parameter coercion, replaced by mw.commands._params), no Rich (plain output)."""
    code = (
        "import sys, runpy\n"
        "sys.argv = ['mw', 'ask', 'Who handles horror?', '--json']\n"
        "try:\n    runpy.run_module('mw', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "heavy = ('numpy', 'torch', 'openai', 'redis', 'sentence_transformers', 'neo4j', 'pinecone',\n"
        "         'prometheus_client', 'pydantic', 'rich', 'fastapi', 'feedparser', 'httpx')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    res = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, cwd=str(ROOT))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.strip().splitlines()[-1]) == []


def test_a_question_imports_only_what_it_uses(monkeypatch):
    """Once the KB holds data, `mw ask` (lexical) does not import the importer, the vector index, feeds,
    the HTTP API or the other commands."""
    monkeypatch.setenv("MW_SEMANTIC", "off")
    assert mw_proc("ask", "Who handles horror?").returncode == 0  # fills the KB with the sample
    mods = _modules_after("ask", "Who handles crime?", "--no-cache")
    unused = ("mw.ingest.importer", "mw.ingest.feeds", "mw.ingest.refresh", "mw.ingest.http", "mw.store.vectors",
              "mw.api", "mw.ops.keys", "mw.ops.batcher", "mw.commands.kb", "mw.commands.serve",
              "mw.ask.suggest", "typer._adapters", "pydantic", "rich")
    assert [m for m in unused if m in mods] == []
    assert "mw.ask.retrieval" in mods  # it did answer (not from the cache)


def test_internal_errors_are_short_and_debug_shows_traceback(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text("this is = not [ toml")
    res = mw_proc("kb", "stats", env={"MW_HOME": str(home)})
    assert res.returncode == 2
    assert "config.toml: not valid TOML" in res.stderr and "Traceback" not in res.stderr
    res = mw_proc("kb", "stats", env={"MW_HOME": str(home), "MW_DEBUG": "1"})
    assert "Traceback" in res.stderr


def test_json_goes_to_stdout_messages_to_stderr():
    res = mw("kb", "stats", "--json")
    assert json.loads(res.stdout)["sample"] is True
    assert "sample data" not in res.stdout


def test_wheel_ships_sample_data(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                          str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    wheel = next(tmp_path.glob("mandate_wizard-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mw/data/sample.jsonl" in names
    assert any(n.endswith("entry_points.txt") for n in names)


# ------------------------------------------------------------------ terminal output: pager, ask, stats
def run_in_terminal(args: list[str], rows: int, cols: int = 100, env: dict | None = None, keys: bytes = b"",
                    timeout: float = 60, unset: tuple[str, ...] = ()) -> tuple[int, str]:
    """Run `python -m mw ARGS` with stdin/stdout/stderr on a pseudo-terminal of ROWS x COLS; ``keys`` are
    typed once output has started. Returns (exit code, what the terminal showed, escapes removed)."""
    import fcntl
    import os
    import pty
    import re
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    e = {k: v for k, v in {**os.environ, "TERM": "xterm", **(env or {})}.items() if k not in unset}
    proc = subprocess.Popen([sys.executable, "-m", "mw", *args], stdin=slave, stdout=slave, stderr=slave,
                            env=e, cwd=str(ROOT), close_fds=True)
    os.close(slave)
    out, sent, end = b"", False, time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif keys and out and not sent:  # output has settled: type the keys (e.g. q for less)
            os.write(master, keys)
            sent = True
        elif proc.poll() is not None:
            break
    try:
        rc = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r", "", out.decode("utf-8", "replace"))
    return rc, text


Q_LONG = "Who handles crime?"


def test_pager_only_on_a_terminal_and_only_when_taller_than_the_window(tmp_path):
    paged = tmp_path / "paged.txt"
    pager = {"MW_PAGER": f"cat > {paged}"}
    rc, screen = run_in_terminal(["ask", Q_LONG], rows=15, env=pager)
    assert rc == 0 and paged.exists(), screen
    text = paged.read_text()
    assert "Who to pitch crime" in text and "Who to pitch crime" not in screen
    assert len(text.splitlines()) > 15
    paged.unlink()
    rc, screen = run_in_terminal(["ask", Q_LONG], rows=200, env=pager)  # fits: printed, not paged
    assert rc == 0 and not paged.exists() and "Who to pitch crime" in screen
    rc, screen = run_in_terminal(["--no-pager", "ask", Q_LONG], rows=15, env=pager)
    assert rc == 0 and not paged.exists() and "Who to pitch crime" in screen
    rc, screen = run_in_terminal(["ask", Q_LONG, "--json"], rows=15, env=pager)
    assert rc == 0 and not paged.exists() and '"question"' in screen
    res = mw_proc("ask", Q_LONG, env=pager)  # piped: never
    assert res.returncode == 0 and not paged.exists() and "Who to pitch crime" in res.stdout
    rc, screen = run_in_terminal(["ask", Q_LONG], rows=15, env={"PAGER": f"cat > {paged}"})  # PAGER too
    assert rc == 0 and paged.exists()


def test_default_pager_is_less():
    import shutil

    if not shutil.which("less"):
        pytest.skip("less not installed")
    rc, screen = run_in_terminal(["ask", Q_LONG], rows=12, keys=b"q", timeout=30, unset=("PAGER", "MW_PAGER", "LESS"))
    assert rc == 0
    # less showed the first screenful and waited for q: the end of the answer never reached the terminal
    assert "Who handles crime?" in screen and "Follow-ups" not in screen, screen


def test_ask_on_a_terminal_leads_with_the_answer_and_short_sources():
    rc, screen = run_in_terminal(["--no-pager", "ask", Q_LONG], rows=50, cols=100)
    assert rc == 0
    lines = screen.splitlines()
    answer_at = next(i for i, ln in enumerate(lines) if "Who to pitch crime" in ln)
    sources_at = next(i for i, ln in enumerate(lines) if ln.strip() == "Sources")
    assert answer_at < sources_at
    refs = [ln for ln in lines[sources_at + 1:] if ln.lstrip().startswith("[")]
    assert 1 <= len(refs) <= 8 and all(len(ln) <= 100 for ln in refs)
    assert any("--sources" in ln and "more" in ln for ln in lines)
    assert "https://" not in screen.split("Sources", 1)[1]  # links only with --sources
    rc, full = run_in_terminal(["--no-pager", "ask", Q_LONG, "--sources"], rows=50, cols=160)
    assert rc == 0 and "source" in full and full.count("[") >= len(refs)


def test_stats_on_a_terminal_is_compact():
    for q in ("Who handles crime?", "Recent horror greenlights", "Who handles crime?"):
        assert mw("ask", q).exit_code == 0
    from mw.ops import metrics
    from mw.store.state.factory import open_state

    metrics.flush(open_state())
    rc, screen = run_in_terminal(["--no-pager", "stats"], rows=200)
    assert rc == 0, screen
    lines = screen.splitlines()
    assert any(ch in screen for ch in "▁▂▃▄▅▆▇█")  # sparklines
    assert not any(ln.rstrip().endswith("│ 0") or ln.rstrip().endswith("│") for ln in lines)  # no empty bars
    assert ": none" not in screen
    assert len([ln for ln in lines if ln.strip()]) < 60, screen
