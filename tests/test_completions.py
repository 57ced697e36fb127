"""Shell completions: up to date with the CLI, and working in real bash (zsh and fish when installed).

Each test drives the generated completion function in a shell subprocess with
PATH starting at the venv's bin, so the `mw` the functions call is this checkout.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_util import DATA, ROOT

COMPLETIONS = ROOT / "completions"
BIN = Path(sys.executable).parent


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MW_") and k != "REDIS_URL"}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["MW_HOME"] = str(home)
    return env


@pytest.fixture
def env(mw_home: Path) -> dict[str, str]:
    if not (BIN / "mw").exists():
        pytest.skip(f"{BIN / 'mw'} missing: install the package (pip install -e .)")
    return _env(mw_home)


def test_committed_completions_are_up_to_date(tmp_path: Path):
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_completions.py"), "--out", str(tmp_path)],
                         capture_output=True, text=True, cwd=str(ROOT), timeout=120)
    assert out.returncode == 0, out.stderr
    for name in ("mw.bash", "mw.zsh", "mw.fish"):
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        committed = COMPLETIONS / name
        assert committed.exists(), f"{committed} missing: run .venv/bin/python scripts/gen_completions.py"
        assert committed.read_text(encoding="utf-8") == fresh, (
            f"completions/{name} is out of date with the CLI: run .venv/bin/python scripts/gen_completions.py")


def test_generator_covers_every_command_and_dynamic_parameter():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_completions as gen
    finally:
        sys.path.pop(0)
    nodes = {n.path: n for n in gen.command_tree()}
    assert {"", "ask", "suggest", "kb", "kb show", "kb list", "kb import"} <= set(nodes)
    assert nodes["ask"].args == ["question"]
    assert nodes["kb show"].args == ["names"]
    assert "complete-names" not in {s for s, _ in nodes[""].subs}  # hidden helper
    assert any("--limit" in o.names for o in nodes["suggest"].opts)


# ------------------------------------------------------------------------------------------- bash
BASH_DRIVER = r'''
source "$1"
shift
line="$1"
COMP_LINE="$line"; COMP_POINT=${#COMP_LINE}
# split like readline: words by blanks; a trailing blank starts an empty word; a "..." stays one word
eval "COMP_WORDS=($2)"
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
_mw_complete mw "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''


def bash_complete(env: dict[str, str], line: str, words: str) -> list[str]:
    """COMPREPLY for the command line ``line``; ``words`` is the bash array literal of COMP_WORDS."""
    out = subprocess.run(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER, "bash",
                          str(COMPLETIONS / "mw.bash"), line, words],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return [x for x in out.stdout.splitlines() if x]


def test_bash_subcommands_and_options(env):
    assert bash_complete(env, "mw ", "mw ''")[:1] and {"ask", "suggest", "kb"} <= set(bash_complete(env, "mw ", "mw ''"))
    assert bash_complete(env, "mw k", "mw k") == ["kb"]
    assert set(bash_complete(env, "mw kb ", "mw kb ''")) >= {"import", "list", "show", "stats", "export"}
    assert set(bash_complete(env, "mw kb s", "mw kb s")) == {"show", "stats"}
    assert "--json" in bash_complete(env, "mw ask --", "mw ask --")
    assert set(bash_complete(env, "mw --h", "mw --h")) == {"--help", "--home"}
    assert set(bash_complete(env, "mw suggest --", "mw suggest --")) >= {"--limit", "--json", "--help"}
    # choices of an argument and of an option, after root options with values
    assert set(bash_complete(env, "mw --home x kb list ", "mw --home x kb list ''")) == {
        "executives", "companies", "mandates", "greenlights"}
    assert "executive" in bash_complete(env, "mw kb import --type ", "mw kb import --type ''")
    assert bash_complete(env, "mw kb import --type=gr", "mw kb import --type = gr") == ["greenlight"]


def test_bash_ask_offers_suggestions(env):
    quoted = bash_complete(env, 'mw ask "recent crime', "mw ask '\"recent crime'")
    assert "Recent crime thriller greenlights" in quoted
    assert "Who handles crime content?" in quoted
    # unquoted: escaped so that the suggestion stays one argument
    plain = bash_complete(env, "mw ask recnt", "mw ask recnt")
    assert plain and all("\\ " in x for x in plain)
    assert any(x.startswith("Recent\\ ") for x in plain)
    empty = bash_complete(env, "mw ask ", "mw ask ''")
    assert len(empty) == 20
    # past the one question: nothing more
    assert bash_complete(env, "mw ask 'x' ", "mw ask 'x' ''") == []


def test_bash_kb_show_names_follow_the_kb(env, mw_home):
    got = bash_complete(env, "mw kb show '", "mw kb show \"'\"")
    sample = subprocess.run(["mw", "complete-names"], capture_output=True, text=True, env=env).stdout.split("\n")
    assert got and got[0] == sample[0]
    imp = subprocess.run(["mw", "kb", "import", str(DATA / "mini.jsonl")], capture_output=True, text=True, env=env)
    assert imp.returncode == 0, imp.stderr
    assert bash_complete(env, "mw kb show odi", "mw kb show odi") == ["Odile\\ Marchetti"]
    assert bash_complete(env, "mw kb show 'Tom", "mw kb show \"'Tom\"") == ["Tomasz Wren"]


# -------------------------------------------------------------------------------------------- zsh
ZSH_DRIVER = r'''
source "$1"; shift
compadd() { local a seen=0; for a in "$@"; do if (( seen )); then print -r -- "$a"; elif [[ $a == -- ]]; then seen=1; fi; done }
_files() { print -r -- "<files>" }
words=("$@"); CURRENT=$#
_mw
'''


def zsh_complete(env: dict[str, str], *words: str) -> list[str]:
    out = subprocess.run(["zsh", "-f", "-c", ZSH_DRIVER, "zsh", str(COMPLETIONS / "mw.zsh"), *words],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return [x for x in out.stdout.splitlines() if x]


def test_zsh(env):
    if not shutil.which("zsh"):
        pytest.skip("zsh not installed (apt-get install zsh): zsh completion not tested")
    assert {"ask", "suggest", "kb"} <= set(zsh_complete(env, "mw", ""))
    assert {"show", "stats"} <= set(zsh_complete(env, "mw", "kb", "s"))
    assert "--json" in zsh_complete(env, "mw", "ask", "--")
    got = zsh_complete(env, "mw", "ask", '"recent crime')
    assert "Recent crime thriller greenlights" in got and "Who handles crime content?" in got
    assert zsh_complete(env, "mw", "kb", "import", "x") == ["<files>"]
    name = subprocess.run(["mw", "complete-names"], capture_output=True, text=True, env=env).stdout.split("\n")[0]
    assert name in zsh_complete(env, "mw", "kb", "show", name[:3])


# ------------------------------------------------------------------------------------------- fish
def fish_complete(env: dict[str, str], line: str) -> list[str]:
    out = subprocess.run(["fish", "--no-config", "-c", f"source {COMPLETIONS / 'mw.fish'}; complete -C $argv[1]", line],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return [x.split("\t")[0] for x in out.stdout.splitlines() if x]


def test_fish(env):
    if not shutil.which("fish"):
        pytest.skip("fish not installed (apt-get install fish): fish completion not tested")
    assert {"ask", "suggest", "kb"} <= set(fish_complete(env, "mw "))
    assert set(fish_complete(env, "mw kb ")) >= {"import", "list", "show", "stats", "export"}
    assert "--json" in fish_complete(env, "mw ask --")
    got = fish_complete(env, 'mw ask "recent crime')
    assert "Recent crime thriller greenlights" in got
    assert set(fish_complete(env, "mw --home x kb list ")) == {"executives", "companies", "mandates", "greenlights"}
    name = subprocess.run(["mw", "complete-names"], capture_output=True, text=True, env=env).stdout.split("\n")[0]
    assert name in fish_complete(env, f"mw kb show {name[:3]}")
