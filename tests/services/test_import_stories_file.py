"""services.stories.import_file: a whole import file is stored, or nothing and one sentence."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.core.stories import StoryError
from secondround.services.stories import import_file
from secondround.stories.models import Story

GOOD = b"""## Supplier went bust
Situation: Two weeks before launch our supplier went bust.
Action: I called six suppliers and persuaded finance to pay 10% more.
Result: We launched on time.
Competencies: problem solving
"""


def test_it_stores_each_story_and_updates_one_with_the_same_title(user: Any) -> None:
    assert import_file(user, GOOD).created == 1
    again = import_file(user, GOOD)
    assert (again.created, again.updated) == (0, 1)
    assert Story.objects.filter(owner=user).count() == 1


@pytest.mark.parametrize(
    ("data", "said"),
    [(b"\x00\x01binary", "is not a text file"), (b"caf\xe9", "is not UTF-8 text")],
)
def test_a_bad_file_is_refused_whole_in_one_sentence(user: Any, data: bytes, said: str) -> None:
    with pytest.raises(StoryError, match=f"^Nothing was imported: The file {said}"):
        import_file(user, data)
    assert not Story.objects.exists()
