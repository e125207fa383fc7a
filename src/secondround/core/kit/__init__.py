"""The day-of prep pack: what to have in mind on the day, on one page (`build_pack`, `pack_pdf`)."""

from __future__ import annotations

from secondround.core.kit.pack import KitPerson, PrepPack, build_pack
from secondround.core.kit.pdf import pack_pdf

__all__ = ["KitPerson", "PrepPack", "build_pack", "pack_pdf"]
