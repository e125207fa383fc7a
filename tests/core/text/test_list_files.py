"""One reader of the one-entry-a-line list files the core ships: comments and blanks left out."""

from __future__ import annotations

from secondround.core.text.lines import list_lines
from secondround.core.text.products import find_tools
from secondround.core.text.words import content_words, keyword_stem, word_list


def test_comments_blank_lines_and_spaces_are_left_out() -> None:
    text = "# Source: our own list, 2026\n\n  Excel  \n   # an indented comment\nPower BI\n"
    assert list_lines(text) == ["Excel", "Power BI"]


def test_shipped_lists_read_through_it_hold_no_comment_or_blank() -> None:
    for name in ("stopwords.txt", "roles.txt", "spoken_hedges.txt"):
        entries = word_list(name)
        assert entries and not any(e.startswith("#") or not e.strip() for e in entries)


def test_product_names_are_found_as_written() -> None:
    assert find_tools("I rebuilt the report in Power BI and wrote the SQL myself.") == [
        "Power BI",
        "SQL",
    ]


def test_content_words_meet_across_word_forms() -> None:
    said = {keyword_stem(w) for w in content_words("I prioritised the backlog")}
    asked = {keyword_stem(w) for w in content_words("How do you prioritise work?")}
    assert said & asked
