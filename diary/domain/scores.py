"""The condition scores (docs/scores.md): PRO2-CD, PRO2-UC, HBI, SCCAI and the pain NRS, with their
published remission and response thresholds. Each score is one entry of SCORES; adding a score
is adding a definition here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from diary.domain.condition_items import COMPLICATIONS
from diary.domain.entries import DailyEntry
from diary.domain.language import translate

WINDOW_DAYS = 7  # the window of §3's smoothing: days max(S, d-6) .. d
MIN_WINDOW_DAYS = 4  # complete days a window needs
BASELINE_DAYS = 7  # days S-7 .. S-1
MIN_BASELINE_DAYS = 3  # complete days the baseline needs (no day-1 fallback)
EPSILON = 1e-9  # as in §3: a value exactly on a threshold meets it
SCCAI_COMPLICATIONS = ("arthralgia", "uveitis", "erythema_nodosum", "pyoderma_gangrenosum")
PAIN_REDUCTIONS = ((0.5, "substantial"), (0.3, "moderate"), (0.1, "minimal"))  # IMMPACT, Dworkin 2008
HBI_BANDS = ((5.0, "remission"), (8.0, "mild"))  # below these; then moderate up to 16, severe above

Parts = tuple[float, ...]  # what one day contributes to a score; the window averages each part
Response = bool | str | None


@dataclass(frozen=True)
class Score:
    """One validated score: its items, what a day contributes, and its published thresholds."""

    key: str
    name: str
    source: str  # the citation shown beside it
    short: str  # the name in a table, where the source stands beside it
    items: tuple[str, ...]  # every item the score uses (T is the latest day with any of them)
    parts: Callable[[DailyEntry, int], Parts | None]  # a day's parts; None unless its items are recorded
    value: Callable[[Parts], float]  # the window value W from the window's mean parts
    remission: Callable[[Parts, float], bool] | None
    response: Callable[[float, float], Response]  # (W(T), baseline Wb) -> response
    high: float  # the highest value a day can have

    @property
    def shown_name(self) -> str:
        """The name as a reader sees it, in the current language (`name` stays English, for --json)."""
        return {
            "pro2_cd": translate("domain.scores", "PRO2 (Crohn's disease)"),
            "pro2_uc": translate("domain.scores", "PRO2 (ulcerative colitis)"),
            "hbi": translate("domain.scores", "HBI without abdominal mass"),
            "sccai": translate("domain.scores", "SCCAI"),
            "pain_nrs": translate("domain.scores", "Pain NRS"),
        }.get(self.key, self.name)

    @property
    def shown_short(self) -> str:
        """The short name as a reader sees it ("PRO2-CD"; `short` stays English, for --json)."""
        return translate("domain.scores", "Pain NRS", "a score's short name") if self.key == "pain_nrs" else self.short

    @property
    def shown_source(self) -> str:
        """Where the score comes from, in the current language (`source` stays English, for --json)."""
        return {
            "hbi": translate("domain.scores", "Harvey & Bradshaw 1980, without abdominal mass"),
            "sccai": translate("domain.scores", "Walmsley 1998; thresholds Higgins 2005"),
        }.get(self.key, self.source)

    def daily(self, entry: DailyEntry, usual_stools: int = 1) -> float | None:
        """The score of one day s(d), or None unless the day has every item it needs."""
        parts = self.parts(entry, usual_stools)
        return None if parts is None else self.value(parts)


def _items(entry: DailyEntry, *keys: str) -> tuple[int, ...] | None:
    """The day's values of `keys`, or None if any is not recorded."""
    values = [entry.items[key] for key in keys if key in entry.items]
    return tuple(values) if len(values) == len(keys) else None


def _count(entry: DailyEntry, of: Sequence[str]) -> int:
    return len((entry.complications or frozenset()) & set(of))  # empty counts as none


def _pro2_cd(entry: DailyEntry, _usual: int) -> Parts | None:
    return _items(entry, "liquid_stools", "ibd_abdominal_pain")


def _stool_frequency(stools: int, usual: int) -> int:
    above = stools - usual
    return 0 if above <= 0 else 1 if above <= 2 else 2 if above <= 4 else 3


def _pro2_uc(entry: DailyEntry, usual: int) -> Parts | None:
    values = _items(entry, "stools", "rectal_bleeding")
    if values is None:
        return None
    stools, bleeding = values
    return float(_stool_frequency(stools + entry.items.get("night_stools", 0), usual)), float(bleeding)


def _hbi(entry: DailyEntry, _usual: int) -> Parts | None:
    values = _items(entry, "wellbeing", "ibd_abdominal_pain", "liquid_stools")
    return None if values is None else (float(sum(values) + _count(entry, COMPLICATIONS)),)


def _sccai(entry: DailyEntry, _usual: int) -> Parts | None:
    values = _items(entry, "stools", "night_stools", "urgency", "rectal_bleeding", "wellbeing")
    if values is None:
        return None
    day, night, urgency, bleeding, wellbeing = values
    day_points = 0 if day <= 3 else 1 if day <= 6 else 2 if day <= 9 else 3
    night_points = 0 if night == 0 else 1 if night <= 3 else 2
    return (float(day_points + night_points + urgency + bleeding + wellbeing + _count(entry, SCCAI_COMPLICATIONS)),)


def _pain(entry: DailyEntry, _usual: int) -> Parts | None:
    return _items(entry, "pain")


def _halved(value: float, baseline: float) -> bool:
    return baseline > 0 and value <= 0.5 * baseline + EPSILON


def _pain_response(value: float, baseline: float) -> str:
    if baseline <= 0:
        return "none"  # no pain at baseline: nothing to reduce
    reduction = (baseline - value) / baseline
    return next((words for least, words in PAIN_REDUCTIONS if reduction >= least - EPSILON), "none")


SCORES: dict[str, Score] = {
    score.key: score
    for score in (
        Score("pro2_cd", "PRO2 (Crohn's disease)", "STRIDE-II", "PRO2-CD", ("liquid_stools", "ibd_abdominal_pain"), _pro2_cd,
              lambda m: 2 * m[0] + 5 * m[1], lambda m, _w: m[1] <= 1 + EPSILON and m[0] <= 3 + EPSILON, _halved, 2 * 50 + 5 * 3),
        Score("pro2_uc", "PRO2 (ulcerative colitis)", "STRIDE-II", "PRO2-UC", ("stools", "night_stools", "rectal_bleeding"), _pro2_uc,
              lambda m: m[0] + m[1], lambda m, _w: m[1] <= EPSILON and m[0] <= 1 + EPSILON, _halved, 6),
        Score("hbi", "HBI without abdominal mass", "Harvey & Bradshaw 1980, without abdominal mass", "HBI",
              ("wellbeing", "ibd_abdominal_pain", "liquid_stools", "complications"), _hbi,
              lambda m: m[0], lambda _m, w: w < 5 - EPSILON, lambda w, b: b - w >= 3 - EPSILON, 4 + 3 + 50 + 8),
        Score("sccai", "SCCAI", "Walmsley 1998; thresholds Higgins 2005", "SCCAI",
              ("stools", "night_stools", "urgency", "rectal_bleeding", "wellbeing", "complications"), _sccai,
              lambda m: m[0], lambda _m, w: w < 2.5 - EPSILON, lambda w, b: b - w > 1.5 + EPSILON, 3 + 2 + 3 + 3 + 4 + 4),
        Score("pain_nrs", "Pain NRS", "IMMPACT, Dworkin 2008", "Pain NRS", ("pain",), _pain,
              lambda m: m[0], None, _pain_response, 10),
    )
}


def hbi_band(value: float) -> str:
    """The HBI band of a window value: remission, mild, moderate or severe."""
    band = next((words for below, words in HBI_BANDS if value < below - EPSILON), None)
    return band or ("moderate" if value <= 16 + EPSILON else "severe")


def has_item(entry: DailyEntry, score: Score) -> bool:
    """Whether the day records any item of `score`."""
    return any(key in entry.items for key in score.items) or ("complications" in score.items and entry.complications is not None)


def _mean_parts(score: Score, entries: Iterable[DailyEntry], first: dt.date, last: dt.date, usual: int, least: int) -> Parts | None:
    days = [p for e in entries if first <= e.day <= last and (p := score.parts(e, usual)) is not None]
    if len(days) < least:
        return None
    return tuple(fmean(part) for part in zip(*days))


@dataclass(frozen=True)
class ScoreResult:
    """A score at its evaluation date T, for the latest course that started on `course_start`."""

    score: Score
    course_start: dt.date
    as_of: dt.date | None  # T
    baseline: float | None  # Wb
    value: float | None  # W(T)
    remission: bool | None
    response: Response
    band: str | None  # the HBI's only


def window_value(score: Score, entries: Sequence[DailyEntry], start: dt.date, day: dt.date, usual_stools: int = 1) -> float | None:
    """W(d): the score over days max(S, d-6) .. d, if at least 4 of them are complete."""
    first = max(start, day - dt.timedelta(days=WINDOW_DAYS - 1))
    means = _mean_parts(score, entries, first, day, usual_stools, MIN_WINDOW_DAYS)
    return None if means is None else score.value(means)


def assess_score(
    score: Score, entries: Sequence[DailyEntry], start: dt.date, as_of: dt.date | None = None, usual_stools: int = 1
) -> ScoreResult:
    """The score's baseline, value, remission, response and band at T (docs/scores.md)."""
    recorded = [e.day for e in entries if has_item(e, score)]
    T = as_of if as_of is not None else max(recorded, default=None)
    base = _mean_parts(score, entries, start - dt.timedelta(days=BASELINE_DAYS), start - dt.timedelta(days=1),
                       usual_stools, MIN_BASELINE_DAYS)
    baseline = None if base is None else score.value(base)
    means = None
    if T is not None and T >= start:
        means = _mean_parts(score, entries, max(start, T - dt.timedelta(days=WINDOW_DAYS - 1)), T, usual_stools, MIN_WINDOW_DAYS)
    value = None if means is None else score.value(means)
    remission = None if means is None or value is None or score.remission is None else score.remission(means, value)
    response = None if value is None or baseline is None else score.response(value, baseline)
    band = hbi_band(value) if score.key == "hbi" and value is not None else None
    return ScoreResult(score, start, T, baseline, value, remission, response, band)


def recorded_scores(entries: Iterable[DailyEntry]) -> list[Score]:
    """The scores with any item recorded in `entries`, in the order of SCORES."""
    entries = list(entries)
    return [s for s in SCORES.values() if any(has_item(e, s) for e in entries)]


# Words in a condition's name, and the scores they suggest (docs/scores.md#choosing-the-scores),
# in English, Dutch and German (the user writes the condition in their own language).
SUGGESTIONS = (
    (("crohn",), ("pro2_cd", "hbi")),
    (("ulcerative colitis", "colitis ulcerosa", "proctitis", "proktitis"), ("pro2_uc", "sccai")),
    (("fibromyalg", "lupus", "sle", "multiple sclerosis", "multiple sclerose", "multiple sklerose", "ms", "pain", "pijn", "schmerz",
      "arthritis", "artritis", "crps", "me/cfs", "endometriosis", "endometriose", "neuropath", "migraine", "migräne"), ("pain_nrs",)),
)


def suggested_scores(condition: str) -> tuple[str, ...]:
    """The scores a condition suggests: Crohn's -> PRO2-CD and HBI, ulcerative colitis -> PRO2-UC and
    SCCAI, a pain condition (fibromyalgia, lupus, MS, ...) -> pain NRS; none for others."""
    words = condition.lower().replace("'", "")
    tokens = set(words.replace(",", " ").replace("(", " ").replace(")", " ").split())
    for names, scores in SUGGESTIONS:
        if any((name in tokens) if " " not in name and len(name) <= 3 else name in words for name in names):
            return scores
    return ()


def score_choice_problems(keys: Iterable[str]) -> list[str]:
    """The chosen score keys that are not scores the diary knows."""
    return [translate("domain.scores", "score {key} is not known; use {keys}").format(key=repr(key), keys=", ".join(SCORES))
            for key in keys if key not in SCORES]


def score_words(value: str) -> str:
    """A response or band word of a score ("substantial", "remission", ...) as a reader sees it, in the
    current language; the values themselves stay English (--json)."""
    return {
        "substantial": translate("domain.scores", "substantial", "a reduction of pain"),
        "moderate": translate("domain.scores", "moderate", "a reduction of pain, or an HBI band"),
        "minimal": translate("domain.scores", "minimal", "a reduction of pain"),
        "none": translate("domain.scores", "none", "a reduction of pain"),
        "remission": translate("domain.scores", "remission", "an HBI band"),
        "mild": translate("domain.scores", "mild", "an HBI band"),
        "severe": translate("domain.scores", "severe", "an HBI band"),
    }.get(value, value)


@dataclass(frozen=True)
class CourseScores:
    """The condition scores of a course at T: `as_of` is the date asked for, else the latest T of the scores."""

    course_start: dt.date
    as_of: dt.date | None
    results: tuple[ScoreResult, ...]


def course_scores(
    entries: Sequence[DailyEntry], course_start: dt.date, as_of: dt.date | None, usual_stools: int,
    keys: Sequence[str] | None = None,
) -> CourseScores:
    """`keys` (default: every score with an item recorded) assessed for the course starting `course_start`."""
    chosen = [SCORES[k] for k in keys] if keys is not None else recorded_scores(entries)
    results = tuple(assess_score(s, entries, course_start, as_of, usual_stools) for s in chosen)
    latest = max((r.as_of for r in results if r.as_of is not None), default=None)
    return CourseScores(course_start, as_of if as_of is not None else latest, results)


SCORE_VISIT_WEEKS = (4, 8, 12)  # the study's visits: the window ending on treatment day 28, 56 and 84


@dataclass(frozen=True)
class ScoreSummary:
    """A score for the clinician summary: its result at T and its value at each visit week (None: no data yet)."""

    result: ScoreResult
    weeks: tuple[tuple[int, float | None], ...]


def score_summary(score: Score, entries: Sequence[DailyEntry], start: dt.date, usual_stools: int) -> ScoreSummary:
    """`score` for the course starting `start`, judged on `entries` (those up to the summary's end)."""
    result = assess_score(score, entries, start, None, usual_stools)
    weeks = []
    for week in SCORE_VISIT_WEEKS:
        last = start + dt.timedelta(days=week * 7 - 1)
        seen = result.as_of is not None and last <= result.as_of
        weeks.append((week, window_value(score, entries, start, last, usual_stools) if seen else None))
    return ScoreSummary(result, tuple(weeks))
