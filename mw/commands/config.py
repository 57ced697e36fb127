"""`mw config list|get|set|unset|path`: the effective settings, where each came from, and editing config.toml.

Precedence and the files read are described in :mod:`mw.config`. These
commands read the configuration leniently: a bad value or an unknown key is
reported (exit 2) next to everything that could be read, so the file can be
fixed with `mw config set` / `unset`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from mw.commands import _render as r

config_app = typer.Typer(
    name="config",
    help="Settings: the effective value of each, where it came from (flag, env, file, default); edit config.toml.",
    no_args_is_help=True,
    epilog="\b\nExamples:\n"
           "  mw config list\n"
           "  mw config get cache_ttl --json\n"
           "  mw config set serve.max_body_bytes 131072\n"
           "  mw config set --global home ~/mw-data\n"
           "  mw config path",
)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines for list).")]
GlobalOpt = Annotated[bool, typer.Option(
    "--global", help="Edit the per-user file ($XDG_CONFIG_HOME/mandate-wizard/config.toml) "
                     "instead of MW_HOME/config.toml.")]


def _load() -> tuple[Any, list[Any]]:
    from mw import config

    return config.load(strict=False)


def _owned_problems(settings: Any) -> list[Any]:
    """Problems in the tables their features check when they load them (tiers, limits, refresh jobs)."""
    from mw import config
    from mw.errors import ConfigError

    def tiers() -> None:
        from mw.ops.limits import load_statuses, load_tiers

        load_statuses(settings, load_tiers(settings))

    def refresh() -> None:
        from mw.ingest.refresh import load_config

        load_config(settings)

    out = []
    for table, check in (("tiers", tiers), ("refresh", refresh)):
        try:
            check()
        except ConfigError as e:
            out.append(config.Problem(e.message, table, settings.where(table), hint=e.hint))
    return out


def display(key: Any, value: Any) -> Any:
    """``value`` as safe to print: secrets hidden, credentials in URLs redacted."""
    from pathlib import PurePath

    if value is None:
        return None
    if key.secret:
        return "*** (set)"
    if key.url and isinstance(value, str):
        from mw.urls import redact

        return redact(value)
    if isinstance(value, PurePath):
        return str(value)
    return value


def _row(settings: Any, key: Any, problems: dict[str, str]) -> dict[str, Any]:
    src = settings.source(key.name)
    default = key.default() if callable(key.default) else key.default
    row: dict[str, Any] = {
        "key": key.name,
        "value": display(key, settings.value(key.name)),
        "source": src.to_dict(),
        "type": key.kind.what,
        "default": display(key, default),
        "env": list(key.env),
        "flag": key.flag,
        "in_file": key.in_file,
        "help": key.help,
    }
    if key.name in problems:
        row["problem"] = problems[key.name]
    return row


def _value_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _source_text(src: dict[str, Any]) -> str:
    if src["kind"] == "file":
        return f"{src['name']}:{src['line']}" if src.get("line") else src["name"]
    if src["kind"] in ("flag", "env"):
        return f"{src['kind']} {src['name']}"
    return "default"


def _report_problems(problems: list[Any]) -> None:
    for p in problems:
        r.err(f"mw: error: {p.message}")
        if p.hint:
            r.err(f"  hint: {p.hint}")


@config_app.command("list", epilog="\b\nExamples:\n  mw config list\n  mw config list --json | jq -c 'select(.source.kind != \"default\")'")
def list_(json_: JsonOpt = False) -> None:
    """Every setting: its effective value and where it came from (flag, env, file:line, default).

    Secrets are hidden and passwords in URLs replaced by ***. Problems in the
    configuration (also in [tiers.*] and [refresh]) are printed on stderr and make
    the exit status 2.
    """
    r.set_json(json_)
    from mw import config

    settings, problems = _load()
    bad = {p.key: p.message for p in problems}
    rows = [_row(settings, k, bad) for k in config.KEYS]
    problems += _owned_problems(settings)
    if json_:
        for row in rows:
            r.emit_json(row)
    else:
        r.table(["key", "value", "source"],
                [(row["key"], _value_text(row["value"]) + (" (invalid value ignored)" if "problem" in row else ""),
                  _source_text(row["source"])) for row in rows])
    if problems:
        _report_problems(problems)
        raise typer.Exit(2)


@config_app.command("get", epilog="\b\nExamples:\n  mw config get store\n  mw config get serve.threads --json")
def get(
    key: Annotated[str, typer.Argument(help="A setting name, e.g. cache_ttl or serve.max_body_bytes.",
                                       show_default=False)],
    json_: JsonOpt = False,
) -> None:
    """The effective value of one setting (empty when unset); --json adds its source, type and default."""
    r.set_json(json_)
    from mw import config
    from mw.errors import UsageError

    if key not in config.BY_NAME:
        import difflib

        near = difflib.get_close_matches(key, list(config.BY_NAME), n=1, cutoff=0.6)
        raise UsageError(f"unknown setting {key!r}",
                         hint=(f"Did you mean '{near[0]}'? " if near else "") + "See `mw config list`.")
    settings, problems = _load()
    bad = {p.key: p.message for p in problems}
    row = _row(settings, config.BY_NAME[key], bad)
    if json_:
        r.emit_json(row)
    else:
        r.out(_value_text(row["value"]))
    mine = [p for p in problems if p.key == key]
    if mine:
        _report_problems(mine)
        raise typer.Exit(2)


def _target(global_: bool) -> Path:
    from mw import config

    if global_:
        return config.user_config_path()
    settings, _ = _load()
    return settings.config_path


@config_app.command("set", epilog="\b\nExamples:\n  mw config set cache_ttl 600\n  mw config set serve.batch.max_batch 16\n  mw config set --global user ana@example.com")
def set_(
    key: Annotated[str, typer.Argument(help="A setting name (see `mw config list`).", show_default=False)],
    value: Annotated[str, typer.Argument(help="The new value; checked before anything is written.",
                                         show_default=False)],
    global_: GlobalOpt = False,
) -> None:
    """Write KEY = VALUE into config.toml (comments and layout are kept). The key and value are checked first."""
    from mw import config

    path = _target(global_)
    stored = config.set_value(path, key, value, user_file=global_ or path == config.user_config_path())
    r.info(f"{key} = {_value_text(display(config.BY_NAME[key], stored))} written to {path}")
    _after_edit(key, path)


@config_app.command("unset", epilog="\b\nExamples:\n  mw config unset cache_ttl\n  mw config unset --global user")
def unset(
    key: Annotated[str, typer.Argument(help="A setting name.", show_default=False)],
    global_: GlobalOpt = False,
) -> None:
    """Remove KEY from config.toml, so the next source (other file, default) applies."""
    from mw import config

    path = _target(global_)
    if config.unset_value(path, key, user_file=global_ or path == config.user_config_path()):
        r.info(f"{key} removed from {path}")
    else:
        r.info(f"{key} is not set in {path}; nothing to do")
    _after_edit(key, path)


def _after_edit(key: str, path: Path) -> None:
    """Say when something other than the edited file decides the value, and what else is wrong."""
    from mw import config

    settings, problems = _load()
    src = settings.source(key)
    if src.kind in ("flag", "env") or (src.kind == "file" and src.name != str(path)):
        r.warn(f"{key} is taken from {src} , which wins over {path}".replace(" ,", ","))
    if problems:
        _report_problems(problems)
        raise typer.Exit(2)


@config_app.command("path", epilog="\b\nExamples:\n  mw config path\n  mw config path --json")
def path(json_: JsonOpt = False) -> None:
    """The config files read, lowest precedence first: per-user, then MW_HOME/config.toml (which wins)."""
    r.set_json(json_)
    from mw import config

    settings, _ = _load()
    rows = [
        {"path": str(config.user_config_path()), "scope": "user", "exists": config.user_config_path().is_file()},
        {"path": str(settings.config_path), "scope": "data directory", "exists": settings.config_path.is_file()},
    ]
    if json_:
        for row in rows:
            r.emit_json(row)
        return
    for row in rows:
        r.out(f"{row['path']}\t{row['scope']}\t{'exists' if row['exists'] else 'absent'}")


def register(app: typer.Typer) -> None:
    app.add_typer(config_app)
