"""Hypothesis strategies for valid diary values (every value here passes the domain's rules)."""

import datetime as dt

from hypothesis import strategies as st

from diary.domain.entries import DailyEntry, Severity
from diary.domain.side_effects import SideEffect, builtin_side_effects

TODAY = dt.date(2026, 6, 15)
EFFECTS = [*builtin_side_effects(), SideEffect("brain_fog", "Brain fog")]
KEYS = [e.key for e in EFFECTS]

times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
notes = st.text(max_size=200) | st.text(st.sampled_from("=+-@'\t\r\n\", x"), max_size=8)
entries = st.builds(
    DailyEntry,
    day=st.dates(dt.date(1990, 1, 1), TODAY),
    activity=st.none() | st.integers(0, 10),
    dose_mg=st.none() | st.floats(0.1, 50.0),
    dose_taken=st.none() | st.booleans(),
    dose_time=st.none() | times,
    note=notes,
    side_effects=st.dictionaries(st.sampled_from(KEYS), st.sampled_from(list(Severity))),
)
# Several days, one entry each, oldest first (as a diary returns them).
diaries = st.lists(entries, max_size=6, unique_by=lambda e: e.day).map(lambda es: sorted(es, key=lambda e: e.day))
