"""The question vocabulary of one knowledge base: every genre, format and region its records use,
plus the built-in synonyms of :mod:`mw.vocab` as aliases.

A tag the KB uses is understood in questions whatever the built-in tables say ("western",
"k-drama", "festival acquisitions"); a built-in word whose concept the KB does not use maps to the
nearest related tag that it does use ("dating show" -> ``reality`` when no record says "dating"),
and the mapping is reported for ``mw ask --explain``. A concept with no tag in the KB is not a
filter: the question parser keeps its words as search keywords instead.

With the semantic extra, :func:`map_unknown` maps a content word nothing else understood ("spooky") to
the nearest genre tag of the KB by embedding similarity, under a measured rule (see the section
"embedding mapping" below); the mapping is reported for ``--explain`` the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mw import geo, vocab
from mw.vocab import fold

if TYPE_CHECKING:
    from mw.store.kb import KnowledgeBase


@dataclass
class Term:
    kind: str  # genre | format | region
    concept: str
    start: int
    end: int
    text: str


_CATALOGUE_SUFFIX = re.compile(r"\s+(?:tv shows?|tv series|tv|television|shows|series|programmes|programs)$")
CATALOGUE_SUFFIXES = ("shows", "tv shows", "tv", "series", "programmes", "titles")


def _variants(tag: str) -> set[str]:
    f = fold(tag).strip()
    out = {f, f.replace("-", " "), f.replace(" ", "-"), f.replace("-", "")}
    if " & " in f:  # "science & nature tv": "science and nature"
        out |= {v.replace(" & ", " and ") for v in list(out)}
    # A catalogue category ("crime tv shows", "spanish-language tv shows") is asked for with any of the
    # words catalogues use after it: "spanish-language shows", "science and nature series".
    for v in list(out):
        stem = _CATALOGUE_SUFFIX.sub("", v)
        if stem != v and len(stem) >= 3:
            out |= {f"{stem} {suf}" for suf in CATALOGUE_SUFFIXES}
            if " " in stem:  # "science and nature docuseries": a category of several words stands alone
                out.add(stem)
    for v in list(out):
        if v.endswith("s") and len(v) > 4:
            out.add(v[:-1])
        else:
            out.add(v + "s")
    return {v for v in out if len(v) >= 2}


class Vocabulary:
    def __init__(self, tags: dict[str, list[str]]) -> None:
        self.tags = {k: set(v) for k, v in tags.items()}
        phrases: dict[str, tuple[str, str]] = {}
        # KB tags first: the data's own words win over a built-in meaning of the same phrase.
        for kind in ("genre", "format"):
            for tag in tags.get(kind, []):
                for v in _variants(tag):
                    phrases.setdefault(v, (kind, tag))
        for kind in ("genre", "format"):
            for phrase, concept in vocab._index(kind)[0].items():
                phrases.setdefault(phrase, (kind, concept))
        # Region values geography does not know ("Iberia", "Benelux region") are still understood.
        for r in tags.get("region", []):
            if geo.parse_place(r) == (None, None):
                for v in _variants(r):
                    phrases.setdefault(v, ("region", r))
        self.phrases = phrases
        alts = sorted(phrases, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z0-9])")

    def find(self, text: str) -> list[Term]:
        """Genre, format and KB-region words in folded ``text``, longest phrase first."""
        return [Term(*self.phrases[m.group(1)], m.start(), m.end(), m.group(1)) for m in self.pattern.finditer(text)]

    def resolve(self, kind: str, concept: str) -> tuple[str | None, str | None]:
        """(the KB tag to ask for, a note when it is not the concept itself); (None, note) when the KB has
        no tag for the concept or any related one."""
        have = self.tags.get(kind, set())
        if concept in have:
            return concept, None
        if kind == "genre":
            rel = vocab.related_genres(concept)
            # nearest first; at equal distance the broader genre (listed first) wins
            for tag, dist in sorted(rel.items(), key=lambda kv: kv[1]):
                if tag in have:
                    how = "broader" if tag in _ancestors(concept) else "narrower"
                    return tag, f"{concept} -> {tag} ({how}; the knowledge base has no '{concept}' tag)"
        if kind == "format" and concept in FORMAT_FAMILY:
            fam = FORMAT_FAMILY[concept]
            for tag in sorted(have):
                if FORMAT_FAMILY.get(tag) == fam:
                    return tag, f"{concept} -> {tag} (same family; the knowledge base has no '{concept}' tag)"
        return None, f"{concept}: no such {kind} in the knowledge base (searched as text)"


def _ancestors(genre: str) -> set[str]:
    out: set[str] = set()
    g = genre
    while (p := vocab.broader(g)) is not None and p not in out:
        out.add(p)
        g = p
    return out


# Formats that answer the same ask: a TV family, film, specials.
FORMAT_FAMILY = {"series": "tv", "limited series": "tv", "docuseries": "tv", "feature": "film", "special": "special"}


def format_family(fmt: str) -> str:
    return FORMAT_FAMILY.get(fmt, fmt)


def listing_formats(formats: list[str]) -> list[str]:
    """The greenlight formats a list of titles asked for with ``formats`` should show.

    In a catalogue question the bare word "series" ("Any new Mexican series?", "What series has X
    greenlit?") is used loosely for any TV title, as catalogues file them (Netflix's "TV Shows" holds
    series, docuseries and stand-up specials): it excludes features, not the other TV formats. A named
    narrower format ("limited series", "docuseries", "special") stays exact. Routing keeps the format as
    asked: this widening applies to greenlight lists only.
    """
    if "series" not in formats:
        return formats
    tv = [f for f, fam in FORMAT_FAMILY.items() if fam in ("tv", "special")]
    return list(dict.fromkeys([*formats, *tv]))


_CACHE: dict[str, Vocabulary] = {}


def for_kb(kb: "KnowledgeBase") -> Vocabulary:
    """The vocabulary of ``kb``, built once per KB version."""
    key = kb.version
    v = _CACHE.get(key)
    if v is None:
        v = Vocabulary(kb.tags())
        _CACHE.clear()
        _CACHE[key] = v
    return v


# ---------------------------------------------------------------------------- embedding mapping
#
# With the semantic extra, a content word the vocabulary does not know ("spooky", "mobster",
# "haunted house") is mapped to the nearest genre tag of the knowledge base by MiniLM cosine
# similarity (mw.index.embed). Measured with benchmarks/bench_vocab_map.py on labelled word -> tag
# lists (tests/data/vocab_mapping_*.jsonl: a word with its acceptable tags, or none for a word that
# names no genre: "budget", "Tuesday", "showrunner", "sequel"), scored against the genre tags of the
# sample, the dev and the real-shape knowledge bases:
#
# - The raw cosine between a word and a bare tag separates badly: at the threshold where nothing
#   wrong is mapped, 29% of the words map (dev list, 0.56), and industry words ("audience",
#   "showrunner", "awards") sit as close to "reality" or "competition" as genre words do.
# - So a tag is represented by the mean of its own name and the built-in phrases whose concept
#   resolves to it in this KB ("horror": "scary", "slasher", "creature feature", ...), with the
#   catalogue words ("shows", "series", "tv") taken out of those phrases; and a word must be closer
#   to its best tag than to any generic question word (intent's stop, cue and generic words:
#   "show", "project", "network", ...). The last check is what removes the industry words.
# - Only genre tags are targets. Formats are constraints (a wrong format mapping would exclude the
#   right answers) and the first held-out list mapped "docudrama" to docuseries and "anthology" to
#   documentary; a genre is a preference.
#
# Chosen on the dev list: cosine >= 0.45, 0.04 above the second-nearest tag and 0.12 above the
# nearest generic word. Scored over the three KBs (benchmarks/bench_vocab_map.py --precision):
#   dev list (chose the rule)        precision 0.939 (46/49; "awards" -> competition, "courtship" ->
#                                    dating, "victorian" -> british tv shows), recall 0.35
#   held-out list 1 (seen once)      precision 0.972 (35/36), recall 0.35
#   held-out list 2 (never tuned on) precision 1.000 (53/53, no negative mapped), recall 0.45
# Low recall is the price of never inventing a preference: an unmapped word stays a search keyword.
# Cost (benchmarks/bench_vocab_map.py --latency): ~14 ms per question with unknown words once the model
# is loaded; a fresh `mw ask` process pays ~0.2 s to load it (tag vectors from the cache file), ~0.65 s
# the first time for a KB version. A question without unknown words loads nothing.
MAP_MIN_COSINE = 0.45
MAP_MIN_MARGIN = 0.04
MAP_MIN_OVER_GENERIC = 0.12
MAP_KINDS = ("genre",)
_ANCHOR_DROP = frozenset("show shows series tv television format formats programme programmes program programs".split())
_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")


@dataclass
class Mapped:
    """A question span mapped to a KB tag by embedding similarity."""

    kind: str
    tag: str
    text: str
    start: int
    end: int
    cosine: float

    def note(self) -> str:
        return f"'{self.text}' -> {self.tag} (embedding similarity {self.cosine:.2f})"


def candidate_spans(text: str, skip: "set[str] | frozenset[str]", voc: Vocabulary) -> list[list[tuple[str, int, int]]]:
    """Runs of adjacent content words in folded ``text`` that are neither vocabulary nor in ``skip``
    (stopwords, cue words, names, places: what the parser already understood), at most 3 words each."""
    runs: list[list[tuple[str, int, int]]] = []
    cur: list[tuple[str, int, int]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        w = m.group(0).strip("'")
        ok = len(w) > 2 and w not in skip and w not in voc.phrases and not w.endswith("'s")
        if ok and cur and text[last_end:m.start()].strip() == "" and len(cur) < 3:
            cur.append((w, m.start(), m.end()))
        elif ok:
            if cur:
                runs.append(cur)
            cur = [(w, m.start(), m.end())]
        else:
            if cur:
                runs.append(cur)
            cur = []
        last_end = m.end()
    if cur:
        runs.append(cur)
    return runs


def semantic_on() -> bool:
    """Whether the embedding mapping may run: the semantic extra is installed and not turned off
    (``MW_SEMANTIC`` / config ``semantic``). Never raises: the mapping is an addition."""
    from mw.config import get_settings
    from mw.errors import MWError
    from mw.index import embed

    try:
        return embed.semantic_enabled(get_settings())
    except MWError:
        return False


def _anchors(voc: Vocabulary, kind: str, tag: str) -> list[str]:
    """The texts whose mean embedding stands for ``tag``: the tag (catalogue words cut off) and every
    built-in phrase whose concept resolves to it in this KB, without catalogue words."""
    out = {_CATALOGUE_SUFFIX.sub("", fold(tag)) or fold(tag)}
    for phrase, concept in vocab._index(kind)[0].items():
        if voc.resolve(kind, concept)[0] == tag:
            cut = " ".join(w for w in phrase.split() if w not in _ANCHOR_DROP)
            out.add(cut or phrase)
    return sorted(out)


class TagSpace:
    """Unit vectors of the KB's genre tags (``tags``) and of the generic question words."""

    def __init__(self, tags: list[tuple[str, str]], tag_vecs: Any, generic_vecs: Any) -> None:
        self.tags = tags
        self.tag_vecs = tag_vecs
        self.generic_vecs = generic_vecs

    def nearest(self, vecs: Any) -> list[tuple[tuple[str, str] | None, float]]:
        """For each row of ``vecs``: the mapped (kind, tag) or None, and the cosine to the best tag."""
        import numpy as np

        if not self.tags:
            return [(None, 0.0)] * len(vecs)
        sims = vecs @ self.tag_vecs.T
        gen = (vecs @ self.generic_vecs.T).max(axis=1) if len(self.generic_vecs) else np.full(len(vecs), -1.0)
        out: list[tuple[tuple[str, str] | None, float]] = []
        for i in range(len(vecs)):
            order = np.argsort(-sims[i])
            best = float(sims[i, order[0]])
            second = float(sims[i, order[1]]) if len(order) > 1 else -1.0
            ok = best >= MAP_MIN_COSINE and best - second >= MAP_MIN_MARGIN and best - float(gen[i]) >= MAP_MIN_OVER_GENERIC
            out.append((self.tags[order[0]] if ok else None, best))
        return out


_SPACES: dict[str, TagSpace] = {}


def tag_space(kb: "KnowledgeBase", voc: Vocabulary, generic: "set[str] | frozenset[str]") -> TagSpace:
    """The :class:`TagSpace` of ``kb``: from memory, else from ``MW_HOME/cache/vocab-map-<key>.npy``
    (the key digests the KB version, the model, the anchor texts and the generic words), else embedded
    and written there (mode 0600, numbers only: loaded with ``allow_pickle=False``)."""
    import hashlib
    import json
    import os

    import numpy as np

    from mw.config import get_settings, private_dir
    from mw.index.embed import MODEL_NAME, get_embedder

    tags = [(k, t) for k in MAP_KINDS for t in sorted(voc.tags.get(k, ()))]
    anchors = [_anchors(voc, k, t) for k, t in tags]
    gen = sorted(w for w in generic if len(w) >= 4 and w.isalpha())
    key = hashlib.sha256(json.dumps([kb.version, MODEL_NAME, anchors, gen]).encode()).hexdigest()[:24]
    hit = _SPACES.get(key)
    if hit is not None:
        return hit
    cache = get_settings().home / "cache"
    path = cache / f"vocab-map-{key}.npy"
    rows = len(tags) + len(gen)
    mat = None
    try:
        loaded = np.load(path, allow_pickle=False)
        if loaded.ndim == 2 and loaded.shape[0] == rows and loaded.dtype == np.float32:
            mat = loaded
    except (OSError, ValueError):
        mat = None
    if mat is None:
        emb = get_embedder()
        flat = [a for group in anchors for a in group]
        vecs = emb.embed(flat + gen) if flat or gen else np.zeros((0, emb.dim), dtype=np.float32)
        tag_rows = []
        i = 0
        for group in anchors:
            c = vecs[i:i + len(group)].mean(axis=0)
            tag_rows.append(c / max(float(np.linalg.norm(c)), 1e-12))
            i += len(group)
        mat = np.vstack([np.array(tag_rows, dtype=np.float32).reshape(len(tags), emb.dim), vecs[i:]]).astype(np.float32)
        try:
            private_dir(cache)
            for old in cache.glob("vocab-map-*.npy"):
                old.unlink(missing_ok=True)
            tmp = cache / f".vocab-map-{key}.{os.getpid()}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                np.save(f, mat, allow_pickle=False)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: the mapping still works, embedded again next time
    space = TagSpace(tags, mat[:len(tags)], mat[len(tags):])
    _SPACES.clear()
    _SPACES[key] = space
    return space


def map_unknown(kb: "KnowledgeBase", voc: Vocabulary, text: str, skip: "set[str] | frozenset[str]",
                generic: "set[str] | frozenset[str]") -> list[Mapped]:
    """Unknown content words of folded ``text`` mapped to the KB's genre tags by embedding similarity
    (see the measurement above); ``[]`` without the semantic extra, and without loading the model
    when the question has no such word. A run of words ("haunted house") is tried whole first, then
    word by word."""
    runs = candidate_spans(text, skip, voc)
    if not runs or not voc.tags.get("genre") or not semantic_on():
        return []
    from mw.index.embed import get_embedder

    space = tag_space(kb, voc, generic)
    texts: list[tuple[str, int, int]] = []
    for run in runs:
        if len(run) > 1:
            texts.append((text[run[0][1]:run[-1][2]], run[0][1], run[-1][2]))
        texts.extend(run)
    vecs = get_embedder().embed([t for t, _, _ in texts])
    best = space.nearest(vecs)
    out: list[Mapped] = []
    covered: list[tuple[int, int]] = []
    for (t, s, e), (hit, cos) in zip(texts, best):
        if hit is None or any(a <= s and e <= b for a, b in covered):
            continue
        out.append(Mapped(hit[0], hit[1], t, s, e, round(cos, 3)))
        covered.append((s, e))
    return out
