"""Shell completions: up to date with the CLI, shipped in the package, and working in real bash, zsh
and fish: the functions driven directly in a shell subprocess, and TAB pressed in interactive shells
under tmux, where the line must keep what was typed.

PATH starts at the venv's bin, so the `mw` the scripts call is this checkout.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from cli_util import DATA, ROOT

COMPLETIONS = ROOT / "mw" / "data" / "completions"
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
            f"mw/data/completions/{name} is out of date with the CLI: run .venv/bin/python scripts/gen_completions.py")


def test_mw_completion_prints_the_shipped_scripts():
    from cli_util import mw

    for shell in ("bash", "zsh", "fish"):
        res = mw("completion", shell)
        assert res.exit_code == 0
        assert res.stdout.strip() == (COMPLETIONS / f"mw.{shell}").read_text(encoding="utf-8").strip()


def test_wheel_ships_the_completions(tmp_path: Path):
    import zipfile

    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    names = zipfile.ZipFile(next(tmp_path.glob("mandate_wizard-*.whl"))).namelist()
    assert {"mw/data/completions/mw.bash", "mw/data/completions/mw.zsh", "mw/data/completions/mw.fish"} <= set(names)


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
    assert all(h for _, h in nodes[""].subs)  # descriptions for zsh and fish
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



def test_config_setting_names_complete_in_every_shell(env):
    """`mw config get|set|unset <TAB>` offers the setting names (static: no Python process)."""
    from mw import config

    names = {k.name for k in config.keys()}
    settable = {k.name for k in config.keys() if k.in_file}
    assert set(bash_complete(env, "mw config get ", "mw config get ''")) == names
    assert set(bash_complete(env, "mw config set ", "mw config set ''")) == settable
    assert set(bash_complete(env, "mw config set serve.b", "mw config set serve.b")) == {
        "serve.batch.max_batch", "serve.batch.cache_wait_ms", "serve.batch.embed_wait_ms"}
    assert bash_complete(env, "mw config unset cache_t", "mw config unset cache_t") == ["cache_ttl"]
    assert bash_complete(env, "mw config set cache_ttl ", "mw config set cache_ttl ''") == []  # the value: free text
    if shutil.which("zsh"):
        assert set(zsh_complete(env, "mw", "config", "get", "")) == names
    if shutil.which("fish"):
        assert set(fish_complete(env, "mw config set recent")) == {"recent_days", "recent_move_days"}


def _first_name(env: dict[str, str]) -> str:
    out = subprocess.run(["mw", "__complete", "names", "--", ""], capture_output=True, text=True, env=env)
    return out.stdout.split("\n")[0].split("\t")[0]


def test_bash_ask_offers_prefix_matches_that_keep_what_was_typed(env):
    quoted = bash_complete(env, 'mw ask "recent crime', "mw ask '\"recent crime'")
    assert "recent crime thriller greenlights" in quoted
    assert all(x.startswith("recent crime") for x in quoted)  # no contextual "Who handles crime ...": prefix only
    assert all(x.startswith("Recent Crime") for x in bash_complete(env, 'mw ask "Recent Crime', "mw ask '\"Recent Crime'"))
    # unquoted: escaped so that the suggestion stays one argument
    plain = bash_complete(env, "mw ask recent", "mw ask recent")
    assert plain and all(x.startswith("recent\\ ") for x in plain)
    assert bash_complete(env, "mw ask recnt", "mw ask recnt") == []  # a typo offers nothing rather than a rewrite
    empty = bash_complete(env, "mw ask ", "mw ask ''")
    assert len(empty) == 20
    # past the one question: nothing more
    assert bash_complete(env, "mw ask 'x' ", "mw ask 'x' ''") == []


def test_bash_kb_show_names_follow_the_kb(env, mw_home):
    got = bash_complete(env, "mw kb show '", "mw kb show \"'\"")
    assert got and got[0] == _first_name(env)
    imp = subprocess.run(["mw", "kb", "import", str(DATA / "mini.jsonl")], capture_output=True, text=True, env=env)
    assert imp.returncode == 0, imp.stderr
    assert bash_complete(env, "mw kb show odi", "mw kb show odi") == ["odile\\ Marchetti"]
    assert bash_complete(env, "mw kb show 'Tom", "mw kb show \"'Tom\"") == ["Tomasz Wren"]


# -------------------------------------------------------------------------------------------- zsh
ZSH_DRIVER = r'''
source "$1"; shift
compadd() { local a seen=0; for a in "$@"; do if (( seen )); then print -r -- "$a"; elif [[ $a == -- ]]; then seen=1; fi; done }
_describe() { local x; for x in "${(@P)${@[-1]}}"; do print -r -- "${${x%%:[^\\]*}//\\:/:}	${x#*[^\\]:}"; done }
_files() { print -r -- "<files>" }
words=("$@"); CURRENT=$#
_mw
'''


def zsh_complete(env: dict[str, str], *words: str, descriptions: bool = False) -> list[str]:
    out = subprocess.run(["zsh", "-f", "-c", ZSH_DRIVER, "zsh", str(COMPLETIONS / "mw.zsh"), *words],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [x for x in out.stdout.splitlines() if x]
    return lines if descriptions else [x.split("\t")[0] for x in lines]


def test_zsh(env):
    if not shutil.which("zsh"):
        pytest.skip("zsh not installed (apt-get install zsh): zsh completion not tested")
    assert {"ask", "suggest", "kb"} <= set(zsh_complete(env, "mw", ""))
    described = dict(x.split("\t", 1) for x in zsh_complete(env, "mw", "", descriptions=True))
    assert described["ask"].startswith("Who should I pitch") and described["kb"]  # subcommands with descriptions
    assert {"show", "stats"} <= set(zsh_complete(env, "mw", "kb", "s"))
    assert "--json" in zsh_complete(env, "mw", "ask", "--")
    assert dict(x.split("\t", 1) for x in zsh_complete(env, "mw", "ask", "--", descriptions=True))["--json"]
    got = zsh_complete(env, "mw", "ask", '"recent crime')
    assert "recent crime thriller greenlights" in got and all(x.startswith("recent crime") for x in got)
    assert zsh_complete(env, "mw", "kb", "import", "x") == ["<files>"]
    name = _first_name(env)
    assert name[:3] + name[3:] in zsh_complete(env, "mw", "kb", "show", name[:3])


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
    assert "recent crime thriller greenlights" in got
    assert set(fish_complete(env, "mw --home x kb list ")) == {"executives", "companies", "mandates", "greenlights"}
    name = _first_name(env)
    assert name in fish_complete(env, f"mw kb show {name[:3]}")


# ------------------------------------------------------------------ interactive shells under tmux
PROMPT = "READY$ "


class Tmux:
    """An interactive shell in a detached tmux session on its own server socket."""

    def __init__(self, env: dict[str, str], *argv: str) -> None:
        if not shutil.which("tmux"):
            pytest.skip("tmux not installed: interactive completion not tested")
        self.env = env
        self.sock = f"mwtest-{uuid.uuid4().hex[:12]}"
        self.tmux("new-session", "-d", "-x", "160", "-y", "40", "--", *argv)

    def tmux(self, *args: str) -> str:
        res = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", *args], capture_output=True, text=True,
                             env=self.env, timeout=30)
        assert res.returncode == 0, res.stderr
        return res.stdout

    def screen(self) -> list[str]:
        return [ln.rstrip() for ln in self.tmux("capture-pane", "-p").splitlines()]

    def run(self, line: str) -> None:
        self.tmux("send-keys", "-l", line)
        self.tmux("send-keys", "Enter")

    def wait(self, pred, timeout: float = 20.0) -> list[str]:
        end = time.monotonic() + timeout
        while True:
            scr = self.screen()
            if pred(scr) or time.monotonic() > end:
                return scr
            time.sleep(0.1)

    def ready(self) -> None:
        """Wait until the shell has run what was sent so far and shows a fresh prompt."""
        tag = f"done-{uuid.uuid4().hex[:8]}"
        self.run(f"echo {tag}")

        def settled(scr: list[str]) -> bool:
            filled = [ln for ln in scr if ln.strip()]
            return tag in scr and bool(filled) and filled[-1] == PROMPT.rstrip()

        scr = self.wait(settled, timeout=60)
        assert settled(scr), scr

    def tab(self, typed: str) -> str:
        """Type ``typed`` at a fresh prompt, press TAB, and return the prompt line once the shell answered."""
        self.tmux("send-keys", "-l", typed)
        self.wait(lambda scr: PROMPT + typed in scr)
        self.tmux("send-keys", "Tab")
        self.wait(lambda scr: PROMPT + typed not in scr)
        scr = self.stable()  # the completion has finished (a Ctrl-C now would interrupt it, not the line)
        return next((ln for ln in reversed(scr) if ln.startswith(PROMPT)), "")

    def stable(self, quiet: float = 0.7, timeout: float = 30.0) -> list[str]:
        """The screen once it has not changed for ``quiet`` seconds."""
        end = time.monotonic() + timeout
        last, since = self.screen(), time.monotonic()
        while time.monotonic() < end:
            time.sleep(0.1)
            scr = self.screen()
            if scr != last:
                last, since = scr, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
        return last

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.sock, "kill-server"], capture_output=True, env=self.env, timeout=30)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_tab_in_an_interactive_shell_keeps_what_was_typed(env, shell, tmp_path):
    """`mw ask "recent cr<TAB>` in a real terminal: the line grows from what was typed, never shrinks."""
    if not shutil.which(shell):
        pytest.skip(f"{shell} not installed")
    script = COMPLETIONS / f"mw.{shell}"
    argv = {"bash": ["bash", "--norc", "--noprofile"], "zsh": ["zsh", "-f"], "fish": ["fish", "--no-config"]}[shell]
    t = Tmux({**env, "TERM": "xterm-256color"}, *argv)
    try:
        if shell == "zsh":
            t.run(f"PS1='{PROMPT}'; autoload -U compinit && compinit -u -d {tmp_path}/zcompdump "
                  f"&& source {script}")
        elif shell == "fish":
            t.run(f"function fish_prompt; echo -n '{PROMPT}'; end; source {script}")
        else:
            t.run(f"PS1='{PROMPT}'; source {script}")
        t.ready()
        t.run("clear")
        t.ready()
        line = t.tab('mw ask "recent cr')
        assert line.startswith(PROMPT + 'mw ask "recent crime'), t.screen()
        t.tmux("send-keys", "C-e", "C-u")  # empty the line (end, then kill to its start) in all three shells
        t.ready()
        line = t.tab('mw ask "Recent Cr')
        assert line.startswith(PROMPT + 'mw ask "Recent Crime'), t.screen()
    finally:
        t.close()


def test_mw_completion_install_puts_the_scripts_where_the_shells_look(env, tmp_path):
    from cli_util import mw

    xdg = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    res = mw("completion", "install", "bash", "zsh", "fish", "--json", env=xdg)
    assert res.exit_code == 0, res.stdout + res.stderr
    import json

    paths = {d["shell"]: Path(d["path"]) for d in map(json.loads, res.stdout.splitlines())}
    assert paths["fish"] == tmp_path / "config" / "fish" / "completions" / "mw.fish"
    assert paths["bash"] == tmp_path / "data" / "bash-completion" / "completions" / "mw"
    for shell, path in paths.items():
        assert path.read_text(encoding="utf-8") == (COMPLETIONS / f"mw.{shell}").read_text(encoding="utf-8")
    res = mw("completion", "install", env={**xdg, "SHELL": "/usr/bin/fish"})
    assert res.exit_code == 0 and "fish: installed" in res.stdout
    assert mw("completion", "install", env={**xdg, "SHELL": "/bin/tcsh"}).exit_code == 2
    if shutil.which("fish"):  # fish finds it without being told
        out = subprocess.run(["fish", "-c", "complete -C 'mw kb '"], capture_output=True, text=True,
                             env={**env, **xdg}, timeout=60)
        assert "import" in out.stdout.split(), out.stdout + out.stderr
    if shutil.which("zsh"):  # zsh with that directory in fpath, as the note says
        drv = (f"fpath=({paths['zsh'].parent} $fpath); autoload -U compinit; compinit -u -d {tmp_path}/zcd; "
               "print -r -- ${_comps[mw]}")
        out = subprocess.run(["zsh", "-f", "-c", drv], capture_output=True, text=True, env={**env, **xdg}, timeout=60)
        assert out.stdout.strip() == "_mw", out.stdout + out.stderr
