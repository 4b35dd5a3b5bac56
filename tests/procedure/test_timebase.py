from chair_console.procedure.timebase import Instant, elapsed_seconds


def test_same_boot_uses_the_monotonic_clock_even_if_the_wall_clock_jumps():
    start = Instant(wall_us=1_000_000_000, mono_ns=5_000_000_000, boot="b1")
    now = Instant(wall_us=1_000_000_000 - 3600_000_000, mono_ns=65_000_000_000, boot="b1")  # clock set back 1 h
    assert elapsed_seconds(start, now) == 60.0


def test_after_a_reboot_the_wall_clock_is_used():
    start = Instant(wall_us=1_000_000_000, mono_ns=9_999_000_000_000, boot="b1")
    now = Instant(wall_us=1_090_000_000, mono_ns=3_000_000_000, boot="b2")
    assert elapsed_seconds(start, now) == 90.0


def test_instant_round_trips():
    i = Instant(1, 2, "x")
    assert Instant.from_dict(i.to_dict()) == i
