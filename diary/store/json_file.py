"""The JSON export of the whole diary (docs/json-format.md): written by export, read back by import."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import TypeVar, overload

from diary import __version__
from diary.domain.condition_items import USUAL_STOOLS_DEFAULT
from diary.domain.entries import DailyEntry, Severity, parse_date, parse_dose_time
from diary.domain.errors import Problems, ValidationError
from diary.domain.language import translate
from diary.domain.side_effects import SideEffect, label_from_key
from diary.domain.snapshot import DiarySnapshot, snapshot_problems
from diary.domain.treatment import ClinicResult, Course, Medication, MedicationCategory, Profile, Settings, TitrationStep

JSON_FORMAT_VERSION = 1


def _iso(value: dt.date | dt.time | None) -> str | None:
    if value is None:
        return None
    return value.strftime("%H:%M") if isinstance(value, dt.time) else value.isoformat()


def format_json(snapshot: DiarySnapshot) -> str:
    """Everything the diary knows, under a `format_version` key."""
    data = {
        "format_version": JSON_FORMAT_VERSION,
        "app_version": __version__,
        "profile": {
            "condition": snapshot.profile.condition,
            "diagnosis_year": snapshot.profile.diagnosis_year,
            "name": snapshot.profile.name,
            "date_of_birth": _iso(snapshot.profile.date_of_birth),
            "usual_stools": snapshot.profile.usual_stools,
            "scores": None if snapshot.profile.scores is None else list(snapshot.profile.scores),
        },
        "settings": dataclasses.asdict(snapshot.settings),
        "side_effects": [dataclasses.asdict(e) for e in snapshot.side_effects],
        "courses": [
            {
                "start": _iso(c.start),
                "end": _iso(c.end),
                "stop_reason": c.stop_reason,
                "steps": [{"from_day": s.from_day, "dose_mg": s.dose_mg, "time": _iso(s.time)} for s in c.steps],
            }
            for c in snapshot.courses
        ],
        "medications": [
            {"name": m.name, "category": m.category.value, "start": _iso(m.start), "stop": _iso(m.stop)}
            for m in snapshot.medications
        ],
        "clinic_results": [
            {
                "date": _iso(r.day),
                "crp_mg_l": r.crp_mg_l,
                "endoscopic_score": r.endoscopic_score,
                "alt_u_l": r.alt_u_l,
                "note": r.note,
            }
            for r in snapshot.clinic_results
        ],
        "entries": [
            {
                "date": _iso(e.day),
                "activity": e.activity,
                "dose_mg": e.dose_mg,
                "dose_taken": e.dose_taken,
                "dose_time": _iso(e.dose_time),
                "note": e.note,
                "side_effects": {key: int(sev) for key, sev in e.side_effects.items()},
                "items": dict(e.items),
                "complications": None if e.complications is None else sorted(e.complications),
            }
            for e in snapshot.entries
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


JsonObject = dict[str, object]  # a parsed JSON object, its values read with _JsonReader.get
_Number = tuple[type[int], type[float]]
NUMBER: _Number = (int, float)
_T = TypeVar("_T")
_P = TypeVar("_P")


class _JsonReader:
    """Reads typed values out of parsed JSON, collecting a problem for each wrong one."""

    def __init__(self) -> None:
        self.problems = Problems()

    # The value at `key` of the JSON object `obj` if it has the type `kind` (default otherwise), read
    # with `parse` if given: typed by the overloads, checked at run time by the one below them.
    @overload
    def get(self, obj: object, key: str, where: str, kind: type[_T]) -> _T | None: ...
    @overload
    def get(self, obj: object, key: str, where: str, kind: type[_T], default: _T) -> _T: ...
    @overload
    def get(self, obj: object, key: str, where: str, kind: _Number) -> float | None: ...
    @overload
    def get(self, obj: object, key: str, where: str, kind: _Number, default: float) -> float: ...
    @overload
    def get(self, obj: object, key: str, where: str, kind: type[str], *, parse: Callable[[str], _P]) -> _P | None: ...
    def get(
        self,
        obj: object,
        key: str,
        where: str,
        kind: type | tuple[type, ...],
        default: object = None,
        parse: Callable[[str], object] | None = None,
    ) -> object:
        if not isinstance(obj, dict):
            self.problems.append(translate("store.json_file", "{where}: expected an object").format(where=where))
            return default
        value = obj.get(key)
        if value is None:
            return default
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # JSON true/false are Python bools, which are also ints: only accept them where asked for.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.problems.append(translate("store.json_file", "{where}: {value} has the wrong type").format(
                where=f"{where}.{key}", value=repr(value)[:40]))
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not abs(value) <= 1e9:
            self.problems.append(translate("store.json_file", "{where}: the number is far too large (or not a number)").format(
                where=f"{where}.{key}"))
            return default
        if parse is not None and isinstance(value, str):  # parse comes with kind str only (the overloads)
            try:
                return parse(value)
            except ValueError as exc:
                self.problems.append(f"{where}.{key}: {exc}")
                return default
        return value

    def items(self, data: object, key: str) -> list[object]:
        value = data.get(key) if isinstance(data, dict) else None
        if value is None:
            return []
        if not isinstance(value, list):
            self.problems.append(translate("store.json_file", "{where}: expected a list").format(where=key))
            return []
        return value


def parse_json(text: str, today: dt.date, diary_courses: tuple[Course, ...] = ()) -> DiarySnapshot:
    """A diary from its JSON export, or ValidationError listing every problem: each value is read
    with its type, then the whole snapshot passes the domain's rules (snapshot_problems) as typed
    input would, against the courses of the diary it lands in."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(translate("store.json_file", "line {line}: not valid JSON ({error})").format(
            line=exc.lineno, error=exc.msg)) from None
    except RecursionError:  # the C parser's own bound on nesting: no export nests more than 4 deep
        raise ValidationError(translate("store.json_file", "the JSON is nested far too deeply to be a diary export")) from None
    except ValueError as exc:  # e.g. a number of more than 4,300 digits
        raise ValidationError(translate("store.json_file", "not a readable diary export ({error})").format(error=str(exc)[:80])) from None
    if not isinstance(data, dict) or "format_version" not in data:
        raise ValidationError(translate("store.json_file", "not an LDN Diary export: the JSON has no 'format_version'"))
    version = data["format_version"]
    if version != JSON_FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > JSON_FORMAT_VERSION
        if newer:
            text = translate("store.json_file", "format_version {found} is not supported; this version reads {supported} "
                             "(the file comes from a newer LDN Diary: update this one to read it)")
        else:
            text = translate("store.json_file", "format_version {found} is not supported; this version reads {supported}")
        raise ValidationError(text.format(found=repr(version)[:20], supported=JSON_FORMAT_VERSION))
    r = _JsonReader()
    snapshot = DiarySnapshot(
        entries=tuple(_read_entries(r, data)),
        side_effects=tuple(_read_side_effects(r, data)),
        courses=tuple(_read_courses(r, data)),
        medications=tuple(_read_medications(r, data)),
        clinic_results=tuple(_read_clinic_results(r, data)),
        profile=_read_profile(r, data),
        settings=_read_settings(r, data),
    )
    r.problems.extend(snapshot_problems(snapshot, today, diary_courses))
    if r.problems:
        raise r.problems.error()
    return snapshot




def _read_side_effects(r: _JsonReader, data: JsonObject) -> list[SideEffect]:
    found = []
    for i, item in enumerate(r.items(data, "side_effects")):
        where = f"side_effects[{i}]"
        key = r.get(item, "key", where, str, "")
        found.append(SideEffect(key, r.get(item, "label", where, str, label_from_key(key)),
                                r.get(item, "builtin", where, bool, False), r.get(item, "hidden", where, bool, False)))
    return found


def _dated_items(r: _JsonReader, data: JsonObject, key: str, date_key: str) -> Iterator[tuple[str, object, dt.date]]:
    """Each item of the list `key` with where it is and its required date (an item without one is a problem)."""
    for i, item in enumerate(r.items(data, key)):
        where = f"{key}[{i}]"
        day = r.get(item, date_key, where, str, parse=parse_date)
        if day is None:
            r.problems.append(translate("store.json_file", "{where}: required (YYYY-MM-DD)").format(where=f"{where}.{date_key}"))
        else:
            yield where, item, day


def _read_entries(r: _JsonReader, data: JsonObject) -> list[DailyEntry]:
    found = []
    for where, item, day in _dated_items(r, data, "entries", "date"):
        effects = {}
        for key, sev in (r.get(item, "side_effects", where, dict, {}) or {}).items():
            if isinstance(sev, int) and not isinstance(sev, bool) and sev in Severity._value2member_map_:
                effects[key] = Severity(sev)
            else:
                r.problems.append(translate("store.json_file", "{where}: {value} is not allowed; use 0, 1, 2 or 3").format(
                    where=f"{where}.side_effects[{key!r}]", value=repr(sev)[:20]))
        dose = r.get(item, "dose_mg", where, NUMBER)
        found.append(DailyEntry(
            day=day,
            activity=r.get(item, "activity", where, int),
            dose_mg=float(dose) if dose is not None else None,
            dose_taken=r.get(item, "dose_taken", where, bool),
            dose_time=r.get(item, "dose_time", where, str, parse=parse_dose_time),
            note=r.get(item, "note", where, str, ""),
            side_effects=effects,
            items=r.get(item, "items", where, dict, {}),  # each value is checked by the domain's item rules
            complications=_read_complications(r, item, where),
        ))
    return found


def _read_courses(r: _JsonReader, data: JsonObject) -> list[Course]:
    found = []
    for where, item, start in _dated_items(r, data, "courses", "start"):
        steps = []
        for j, step in enumerate(r.items(item, "steps")):
            swhere = f"{where}.steps[{j}]"
            steps.append(TitrationStep(r.get(step, "from_day", swhere, int, 1), float(r.get(step, "dose_mg", swhere, NUMBER, 0)),
                                       r.get(step, "time", swhere, str, parse=parse_dose_time)))
        end, reason = r.get(item, "end", where, str, parse=parse_date), r.get(item, "stop_reason", where, str, "")
        found.append(Course(start, end, reason, tuple(steps)))
    return found


def _read_medications(r: _JsonReader, data: JsonObject) -> list[Medication]:
    categories = {c.value: c for c in MedicationCategory}
    found = []
    for i, item in enumerate(r.items(data, "medications")):
        where = f"medications[{i}]"
        category = categories.get(r.get(item, "category", where, str, ""))
        if category is None:
            r.problems.append(translate("store.json_file", "{where}: use one of {choices}").format(
                where=f"{where}.category", choices=", ".join(categories)))
            continue
        found.append(Medication(r.get(item, "name", where, str, ""), category,
                                r.get(item, "start", where, str, parse=parse_date), r.get(item, "stop", where, str, parse=parse_date)))
    return found


def _read_clinic_results(r: _JsonReader, data: JsonObject) -> list[ClinicResult]:
    found = []
    for where, item, day in _dated_items(r, data, "clinic_results", "date"):
        crp, alt = r.get(item, "crp_mg_l", where, NUMBER), r.get(item, "alt_u_l", where, NUMBER)
        found.append(ClinicResult(day, float(crp) if crp is not None else None, r.get(item, "endoscopic_score", where, int),
                                  float(alt) if alt is not None else None, r.get(item, "note", where, str, "")))
    return found


def _read_complications(r: _JsonReader, item: object, where: str) -> frozenset[str] | None:
    """A list of complication keys ([] for none), or null/absent when not recorded."""
    keys = r.get(item, "complications", where, list)
    if keys is None:
        return None
    if not all(isinstance(key, str) for key in keys):
        r.problems.append(translate("store.json_file", "{where}: a list of complication names is needed").format(
            where=f"{where}.complications"))
        return None
    return frozenset(keys)


def _read_profile(r: _JsonReader, data: JsonObject) -> Profile:
    p = data.get("profile") or {}
    scores = r.get(p, "scores", "profile", list)
    if scores is not None and not all(isinstance(key, str) for key in scores):
        r.problems.append(translate("store.json_file", "{where}: a list of score names is needed").format(where="profile.scores"))
        scores = None
    return Profile(r.get(p, "condition", "profile", str, ""), r.get(p, "diagnosis_year", "profile", int),
                   r.get(p, "name", "profile", str, ""), r.get(p, "date_of_birth", "profile", str, parse=parse_date),
                   r.get(p, "usual_stools", "profile", int, USUAL_STOOLS_DEFAULT),
                   None if scores is None else tuple(scores))


def _read_settings(r: _JsonReader, data: JsonObject) -> Settings:
    s = data.get("settings") or {}
    defaults = Settings()
    return Settings(float(r.get(s, "relative_threshold", "settings", NUMBER, defaults.relative_threshold)),
                    float(r.get(s, "absolute_threshold", "settings", NUMBER, defaults.absolute_threshold)))
