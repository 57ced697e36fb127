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
    assert asked <= {"mw.commands.ask", "mw.commands._ctx", "mw.commands._render", "mw.commands._params"}, asked


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
              "mw.ask.suggest", "typer._adapters", "pydantic", "rich", "csv")
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
