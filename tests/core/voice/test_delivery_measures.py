"""Delivery measures from word timings built here, whose pace, fillers and pauses are known."""

from __future__ import annotations

from secondround.core.voice import Word, clock, find_fillers, measure_delivery


def spoken(script: str, wpm: float = 150.0, start: float = 0.0) -> list[Word]:
    """Words at an even pace; "[3]" in the script inserts a 3-second silence."""
    words: list[Word] = []
    step = 60.0 / wpm
    at = start
    for token in script.split():
        if token.startswith("[") and token.endswith("]"):
            at += float(token[1:-1])
            continue
        words.append(Word(token, at, at + step * 0.8))
        at += step
    return words


def test_pace_is_words_over_speaking_time() -> None:
    delivery = measure_delivery(spoken("word " * 150, wpm=150))
    assert 148 <= delivery.wpm <= 152
    assert delivery.pace == "steady"
    assert 59 <= delivery.speaking_seconds <= 60


def test_it_flags_a_fast_and_a_slow_answer() -> None:
    fast = measure_delivery(spoken("word " * 200, wpm=220))
    slow = measure_delivery(spoken("word " * 100, wpm=90))
    assert fast.pace == "fast"
    assert slow.pace == "slow"
    assert any("slow down" in r.message for r in fast.remarks)
    assert any("keeps the listener" in r.message for r in slow.remarks)


def test_pace_over_time_finds_where_the_speaker_sped_up() -> None:
    calm = spoken("word " * 75, wpm=130)
    rushed = spoken("word " * 60, wpm=240, start=calm[-1].end + 0.2)
    delivery = measure_delivery(calm + rushed)
    assert delivery.pace == "steady"
    fastest = max(delivery.windows, key=lambda w: w.wpm)
    assert fastest.wpm > 200
    assert fastest.start >= 30
    remark = next(r for r in delivery.remarks if "sped up" in r.message)
    assert remark.at is not None and remark.at >= 30


def test_it_counts_sounds_phrases_and_set_off_words_as_fillers() -> None:
    words = spoken(
        "Um, so I was, uh, leading the team. You know, it was like, hard. "
        "I like the team. I know you know the answer."
    )
    fillers = [f.text for f in find_fillers(words)]
    # "I like the team" and "you know the answer" are meant, not fillers.
    assert fillers == ["um", "so", "uh", "you know", "like"]


def test_filler_rate_is_per_minute_and_flagged_above_five() -> None:
    script = " ".join(["um I think"] * 30)  # 90 words at 150 wpm: 36 s, 30 fillers
    delivery = measure_delivery(spoken(script))
    assert delivery.fillers_per_minute > 40
    assert any("a listener notices" in r.message for r in delivery.remarks)
    calm = measure_delivery(spoken("We shipped it. " * 30 + "um"))
    assert calm.fillers_per_minute < 5
    assert not any(r.kind == "fillers" for r in calm.remarks)


def test_a_long_pause_is_placed_and_named_by_the_part_it_comes_before() -> None:
    first = "I rebuilt the rota and trained two new starters on the till."
    second = "The queue fell from twenty minutes to five."
    words = spoken(" ".join(["word"] * 100) + " " + first + " [4] " + second)
    sentences = [(" ".join(["word"] * 100) + " " + first, "A"), (second, "R")]
    delivery = measure_delivery(words, sentences=sentences)
    assert len(delivery.pauses) == 1
    pause = delivery.pauses[0]
    assert 4.0 <= pause.seconds <= 4.5
    assert clock(pause.at) == "0:44"
    assert pause.part == "R"
    assert any(
        r.message.startswith("At 0:44 a 4.") and "before the result" in r.message
        for r in delivery.remarks
    )


def test_a_pause_inside_a_part_quotes_the_words_after_it() -> None:
    delivery = measure_delivery(spoken("I called the supplier [2.5] and asked for a new date."))
    assert delivery.pauses[0].before.startswith("and asked for")
    assert '"and asked for a new' in delivery.remarks[-1].message


def test_short_pauses_are_not_flagged() -> None:
    delivery = measure_delivery(spoken("We met [1.5] and agreed [1.9] a plan."))
    assert delivery.pauses == []


def test_speaking_time_is_checked_against_the_question_kinds_range() -> None:
    short = measure_delivery(spoken("word " * 50), min_seconds=60, max_seconds=120)
    ok = measure_delivery(spoken("word " * 200), min_seconds=60, max_seconds=120)
    long = measure_delivery(spoken("word " * 400), min_seconds=60, max_seconds=120)
    assert (short.length, ok.length, long.length) == ("short", "in range", "long")
    assert any("wants 60–120" in r.message for r in short.remarks)
    assert any(r.kind == "length" and r.at == 120 for r in long.remarks)


def test_a_cluster_of_fillers_is_pointed_at() -> None:
    words = spoken("word " * 60 + "um so um we er fixed it " + "word " * 60)
    remark = next(r for r in measure_delivery(words).remarks if "in a few seconds" in r.message)
    assert remark.message.startswith("At 0:24 ")


def test_no_words_gives_an_empty_measure_not_an_error() -> None:
    delivery = measure_delivery([])
    assert (delivery.words, delivery.wpm, delivery.pace, delivery.remarks) == (0, 0, "unknown", [])


def test_clock_reads_like_a_timer() -> None:
    assert [clock(7), clock(102.9), clock(725)] == ["0:07", "1:42", "12:05"]
