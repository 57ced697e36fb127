"""`mw refresh`: keep the knowledge base fresh (run | status | daemon). See docs/refresh.md."""
from __future__ import annotations

import signal
import threading
import time
from typing import Annotated, Any, Optional

import typer

from mw.commands import _render as r
from mw.urls import redact_obj, redact_text

refresh_app = typer.Typer(help="Refresh the knowledge base from configured sources (jobs, schedules, staleness).",
                          no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]
COLUMNS = ["job", "result", "added", "updated", "unchanged", "skipped", "seconds", "note"]


def _row(res: Any) -> list[Any]:
    note = res.error or res.reason or ""
    if res.status in ("ok", "partial"):
        note = ", ".join(f"{s['source']}: {s.get('state', '') if s.get('status') == 'ok' else 'FAILED'}"
                         for s in res.sources)
    return [res.job, res.status, res.added, res.updated, res.unchanged, res.skipped, f"{res.duration_s:.1f}",
            redact_text(note)]


def _llm_line(job: str, llm: dict[str, Any]) -> str:
    cost = f"US${llm['cost_usd']:.4f}" if llm.get("priced") else "cost unknown (no price for this model: [llm.prices])"
    line = (f"{job}: LLM extractor ({llm['model']}): {llm['requests']} request(s), {llm['prompt_tokens']:,} prompt + "
            f"{llm['completion_tokens']:,} completion tokens, {cost}; {llm['greenlights']} greenlight(s) from replies")
    if llm.get("read_before"):
        line += f", {llm['read_before']} item(s) read before"
    if llm.get("fallbacks"):
        line += f", {llm['fallbacks']} item(s) fell back to the rules"
    if llm.get("dropped"):
        line += f", {llm['dropped']} greenlight(s) dropped (not supported by the text)"
    if llm.get("unavailable"):
        line += f"; LLM unavailable: {llm['unavailable']}"
    return line


@refresh_app.command("run")
def run_cmd(
    jobs: Annotated[Optional[list[str]], typer.Argument(help="Jobs to run (default: those due or stale).",
                                                        show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Run every enabled job (or the named ones) even if not due, "
                                                        "and refetch feeds ignoring ETag/Last-Modified.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing unless a job fails.")] = False,
    extractor: Annotated[Optional[str], typer.Option(
        "--extractor", help="How feed headlines become greenlights: rules, or llm (the configured LLM, checked "
                            "against the text; falls back to the rules per item). Default: [refresh] extractor, "
                            "else rules.", show_default=False)] = None,
    json_: JsonOpt = False,
) -> None:
    """Run jobs now. Exit 0 when all succeed, 1 when a job or source failed, 75 when another run holds the lock.

    Each source of a job is read on its own: a failing source is reported and the others land.
    """
    r.set_json(json_)
    from mw import config
    from mw.commands import _ctx
    from mw.ingest import refresh

    from mw.commands._progress import Progress

    config.set_overrides(**{"refresh.extractor": extractor})

    kb = _ctx.kb()
    bars: list[Progress] = []  # one per job: sources read so far, with rate and time left (stderr)

    def on_start(job: Any) -> None:
        if bars:
            bars.pop().__exit__(None, None, None)
        bars.append(Progress(f"refresh {job.name}", unit="sources", enabled=not quiet and not json_).__enter__())

    def on_source(job: Any, src: str, i: int, n: int) -> None:
        if bars:
            bars[-1].update(i - 1, n)

    try:
        report = refresh.run(jobs or None, force=force, settings=_ctx.settings(), state=_ctx.state(), kb=kb,
                             on_start=on_start, on_source=on_source)
    finally:
        while bars:
            bar = bars.pop()
            if bar.total:
                bar.update(bar.total)
            bar.__exit__(None, None, None)
    if any(j.added or j.updated for j in report.jobs):
        _ctx.refresh_completion(kb)
    if json_:
        r.emit_json(redact_obj(report.to_dict()))  # source URLs may carry tokens
    elif not quiet:
        if not report.jobs:
            r.info("Nothing to do: no job is due or stale (name jobs or pass --force to run them anyway).")
        else:
            from mw.ingest.headlines import UNCONFIRMED

            r.table(COLUMNS, [_row(j) for j in report.jobs])
            for j in report.jobs:
                if j.llm is not None:
                    r.info(_llm_line(j.job, j.llm))
                unvouched = sum(1 for s in j.skipped_items if s.get("reason", "").startswith(UNCONFIRMED))
                if unvouched:
                    r.info(f"{j.job}: {unvouched} headline(s) named a buyer or title that nothing vouches for and were "
                           "not written (--json lists them). Buyers in your knowledge base (mw kb import) are read "
                           "without the description naming them.")
    if not json_:
        for res in report.jobs:
            if res.status not in ("failed", "partial"):
                continue
            bad = [s for s in res.sources if s.get("status") == "failed"]
            if res.status == "partial":
                good = len(res.sources) - len(bad)
                r.err(f"mw: error: refresh job {res.job}: {len(bad)} of {len(res.sources)} sources failed; "
                      f"the other {good} landed")
            elif not bad:
                r.err(f"mw: error: refresh job {res.job} failed: {res.error}")
            else:
                r.err(f"mw: error: refresh job {res.job} failed: every source failed")
            for s in bad:
                r.err(f"  {s['error']}")
                if s.get("hint"):
                    r.err(f"    what to do: {s['hint']}")
            problems = res.problems
            for p in problems[:20]:
                r.err(f"  {p}")
            if len(problems) > 20:
                r.err(f"  ... and {len(problems) - 20} more")
    if not report.ok:
        raise typer.Exit(1)


@refresh_app.command("status")
def status_cmd(json_: JsonOpt = False) -> None:
    """Per job: status, last success and attempt, staleness, age, next run, last error."""
    r.set_json(json_)
    from mw.commands import _ctx
    from mw.ingest import refresh

    rep = refresh.status_report(_ctx.settings(), _ctx.state())
    rep = redact_obj(rep)  # source URLs and errors may carry tokens
    if json_:
        r.emit_json(rep)
        return
    r.table(["job", "status", "stale", "age (h)", "last success", "next run", "note"],
            [(j["job"], j["status"], "yes" if j["is_stale"] else "no",
              "" if j["age_hours"] is None else f"{j['age_hours']:.1f}", j["last_success"] or "never",
              j["next_run"] or "-", j["last_error"] or j["note"] or "") for j in rep["jobs"]])
    if rep["running"]:
        hb = rep["running"]
        r.info(f"A run is in progress: pid {hb.get('pid')} on {hb.get('host')}, job {hb.get('job')}.")


def _log(msg: str) -> None:
    r.err(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} mw refresh daemon: {msg}")


@refresh_app.command("daemon")
def daemon_cmd(
    check_every: Annotated[str, typer.Option("--check-every", help="How often to also run stale jobs (catch-up).")]
    = "1h",
) -> None:
    """Run jobs at their scheduled times in the foreground (the `schedule` library).

    Catches up on stale jobs at start and every --check-every; stops cleanly on
    SIGTERM or SIGINT (the job in progress finishes first; a second signal stops at once).
    """
    import schedule

    from mw.commands import _ctx
    from mw.ingest import refresh
    from mw.errors import Locked, MWError

    settings = _ctx.settings()
    conf = refresh.load_config(settings)
    catch_up = refresh.parse_duration(check_every, "--check-every")
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        _log(f"got {signal.Signals(signum).name}; stopping after the current job")
        stop.set()
        signal.signal(signum, signal.SIG_DFL)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def run(names: list[str] | None, what: str) -> None:
        if stop.is_set():
            return
        try:
            rep = refresh.run(names, settings=settings, state=_ctx.state(), kb=_ctx.kb(),
                              on_done=lambda j: _log(
                                  f"{j.job}: {j.status} (added {j.added}, updated {j.updated}, unchanged {j.unchanged}, "
                                  f"skipped {j.skipped})" + (f": {j.error}" if j.error else "")
                                  + (f": {j.reason}" if j.reason else "")),
                              should_stop=stop.is_set)
            if not rep.jobs and what == "catch-up":
                _log("catch-up: nothing stale")
        except Locked as e:
            _log(f"{what}: skipped: {e.message}")
        except MWError as e:  # config mistakes, store errors: log and keep the schedule
            _log(f"{what}: error: {e.message}")
        except Exception as e:  # noqa: BLE001 - the schedule library stops its loop on an exception
            _log(f"{what}: internal error: {type(e).__name__}: {e}")

    sched = schedule.Scheduler()
    for job in conf.jobs.values():
        if job.enabled:
            job.schedule.register(sched, lambda n=job.name: run([n], n))
            _log(f"scheduled {job.name}: {job.schedule.text} (stale after {job.stale_after / 3600:g} h)"
                 + ("" if job.sources else "; no sources configured"))
    sched.every(max(60, int(catch_up))).seconds.do(lambda: run(None, "catch-up"))
    _log("started; catching up on stale jobs")
    run(None, "catch-up")
    while not stop.is_set():
        sched.run_pending()
        idle = sched.idle_seconds
        stop.wait(max(0.5, min(idle if idle is not None else 60.0, 60.0)))
    _log("stopped")


def register(app: typer.Typer) -> None:
    app.add_typer(refresh_app, name="refresh")
