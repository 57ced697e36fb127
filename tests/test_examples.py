"""The examples a new user copies (README, docs/, every command's --help) run on the fictional sample.

A question example that names a person or buyer the sample does not hold answers "not found": these tests
fail when the sample and the examples drift apart.
"""
from __future__ import annotations

import json
import re
import shlex

import pytest

from cli_util import ROOT, mw

from mw.commands._examples import EXAMPLES

_ASK = re.compile(r"""mw ask "((?:[^"\\\n]|\\.)+)"|mw ask '([^'\n]+)'""")


def _documented_questions() -> list[str]:
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    texts += [line for lines in EXAMPLES.values() for line in lines]
    out = []
    for text in texts:
        for m in _ASK.finditer(text):
            q = (m.group(1) or m.group(2)).replace("\\'", "'").replace('\\"', '"')
            if q != "-" and q not in out:
                out.append(q)
    return out


def test_every_documented_question_names_what_the_sample_holds():
    questions = _documented_questions()
    assert len(questions) >= 15
    missing = {}
    for q in questions:
        res = mw("ask", q, "--json", "--no-cache")
        assert res.exit_code == 0, (q, res.stderr)
        got = json.loads(res.stdout)
        if got.get("not_found"):
            missing[q] = got["not_found"]
    assert not missing, f"examples that name nothing in the sample: {missing}"


# Commands whose examples change nothing outside MW_HOME and need no file, server or network.
RUN = ("kb show", "kb history", "kb list", "kb stats", "trends", "compare", "refresh run", "refresh status",
       "limits set-tier", "watch add", "watch list", "watch check", "watch rm", "config get", "suggest")


@pytest.mark.parametrize("path", RUN)
def test_help_examples_run_on_the_sample(path):
    for line in EXAMPLES[path]:
        if "|" in line or ">" in line or "--webhook" in line:
            continue
        argv = shlex.split(line)[1:]
        if path == "watch check" and len(argv) > 2:
            assert mw("watch", "add", "Fjellmark greenlights", "--name", argv[2]).exit_code == 0
        if path == "watch rm":
            assert mw("watch", "add", "Fjellmark greenlights", "--name", argv[2]).exit_code == 0
        res = mw(*argv)
        assert res.exit_code == 0, (line, res.stdout, res.stderr)
