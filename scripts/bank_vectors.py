"""Compute the question bank's vectors with the semantic extra and write them as a data file.

    .venv/bin/python scripts/bank_vectors.py

Run again whenever data/questions/ changes: tests/core/test_bank_vectors.py fails until you do.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import numpy as np

from secondround.core import semantic
from secondround.core.questions import load_bank

TARGET = Path(__file__).resolve().parents[1] / "src/secondround/data/semantic/bank_vectors.json"


def main() -> int:
    bank = load_bank()
    vectors = semantic.encoder().embed([q.text for q in bank])
    data = {
        "source": "Computed by scripts/bank_vectors.py from data/questions/ with all-MiniLM-L6-v2.",
        "model": semantic.MODEL_ID,
        "dimensions": semantic.DIMENSIONS,
        "questions": {
            q.id: {
                "hash": semantic.text_hash(q.text),
                "vector": base64.b64encode(v.astype(np.float16).tobytes()).decode(),
            }
            for q, v in zip(bank, vectors, strict=True)
        },
    }
    TARGET.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(bank)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
