"""Knowledge base: import (JSONL/CSV, all-or-nothing, idempotent), list/show/stats/export, sample data."""
from __future__ import annotations

import json
from pathlib import Path

from cli_util import DATA, mw, mw_json, mw_jsonl


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n")
    return p


def test_import_into_empty_home_and_list(tmp_path):
    res = mw("kb", "import", str(DATA / "mini.jsonl"))
    assert res.exit_code == 0, res.stderr
    execs = mw_jsonl("kb", "list", "executives")
    assert sorted(e["name"] for e in execs) == ["Odile Marchetti", "Tomasz Wren"]
    odile = next(e for e in execs if e["name"] == "Odile Marchetti")
    assert odile["company"] == "harbor-light-media" and odile["formats"] == ["series", "limited series"]
    stats = mw_json("kb", "stats")
    assert stats["sample"] is False
    assert stats["counts"] == {"companies": 2, "executives": 2, "mandates": 2, "greenlights": 3}


def test_first_import_replaces_sample_and_sample_is_labelled():
    stats = mw_json("kb", "stats")
    assert stats["sample"] is True and stats["counts"]["executives"] >= 40
    res = mw("kb", "list", "executives")
    assert "sample data" in res.stderr.lower()
    mw("kb", "import", str(DATA / "mini.jsonl"))
    stats = mw_json("kb", "stats")
    assert stats["sample"] is False and stats["counts"]["executives"] == 2
    exported = [json.loads(line) for line in mw("kb", "export").stdout.splitlines()]
    assert not any(r.get("sample") for r in exported)


def test_import_is_idempotent():
    first = mw_json("kb", "import", str(DATA / "mini.jsonl"))
    v1 = first["version"]
    again = mw_json("kb", "import", str(DATA / "mini.jsonl"))
    assert sum(again["added"].values()) == 0 and sum(again["updated"].values()) == 0
    assert again["unchanged"]["greenlight"] == 3
    assert again["version"] == v1


def test_csv_import_type_from_filename():
    mw("kb", "import", str(DATA / "mini.jsonl"))
    res = mw_json("kb", "import", str(DATA / "executives.csv"))
    assert res["added"]["executive"] == 1
    shown = mw_json("kb", "show", "priya kaul")
    assert shown["record"]["genres"] == ["comedy", "stand-up"]
    assert shown["record"]["formats"] == ["special", "series"]


def test_malformed_line_rejects_whole_import(tmp_path):
    mw("kb", "import", str(DATA / "mini.jsonl"))
    before = mw("kb", "export").stdout
    bad = _write(tmp_path, "bad.jsonl", [
        '{"type":"executive","name":"New Person","company":"Copperline Studios"}',
        '{"type":"executive","name": broken',
        '{"type":"greenlight","title":"No Date","buyer":"Copperline Studios"}',
        '{"type":"greenlight","title":"Bad Date","buyer":"Copperline Studios","date":"2025-13-45"}',
    ])
    res = mw("kb", "import", str(bad))
    assert res.exit_code == 5
    assert f"{bad}:2: malformed JSON" in res.stderr
    assert f"{bad}:3: missing required field 'date'" in res.stderr
    assert f"{bad}:4: bad date '2025-13-45'" in res.stderr
    assert "not changed" in res.stderr
    assert mw("kb", "export").stdout == before


def test_skip_invalid_imports_valid_rows(tmp_path):
    mw("kb", "import", str(DATA / "mini.jsonl"))
    bad = _write(tmp_path, "mixed.jsonl", [
        '{"type":"executive","name":"New Person","company":"Copperline Studios"}',
        '{"type":"mandate","executive":"Nobody Known","text":"x"}',
    ])
    res = mw("kb", "import", str(bad), "--skip-invalid", "--json")
    assert res.exit_code == 0
    out = json.loads(res.stdout)
    assert out["added"]["executive"] == 1 and len(out["skipped"]) == 1
    assert "unknown executive 'Nobody Known'" in out["skipped"][0]


def test_error_as_json_and_missing_file(tmp_path):
    res = mw("kb", "import", str(tmp_path / "nope.jsonl"), "--json")
    assert res.exit_code == 5
    err = json.loads(res.stdout)
    assert err["error"] == "invalid_data" and "no such file" in err["message"]


def test_show_fuzzy_and_not_found():
    mw("kb", "import", str(DATA / "mini.jsonl"))
    d = mw_json("kb", "show", "odile marchet")  # typo
    assert d["type"] == "executive" and d["record"]["name"] == "Odile Marchetti"
    assert [m["date"] for m in d["mandates"]] == ["2026-03-10"]
    assert d["greenlights"][0]["title"] == "Cold Harbour"
    alias = mw_json("kb", "show", "HLM")
    assert alias["type"] == "company" and alias["record"]["name"] == "Harbor Light Media"
    res = mw("kb", "show", "Tomas Wrenn Junior The Third")
    res = mw("kb", "show", "Zebediah")
    assert res.exit_code == 4 and "no executive or company named 'Zebediah'" in res.stderr


def test_list_filters():
    mw("kb", "import", str(DATA / "mini.jsonl"))
    gls = mw_jsonl("kb", "list", "greenlights", "--genre", "thriller")
    assert [g["title"] for g in gls] == ["Cold Harbour", "Signal Lost"]
    gls = mw_jsonl("kb", "list", "greenlights", "--company", "copperline")
    assert [g["title"] for g in gls] == ["The Ninth Floor", "Signal Lost"]
    ms = mw_jsonl("kb", "list", "mandates", "--genre", "horror")
    assert len(ms) == 1 and ms[0]["executive"] == "tomasz-wren"


def test_export_round_trips(tmp_path):
    mw("kb", "import", str(DATA / "mini.jsonl"), str(DATA / "executives.csv"))
    dump = tmp_path / "dump.jsonl"
    mw("kb", "export", "-o", str(dump))
    v1 = mw_json("kb", "stats")["version"]
    res = mw_json("kb", "import", "--replace", str(dump))
    assert res["version"] == v1
    assert sum(res["added"].values()) == sum(res["removed"].values())


def test_replace_clears(tmp_path):
    mw("kb", "import", str(DATA / "mini.jsonl"))
    mw("kb", "import", "--replace", str(DATA / "executives.csv"))
    stats = mw_json("kb", "stats")
    assert stats["counts"]["executives"] == 1 and stats["counts"]["greenlights"] == 0


def test_concurrent_first_use_of_a_new_home(tmp_path):
    """Several processes opening a brand-new knowledge base at once (cron + a user) all succeed.

    Switching a new SQLite file to WAL does not wait for a busy lock; this used to fail with
    'database is locked' when two processes raced (seen with two `mw refresh run`)."""
    import subprocess
    import sys

    from cli_util import ROOT

    code = ("import sys, time\n"
            "from mw.ingest.sample import load_sample_records\n"
            "from mw.store.kb import KnowledgeBase\n"
            "start = float(sys.argv[2])\n"
            "while time.time() < start: pass\n"
            "kb = KnowledgeBase(sys.argv[1], sample_loader=load_sample_records); kb.ensure_data(); print(kb.count('executive'))\n")
    for round_ in range(3):
        path = tmp_path / f"kb{round_}.sqlite"
        start = __import__("time").time() + 1.5
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path), str(start)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, cwd=str(ROOT)) for _ in range(8)]
        outs = [p.communicate(timeout=60) for p in procs]
        assert [p.returncode for p in procs] == [0] * 8, [e for _, e in outs]
        counts = {o.strip() for o, _ in outs}
        assert len(counts) == 1 and int(counts.pop()) >= 40


def test_an_exported_sample_imported_again_stays_labelled(tmp_path):
    """Sample records keep their label through export and import, so fictional data never reads as real."""
    import json as _json

    out = mw("kb", "export")
    assert out.exit_code == 0
    src = tmp_path / "sample-export.jsonl"
    src.write_text(out.stdout)
    fresh = tmp_path / "fresh-home"
    env = {"MW_HOME": str(fresh)}
    assert mw("kb", "import", str(src), env=env).exit_code == 0
    ans = _json.loads(mw("ask", "who buys horror?", "--json", env=env).stdout)
    assert ans["sample"] is True
    assert "[sample data" in mw("ask", "who buys horror?", env=env).stdout
