from chair_console.timefmt import hms, mmss


def test_durations_as_shown():
    assert mmss(180) == "3:00" and mmss(None) == "–" and mmss(-40) == "0:00"
    assert mmss(-309, signed=True) == "-5:09"  # an overrun shown, never hidden
    assert hms(3725) == "1:02:05"
