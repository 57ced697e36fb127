"""Several hosts on one Redis: separate `mw` processes with separate MW_HOMEs and one REDIS_URL.

Each "host" is a directory used as its own ``MW_HOME`` (its own knowledge base, config
and local fallback state) and every command runs as a real ``python -m mw`` process.
The shared Redis is a throw-away ``redis-server`` on loopback (``redis_url``).

- limits stay exact across hosts (20 concurrent ``mw ask`` on two hosts, 10 allowed);
- the answer cache is shared between hosts with the same knowledge-base version, and
  never between hosts whose knowledge bases differ;
- metrics (one ``mw serve-metrics`` scrape) and ``mw stats`` sum over hosts;
- one refresh lock holds for all hosts (exit 75 on the other host).

As root, with ``ip netns`` working, :func:`test_cut_off_host_falls_back_and_rejoins`
also puts two hosts in their own network namespaces, joined by veth pairs to a third
namespace that runs redis-server, and cuts one host's link in the middle of a batch.
It uses private addresses (10.231.0.0/29) that exist only inside the namespaces it
creates, and removes them (and the veths inside) when it ends, pass or fail.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Sequence
from urllib.parse import quote

import pytest

from cli_util import DATA, ROOT
from test_refresh import FeedServer, configure

QUESTION = "Who should I pitch a crime thriller to?"
MINI = DATA / "mini.jsonl"
# One change to the knowledge base: a greenlight host B imports and host A does not have.
EXTRA = {"type": "greenlight", "title": "Glass Meridian", "buyer": "Harbor Light Media", "date": "2026-07-01",
         "genres": ["crime", "thriller"], "format": "series", "region": "UK",
         "executives": ["Odile Marchetti"], "logline": "A ferry inspector follows a missing manifest."}


class Host:
    """One host: its own MW_HOME, the shared Redis URL, commands run as real processes.

    ``prefix`` is put before ``python -m mw`` (e.g. ``ip netns exec NS``)."""

    def __init__(self, home: Path, redis_url: str, prefix: Sequence[str] = (), **env: str) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.home = home
        self.prefix = list(prefix)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MW_") and k != "REDIS_URL"}
        self.env.update({
            "MW_HOME": str(home), "REDIS_URL": redis_url,
            "MW_STORE_RETRY_SECONDS": "1",  # short cooldown before a cut-off host retries Redis
            "MW_SEMANTIC": "off",           # lexical retrieval only: fast, identical on every host
        })
        self.env.update(env)

    def argv(self, *args: str) -> list[str]:
        return [*self.prefix, sys.executable, "-m", "mw", *args]

    def run(self, *args: str, input: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(self.argv(*args), input=input, capture_output=True, text=True,
                              env={**self.env, **(env or {})}, cwd=str(ROOT), timeout=timeout)

    def popen(self, *args: str, **kw: Any) -> subprocess.Popen:
        kw.setdefault("stdout", subprocess.PIPE)
        kw.setdefault("stderr", subprocess.PIPE)
        return subprocess.Popen(self.argv(*args), text=True, env=self.env, cwd=str(ROOT), **kw)

    def ok(self, *args: str, input: str | None = None) -> str:
        res = self.run(*args, input=input)
        assert res.returncode == 0, f"{args} exited {res.returncode}: {res.stdout}{res.stderr}"
        assert not _warnings(res.stderr), res.stderr  # healthy hosts never warn about the store
        return res.stdout

    def json(self, *args: str, input: str | None = None) -> Any:
        return json.loads(self.ok(*args, "--json", input=input))

    def version(self) -> str:
        return self.json("kb", "stats")["version"]


def parallel(calls: Sequence[Callable[[], Any]]) -> list[Any]:
    with ThreadPoolExecutor(max_workers=len(calls)) as ex:
        return [f.result() for f in [ex.submit(c) for c in calls]]


@pytest.fixture
def hosts(tmp_path: Path, redis_url: str) -> tuple[Host, Host]:
    """Two hosts on the flushed session Redis, each with the mini knowledge base imported."""
    a, b = Host(tmp_path / "host-a", redis_url), Host(tmp_path / "host-b", redis_url)
    parallel([lambda: a.ok("kb", "import", str(MINI)), lambda: b.ok("kb", "import", str(MINI))])
    return a, b


# --------------------------------------------------------------------------- rate limits
def test_rate_limits_are_exact_across_hosts(hosts: tuple[Host, Host]):
    a, b = hosts
    tiers = '[tiers.probe]\ndaily = 1000\nburst = 12\n'
    for h in hosts:  # tiers are configuration: every host needs the same config.toml
        (h.home / "config.toml").write_text(tiers)
    a.ok("limits", "set-tier", "pat@x.org", "probe")  # recorded in Redis: host B sees it
    assert b.json("limits", "--user", "pat@x.org")["tier"] == "probe"
    for h in hosts:  # one question on each host: 10 of the 12 per minute are left
        h.ok("ask", QUESTION, "--user", "pat@x.org")
    burst = a.json("limits", "--user", "pat@x.org")["burst"]
    assert (burst["used"], burst["remaining"]) == (2, 10)

    procs = [h.popen("ask", QUESTION, "--user", "pat@x.org", "--json") for h in (a, b) for _ in range(10)]
    outs = [p.communicate(timeout=90) + (p.returncode,) for p in procs]
    codes = [code for _, _, code in outs]
    assert sorted(codes) == [0] * 10 + [3] * 10, outs
    for out, err, code in outs:
        if code == 3:
            assert json.loads(out)["error"] == "burst_limit_exceeded", out + err
        else:
            assert json.loads(out)["question"] == QUESTION
    # both hosts answered some and were refused some only if the race says so; the total is exact
    for h in hosts:
        st = h.json("limits", "--user", "pat@x.org")
        assert (st["burst"]["used"], st["burst"]["remaining"], st["daily"]["used"]) == (12, 0, 12), st
    ov = b.json("stats", "--user", "pat@x.org")["overview"]
    assert (ov["total_queries"], ov["rate_limited"]) == (22, 10), ov


# --------------------------------------------------------------------------- answer cache
def test_answer_cache_is_shared_by_kb_version(hosts: tuple[Host, Host], tmp_path: Path):
    a, b = hosts
    assert a.version() == b.version()  # same file imported on both hosts: same version
    first = a.json("ask", QUESTION)
    assert first["cached"] is False
    on_b = b.json("ask", QUESTION)
    assert on_b["cached"] is True and on_b["answer"] == first["answer"]

    change = tmp_path / "change.jsonl"
    change.write_text(json.dumps(EXTRA) + "\n")
    b.ok("kb", "import", str(change))
    assert b.version() != a.version()
    changed = b.json("ask", QUESTION)
    assert changed["cached"] is False  # B's knowledge base differs: A's answer is not served to it
    assert "Glass Meridian" in json.dumps(changed) and "Glass Meridian" not in json.dumps(first)
    assert a.json("ask", QUESTION)["cached"] is True  # A's entry is still valid for A
    # A catches up with the same change: same version again, so it gets B's answer
    a.ok("kb", "import", str(change))
    assert a.version() == b.version()
    caught_up = a.json("ask", QUESTION)
    assert caught_up["cached"] is True and caught_up["answer"] == changed["answer"]


# --------------------------------------------------------------------------- metrics and stats
def _scrape_total(url: str, family: str) -> float:
    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(url, timeout=10) as resp:
        text = resp.read().decode()
    return sum(s.value for f in text_string_to_metric_families(text) if f.name == family
               for s in f.samples if s.name == family + "_total" or (s.name == family and f.type == "gauge"))


def test_metrics_and_stats_sum_over_hosts(hosts: tuple[Host, Host]):
    a, b = hosts
    server = a.popen("serve-metrics", "--port", "0")
    try:
        line = server.stderr.readline()
        assert "listening on http://127.0.0.1:" in line, line
        url = "http://127.0.0.1:" + line.split("127.0.0.1:")[1].split()[0] + "/metrics"
        assert _scrape_total(url, "mandatewizard_queries") == 0
        parallel([
            lambda: a.ok("ask", "-", "--user", "ann@x.org",
                         input="Who handles horror features?\nWho should I pitch a crime thriller to?\n"),
            lambda: b.ok("ask", "-", "--user", "bo@x.org",
                         input="Who handles horror features?\nWhat is Copperline's pitch process?\n"
                               "Who greenlit crime series in the UK?\n"),
        ])
        # one scrape of the server on host A: the questions of both hosts
        assert _scrape_total(url, "mandatewizard_queries") == 5
        assert _scrape_total(url, "mandatewizard_active_users") == 2
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
            server.stdout.close()
            server.stderr.close()
    assert server.returncode == 0
    for h in hosts:  # `mw stats` on either host: every host's questions
        ov = h.json("stats")["overview"]
        assert (ov["total_queries"], ov["unique_users"], ov["errors"]) == (5, 2, 0), ov
        assert h.json("stats", "--user", "bo@x.org")["overview"]["total_queries"] == 3


# --------------------------------------------------------------------------- refresh lock
@pytest.fixture
def feeds():
    s = FeedServer()
    yield s
    s.close()


def test_one_refresh_lock_for_all_hosts(hosts: tuple[Host, Host], feeds: FeedServer):
    a, b = hosts
    feeds.routes["/stall"] = feeds.routes["/tv/feed/"]
    for h in hosts:
        configure(h.home, {"recent_greenlights": {"sources": [feeds.url("/stall")]}}, timeout=20)
    runner = a.popen("refresh", "run", "recent_greenlights")
    try:
        assert feeds.stalled.wait(20), "host A's run never reached the source"
        res = b.run("refresh", "run", "recent_greenlights")
        assert res.returncode == 75, res.stdout + res.stderr
        assert "another refresh run holds the lock" in res.stderr and f"pid {runner.pid}" in res.stderr
        assert b.json("refresh", "status")["running"]["job"] == "recent_greenlights"  # A's run, seen from B
        feeds.release.set()
        out, err = runner.communicate(timeout=30)
        assert runner.returncode == 0, err
        assert "recent_greenlights\tok\t" in out
    finally:
        if runner.poll() is None:
            runner.kill()
            runner.wait()
    assert len(feeds.hits("/stall")) == 1  # B never fetched while A held the lock
    # The lock is free again. B refreshes its own knowledge base from the same source: it must
    # really fetch (not reuse A's HTTP validators, which describe A's knowledge base) and end
    # up with the same records, hence the same version and a shared answer cache.
    rep = json.loads(b.ok("refresh", "run", "recent_greenlights", "--json").splitlines()[-1])
    job = next(j for j in rep["jobs"] if j["job"] == "recent_greenlights")
    assert job["status"] == "ok" and job["added"] > 0, job
    assert b.version() == a.version()


# --------------------------------------------------------------------------- network namespaces
REDIS_PORT = 6379
NET = {  # /30 links: redis side, host side
    "a": ("10.231.0.1", "10.231.0.2"),
    "b": ("10.231.0.5", "10.231.0.6"),
}


def _netns_skip_reason() -> str | None:
    if sys.platform != "linux":
        return "network namespaces are Linux only"
    if os.geteuid() != 0:
        return "cutting a host off with network namespaces needs root (ip netns); run the suite as root"
    for tool in ("ip", "redis-server", "redis-cli"):
        if not shutil.which(tool):
            return f"{tool} not installed (iproute2, redis-server, redis-tools)"
    probe = f"mwprobe{os.getpid()}"
    res = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if res.returncode != 0:
        return f"`ip netns add` does not work here: {res.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def _ip(*args: str) -> None:
    res = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=20)
    assert res.returncode == 0, f"ip {' '.join(args)}: {res.stderr}"


class Netns:
    """Namespaces ``r`` (redis-server), ``a`` and ``b`` (hosts), veth a<->r and b<->r."""

    def __init__(self) -> None:
        tag = f"mw{os.getpid()}"
        self.ns = {k: f"{tag}{k}" for k in ("r", "a", "b")}
        self.created: list[str] = []
        self.redis: subprocess.Popen | None = None

    def setup(self) -> None:
        for name in self.ns.values():
            _ip("netns", "add", name)
            self.created.append(name)
            _ip("-n", name, "link", "set", "lo", "up")
        for h in ("a", "b"):
            r_addr, h_addr = NET[h]
            # created inside the namespaces: no interface ever appears in the root namespace
            _ip("-n", self.ns["r"], "link", "add", f"to{h}", "type", "veth", "peer", "name", "eth0",
                "netns", self.ns[h])
            _ip("-n", self.ns["r"], "addr", "add", f"{r_addr}/30", "dev", f"to{h}")
            _ip("-n", self.ns[h], "addr", "add", f"{h_addr}/30", "dev", "eth0")
            _ip("-n", self.ns["r"], "link", "set", f"to{h}", "up")
            _ip("-n", self.ns[h], "link", "set", "eth0", "up")
        self.redis = subprocess.Popen(
            ["ip", "netns", "exec", self.ns["r"], shutil.which("redis-server") or "redis-server",
             "--bind", NET["a"][0], NET["b"][0], "--port", str(REDIS_PORT), "--protected-mode", "no",
             "--save", "", "--appendonly", "no", "--dir", "/tmp", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while self.cli("PING") != "PONG":
            assert self.redis.poll() is None, self.redis.stderr.read()
            assert time.monotonic() < deadline, "redis-server did not answer in its namespace"
            time.sleep(0.05)

    def cli(self, *args: str) -> str:
        res = subprocess.run(["ip", "netns", "exec", self.ns["r"], "redis-cli", "-h", NET["a"][0],
                              "-p", str(REDIS_PORT), *args], capture_output=True, text=True, timeout=10)
        return res.stdout.strip()

    def daily_used(self, user: str) -> int:
        """The user's daily question count in Redis (the limits window every question hits)."""
        keys = self.cli("--scan", "--pattern", f"mw:wf:limits:d:*:{quote(user, safe='@.+-_')}").split()
        return sum(int(self.cli("HGET", k, "n") or 0) for k in keys)

    def url(self, h: str) -> str:
        return f"redis://{NET[h][0]}:{REDIS_PORT}/0"

    def link(self, h: str, up: bool) -> None:
        _ip("-n", self.ns[h], "link", "set", "eth0", "up" if up else "down")

    def teardown(self) -> None:
        if self.redis is not None:
            if self.redis.poll() is None:
                self.redis.kill()
            self.redis.wait(10)
            self.redis.stderr.close()
        for name in reversed(self.created):  # deleting a namespace deletes the veths in it
            subprocess.run(["ip", "netns", "del", name], capture_output=True, timeout=20)


@pytest.fixture
def netns():
    reason = _netns_skip_reason()
    if reason:
        pytest.skip(f"netns multi-host test skipped: {reason}")
    n = Netns()
    try:
        n.setup()
        yield n
    finally:
        n.teardown()
    leftover = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    assert not any(name in leftover for name in n.ns.values()), leftover


def _wait(cond: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _local_daily(home: Path, user: str) -> int:
    """The user's daily count on a host's local fallback store (0 before it exists)."""
    from mw.ops.limits import day_window
    from mw.store.state.disk import DiskStore
    from mw.store.state.base import Window

    if not (home / "state").exists():
        return 0
    now = time.time()
    day, midnight = day_window(now)
    store = DiskStore(home / "state")
    try:
        w = Window(key=f"limits:d:{day}:{quote(user, safe='@.+-_')}", limit=None, kind="fixed", reset_at=midnight)
        return store.peek_windows([w], now)[0].used
    finally:
        store.close()


def _warnings(text: str) -> list[str]:
    """The store warnings in ``text`` (stderr): Redis unreachable, local store used."""
    return [line for line in text.splitlines() if line.startswith("mw: warning:") and "local store" in line]


def test_cut_off_host_falls_back_and_rejoins(netns: Netns, tmp_path: Path):
    # enterprise: no daily quota in the way of a long batch (questions are still counted)
    a = Host(tmp_path / "ns-a", netns.url("a"), ["ip", "netns", "exec", netns.ns["a"]], MW_USER="ann@x.org",
             MW_DEFAULT_TIER="enterprise")
    b = Host(tmp_path / "ns-b", netns.url("b"), ["ip", "netns", "exec", netns.ns["b"]], MW_USER="bo@x.org",
             MW_DEFAULT_TIER="team")
    parallel([lambda: a.ok("kb", "import", str(MINI)), lambda: b.ok("kb", "import", str(MINI))])
    parallel([lambda: a.ok("ask", QUESTION), lambda: b.ok("ask", QUESTION)])  # both on Redis, no warning
    assert (netns.daily_used("ann@x.org"), netns.daily_used("bo@x.org")) == (1, 1)

    n = 1500
    questions = [f"Who should I pitch crime thriller number {i} to?" for i in range(n)]
    qfile, out_path, err_path = tmp_path / "q.txt", tmp_path / "batch.out", tmp_path / "batch.err"
    qfile.write_text("\n".join(questions) + "\n")
    with qfile.open() as stdin, out_path.open("w") as out, err_path.open("w") as err:
        batch = a.popen("ask", "-", "--json", "--no-cache", stdin=stdin, stdout=out, stderr=err)
    try:
        _wait(lambda: netns.daily_used("ann@x.org") >= 40 or batch.poll() is not None, 30, "the batch to start")
        batch.send_signal(signal.SIGSTOP)
        assert batch.poll() is None, "the batch finished before the cut; make it longer"
        before_cut = netns.daily_used("ann@x.org")
        netns.link("a", up=False)  # cut host A off from Redis, mid-batch
        batch.send_signal(signal.SIGCONT)
        warning = _wait(lambda: _warnings(err_path.read_text()), 20, "the fallback warning")
        assert "unreachable" in warning[0] and "using the local store" in warning[0], warning
        # let A answer a few dozen questions on its local store, then hold it there
        _wait(lambda: _local_daily(a.home, "ann@x.org") >= 20 or batch.poll() is not None, 20, "local answers")
        batch.send_signal(signal.SIGSTOP)
        assert batch.poll() is None, "the batch finished during the outage; make it longer"
        assert netns.daily_used("ann@x.org") == before_cut  # nothing of the outage reached Redis

        # host B is not affected by A's outage
        on_b = b.run("ask", QUESTION)
        assert on_b.returncode == 0 and not _warnings(on_b.stderr), on_b.stderr
        assert netns.daily_used("bo@x.org") == 2
        # fail-closed limits on a cut-off host refuse instead of counting locally (its own MW_HOME:
        # the stopped batch may hold a transaction open on A's local store)
        a2 = Host(tmp_path / "ns-a2", netns.url("a"), a.prefix, MW_USER="ann@x.org", MW_LIMITS_FAIL_MODE="closed",
                  MW_DEFAULT_TIER="team")
        closed = a2.run("ask", QUESTION)
        assert closed.returncode == 6, closed.stdout + closed.stderr
        assert len(_warnings(closed.stderr)) == 1 and "limits_fail_mode" in closed.stderr

        netns.link("a", up=True)  # Redis is back for host A
        time.sleep(1.3)  # past the 1 s cooldown: A's next store call retries Redis
        batch.send_signal(signal.SIGCONT)
        _wait(lambda: netns.daily_used("ann@x.org") > before_cut or batch.poll() is not None, 20, "the rejoin")
        assert batch.wait(60) == 0, err_path.read_text()
    finally:
        if batch.poll() is None:
            batch.send_signal(signal.SIGCONT)
            batch.kill()
            batch.wait()
        netns.link("a", up=True)

    answers = [json.loads(line) for line in out_path.read_text().splitlines()]
    assert [r["question"] for r in answers] == questions  # no answer lost, in order
    assert all(r["answer"] and r["executives"] for r in answers)
    errs = err_path.read_text()
    assert len(_warnings(errs)) == 1, errs  # warned once, for the one outage
    on_redis = netns.daily_used("ann@x.org")
    assert on_redis > before_cut, "host A never came back to Redis"
    # questions asked during the outage were counted on A's local fallback store and stay there
    local = json.loads(subprocess.run(
        [sys.executable, "-m", "mw", "--store", str(a.home / "state"), "limits", "--json"],
        capture_output=True, text=True, env=a.env, cwd=str(ROOT), timeout=30).stdout)
    assert local["daily"]["used"] >= 20
    # Every question was counted, on Redis or locally. The one command A had just written to its
    # socket when the link went down stays in the kernel's send queue; TCP may still deliver it
    # once the link is back, so that one question can count on both sides (the FailoverStore
    # caveat: a write whose reply was lost may be applied on both sides). Never more than one.
    assert 1 + n <= on_redis + local["daily"]["used"] <= 2 + n

    after = a.run("ask", QUESTION)  # a new process on A: back on Redis, no warning
    assert after.returncode == 0 and not _warnings(after.stderr), after.stderr
    assert 2 + n <= netns.daily_used("ann@x.org") + local["daily"]["used"] <= 3 + n
    # the batch's analytics were buffered and flushed at exit, after the rejoin: nothing lost
    ov = b.json("stats")["overview"]
    assert ov["total_queries"] == (1 + n + 1) + (1 + 1), ov  # A: 1 + batch + 1; B: 2 (the refused run flushed locally)
