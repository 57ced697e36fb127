"""Examples shown at the end of every command's ``--help``.

One place for all of them, keyed by command path, so that adding a command means adding its examples
here (``tests/test_cli.py`` fails for a command without any, and checks that each example parses as
that command). A command that sets its own ``epilog`` keeps it. :func:`apply` is called by
:mod:`mw.cli` when it builds a command.
"""
from __future__ import annotations

from typing import Any

EXAMPLES: dict[str, list[str]] = {
    "ask": [
        'mw ask "Who should I pitch a Nordic crime thriller to?"',
        'mw ask "What is Sigrid Aalvik\'s mandate?" --sources',
        'mw ask "Recent true crime docuseries greenlights" --top-k 5 --json',
        "printf 'Who buys stand-up specials?\\nRecent kids greenlights\\n' | mw ask - --json",
    ],
    "suggest": [
        "mw suggest",
        "mw suggest recent crime",
        "mw suggest --limit 3 --json",
    ],
    "kb": ["mw kb import buyers.jsonl", "mw kb list executives --genre crime", 'mw kb show "Sigrid Aalvik"'],
    "kb import": [
        "mw kb import data.jsonl",
        "mw kb import executives.csv greenlights.csv --skip-invalid",
        "mw kb import --replace everything.jsonl --json",
    ],
    "kb list": [
        "mw kb list executives --genre crime --region Nordics",
        "mw kb list greenlights --company Fjellmark --limit 10",
        "mw kb list mandates --json | jq .text",
    ],
    "kb show": ['mw kb show "Sigrid Aalvik"', "mw kb show fjellmark --json"],
    "kb history": ['mw kb history "Sigrid Aalvik"', "mw kb history --moves --since 2026-01-01"],
    "kb stats": ["mw kb stats", "mw kb stats --json"],
    "kb export": ["mw kb export > backup.jsonl", "mw kb export --type executive -o executives.jsonl"],
    "kb reindex": ["mw kb reindex", "mw kb reindex --full"],
    "limits": ["mw limits", "mw limits --user ana@example.com --json"],
    "limits set-tier": ["mw limits set-tier ana@example.com standard", "mw limits set-tier bo@example.com enterprise"],
    "limits users": ["mw limits users", "mw limits users --json"],
    "limits reset": ["mw limits reset ana@example.com"],
    "stats": ["mw stats", "mw stats --days 7 --user ana@example.com", "mw stats --json | jq .percentiles"],
    "refresh": ["mw refresh run", "mw refresh status", "mw refresh daemon"],
    "refresh run": ["mw refresh run", "mw refresh run recent_greenlights --force", "mw refresh run --quiet"],
    "refresh status": ["mw refresh status", "mw refresh status --json"],
    "refresh daemon": ["mw refresh daemon", "mw refresh daemon --check-every 10m"],
    "serve": ["mw serve --port 8000", "mw serve keys add ana@example.com --tier team",
              "mw serve --host 0.0.0.0 --port 8000 --workers 2"],
    "serve keys": ["mw serve keys add ana@example.com --tier team", "mw serve keys list",
                   "mw serve keys revoke ana@example.com"],
    "serve keys add": ["mw serve keys add ana@example.com", "mw serve keys add bo@example.com --tier standard --json"],
    "serve keys list": ["mw serve keys list", "mw serve keys list --json"],
    "serve keys revoke": ["mw serve keys revoke ana@example.com", "mw serve keys revoke mw_AbCd12"],
    "serve-metrics": ["mw serve-metrics", "mw serve-metrics --host 0.0.0.0 --port 9464"],
    "trends": ["mw trends", "mw trends --genre crime --by year", "mw trends --buyer Fjellmark --since 2025-01-01"],
    "compare": ["mw compare Fjellmark Brightwater", "mw compare Fjellmark Brightwater --genre crime --json"],
    "watch": ['mw watch add "Recent crime greenlights"', "mw watch list", "mw watch check"],
    "watch add": ['mw watch add "Recent crime greenlights"',
                  'mw watch add "Fjellmark greenlights" --name fjellmark --webhook https://hooks.example.org/mw'],
    "watch list": ["mw watch list", "mw watch list --json"],
    "watch rm": ["mw watch rm fjellmark"],
    "watch check": ["mw watch check", "mw watch check fjellmark --json"],
    "history": ["mw history", "mw history show 1"],
    "history show": ["mw history show", "mw history show 3 --json"],
    "config": ["mw config list", "mw config set default_tier free", "mw config path"],
    "config list": ["mw config list", "mw config list --json"],
    "config get": ["mw config get store", "mw config get cache_ttl --json"],
    "config set": ["mw config set default_tier free", "mw config set --global llm_model gpt-4o-mini"],
    "config unset": ["mw config unset default_tier"],
    "config path": ["mw config path"],
}


def epilog(path: str) -> str | None:
    lines = EXAMPLES.get(path)
    if not lines:
        return None
    return "\b\nExamples:\n" + "\n".join(f"  {x}" for x in lines)


def apply(cmd: Any, path: str) -> None:
    """Give ``cmd`` (and its subcommands) the examples of their paths, unless they have an epilog."""
    if not getattr(cmd, "epilog", None) and "Example" not in (getattr(cmd, "help", None) or ""):
        text = epilog(path)
        if text:
            cmd.epilog = text
    for name, sub in (getattr(cmd, "commands", None) or {}).items():
        apply(sub, f"{path} {name}")
