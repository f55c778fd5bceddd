"""Backups: checked snapshots, about a year of history, and restoring one without losing the diary as it was."""

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from diary.domain.errors import ValidationError
from diary.store import backups as store_backups
from diary.store import database
from diary.store.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_RECENT,
    KEEP_WEEKLY,
    PARTIAL_SUFFIX,
    Backup,
    BackupError,
    backups_to_keep,
    list_backups,
    make_backup,
    prune_backups,
    save_copy,
)
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME, SCHEMA_REVISION, open_engine
from diary.store.integrity import FileCheck, FileState, check_file
from diary.store.restore import RESTORING_FILENAME, restore_file

NOW = dt.datetime(2026, 6, 15, 10, 30, 0)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def add_entries(folder: Path, *days: str) -> None:
    engine = open_engine(folder)
    with engine.begin() as connection:
        for day in days:
            connection.exec_driver_sql("INSERT INTO entries (day, activity, note) VALUES (?, 3, '')", (day,))
    engine.dispose()


def entry_days(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [day for (day,) in con.execute("SELECT day FROM entries ORDER BY day")]
    finally:
        con.close()


@pytest.fixture
def diary(data_dir) -> Path:
    add_entries(data_dir, "2026-06-01", "2026-06-02")
    return data_dir / DB_FILENAME


@pytest.fixture
def folder(data_dir) -> Path:
    return data_dir / BACKUP_DIRNAME


# --- making one -------------------------------------------------------------------------------------


def test_a_backup_is_a_checked_snapshot_named_by_when_and_why(diary, folder):
    backup = make_backup(diary, folder, "close", NOW)
    assert backup.path == folder / "diary-2026-06-15-103000-close.sqlite3"
    assert backup.ok and backup.entries == 2 and backup.last_day == dt.date(2026, 6, 2)
    assert backup.created == NOW and backup.reason_words == "when the window closed"
    assert entry_days(backup.path) == ["2026-06-01", "2026-06-02"]
    assert backup.path.read_bytes()[18:20] == b"\x01\x01"  # a plain file: no -wal needed beside it
    assert sorted(p.name for p in folder.iterdir()) == [backup.path.name]


@posix_only
def test_backups_are_private(diary, folder):
    backup = make_backup(diary, folder, "auto", NOW)
    assert mode(folder) == 0o700
    assert mode(backup.path) == 0o600
    out = save_copy(diary, diary.parent.parent / "copy.sqlite3")
    assert mode(out.path) == 0o600


def test_two_backups_in_the_same_second_both_stay(diary, folder):
    first = make_backup(diary, folder, "auto", NOW)
    second = make_backup(diary, folder, "auto", NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(folder)] == [second.path, first.path]


def test_a_backup_sees_only_committed_data(diary, folder, data_dir):
    con = sqlite3.connect(diary, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO entries (day, activity, note) VALUES ('2026-06-03', 1, '')")
    try:
        backup = make_backup(diary, folder, "auto", NOW)
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert entry_days(backup.path) == ["2026-06-01", "2026-06-02"]


def test_a_damaged_diary_makes_no_backup_and_leaves_the_good_ones(diary, folder):
    good = make_backup(diary, folder, "close", NOW - dt.timedelta(days=1))
    diary.write_bytes(diary.read_bytes()[:3000])
    with pytest.raises(BackupError):
        make_backup(diary, folder, "close", NOW)
    assert [p.name for p in folder.iterdir()] == [good.path.name]


def test_interrupted_backups_are_cleaned_up_later(diary, folder):
    folder.mkdir()
    old = folder / f"diary-2026-06-14-090000-auto.sqlite3{PARTIAL_SUFFIX}"
    old.write_bytes(b"half a backup")
    os.utime(old, (NOW.timestamp() - 7200, NOW.timestamp() - 7200))
    recent = folder / f"diary-2026-06-15-102959-auto.sqlite3{PARTIAL_SUFFIX}"
    recent.write_bytes(b"another process may be writing this one")
    os.utime(recent, (NOW.timestamp() - 1, NOW.timestamp() - 1))
    make_backup(diary, folder, "auto", NOW)
    assert not old.exists() and recent.exists()
    assert all(b.ok for b in list_backups(folder))


def test_save_copy_replaces_a_file_only_with_a_good_copy(diary, tmp_path):
    out = tmp_path / "usb" / "diary-backup.sqlite3"
    out.parent.mkdir()
    out.write_bytes(b"last week's copy")
    check = save_copy(diary, out)
    assert check.path == out and check.entries == 2
    diary.write_bytes(diary.read_bytes()[:3000])
    good = out.read_bytes()
    with pytest.raises(BackupError):
        save_copy(diary, out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_entries_are_counted_in_words():
    assert [store_backups.entries_text(n) for n in (0, 1, 2, 1204, None)] == [
        "0 entries", "1 entry", "2 entries", "1,204 entries", "0 entries"
    ]


def test_unknown_reasons_are_refused(diary, folder):
    with pytest.raises(ValueError):
        make_backup(diary, folder, "../evil", NOW)


# --- listing ----------------------------------------------------------------------------------------


def test_listing_is_newest_first_with_entries_and_damage(diary, folder):
    older = make_backup(diary, folder, "auto", NOW - dt.timedelta(hours=2))
    add_entries(diary.parent, "2026-06-03")
    newer = make_backup(diary, folder, "before-import", NOW - dt.timedelta(hours=1))
    damaged = folder / "diary-2026-06-15-100000-close.sqlite3"
    damaged.write_bytes(newer.path.read_bytes()[:2000])
    copied = folder / "my own copy.sqlite3"
    copied.write_bytes(older.path.read_bytes())
    os.utime(copied, (NOW.timestamp() - 86400 * 3,) * 2)
    (folder / "notes.txt").write_text("not a backup")

    listed = list_backups(folder)
    assert [b.path for b in listed] == [damaged, newer.path, older.path, copied]
    assert [b.entries for b in listed] == [None, 3, 2, 2]
    assert [b.ok for b in listed] == [False, True, True, True]
    assert [b.ours for b in listed] == [True, True, True, False]
    assert "damaged" in listed[0].describe() and "3 entries" in listed[1].describe()
    assert listed[1].reason_words == "before an import"
    assert listed[3].reason_words == "copied here"


def test_an_upgrade_backup_names_its_revision(diary, folder):
    backup = make_backup(diary, folder, f"before-upgrade-{SCHEMA_REVISION}", NOW)
    assert backup.reason_words == "before an upgrade"


# --- thinning ---------------------------------------------------------------------------------------


def fake(created: dt.datetime, ok: bool = True, reason: str = "auto") -> Backup:
    path = Path(f"/backups/diary-{created:%Y-%m-%d-%H%M%S}-{reason}.sqlite3")
    state = FileState.SOUND if ok else FileState.DAMAGED
    return Backup(path, created, reason, FileCheck(path, state, None if ok else "damaged", "0001" if ok else None, 5))


def simulate(days: int, times=(9, 13, 21), damaged_every: int = 0) -> list[Backup]:
    """A year or more of use, thinning after every backup as the app does."""
    kept: list[Backup] = []
    start = NOW - dt.timedelta(days=days)
    count = 0
    for day in range(days):
        for hour in times:
            count += 1
            when = (start + dt.timedelta(days=day)).replace(hour=hour, minute=0)
            kept.append(fake(when, ok=not (damaged_every and count % damaged_every == 0)))
            keep = backups_to_keep(kept)
            kept = [b for b in kept if b.path in keep or not b.ok]
    return sorted(kept, key=lambda b: b.created, reverse=True)


def test_thinning_keeps_about_a_year_in_a_bounded_number_of_files():
    kept = simulate(500)
    assert len(kept) <= KEEP_RECENT + KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    newest = kept[0].created
    ages = [(newest - b.created).days for b in kept]
    assert ages[:KEEP_RECENT] == sorted(ages[:KEEP_RECENT])
    assert max(ages) >= 330  # about a year of history
    # every one of the last two weeks has a backup of its own
    assert {(newest.date() - dt.timedelta(days=n)) for n in range(14)} <= {b.created.date() for b in kept}
    # and every one of the last ten months
    months = {(b.created.year, b.created.month) for b in kept}
    for back in range(10):
        month = (newest.month - back - 1) % 12 + 1
        year = newest.year - (1 if newest.month - back <= 0 else 0)
        assert (year, month) in months


def test_the_newest_backups_are_always_kept():
    backups = [fake(NOW - dt.timedelta(minutes=m)) for m in range(100)]
    keep = backups_to_keep(backups)
    assert {b.path for b in backups[:KEEP_RECENT]} <= keep


def test_a_damaged_backup_never_pushes_out_a_good_one():
    clean = simulate(120)
    with_damage = simulate(120, damaged_every=4)
    good_kept = [b for b in with_damage if b.ok]
    assert len(good_kept) == len(clean)
    assert [b.ok for b in with_damage].count(False) > 0
    # the damaged ones take no place: the good ones span as much time as without them
    assert good_kept[-1].created <= clean[-1].created + dt.timedelta(days=31)
    many_damaged = [fake(NOW - dt.timedelta(minutes=m), ok=False) for m in range(50)]
    older_good = [fake(NOW - dt.timedelta(days=d)) for d in range(1, 5)]
    assert backups_to_keep(many_damaged + older_good) == {b.path for b in older_good}


def test_pruning_deletes_only_good_backups_the_app_named(diary, folder):
    folder.mkdir()
    damaged = folder / "diary-2026-01-01-000000-close.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    yesterday = make_backup(diary, folder, "close", NOW - dt.timedelta(days=1))
    mine = folder / "keep-me.sqlite3"
    mine.write_bytes(yesterday.path.read_bytes())
    # every 10 minutes today, thinned after each backup as the app does
    made = [make_backup(diary, folder, "auto", NOW + dt.timedelta(minutes=10 * n)) for n in range(KEEP_RECENT + 5)]
    left = {p.name for p in folder.iterdir()}
    assert left == {damaged.name, mine.name, yesterday.path.name, *(b.path.name for b in made[-KEEP_RECENT:])}
    assert prune_backups(folder) == []


# --- restoring --------------------------------------------------------------------------------------


def test_restore_replaces_the_diary_and_keeps_the_old_one(diary, folder, data_dir):
    backup = make_backup(diary, folder, "close", NOW - dt.timedelta(days=1))
    backup_bytes = backup.path.read_bytes()
    add_entries(data_dir, "2026-06-03", "2026-06-04")
    result = restore_file(backup.path, data_dir, NOW)
    assert entry_days(diary) == ["2026-06-01", "2026-06-02"]
    assert result.restored.entries == 2
    assert result.previous.reason == "before-restore" and result.previous.ok
    assert entry_days(result.previous.path) == ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]
    assert backup.path.read_bytes() == backup_bytes  # the source is only read
    assert not (data_dir / RESTORING_FILENAME).exists()
    # ... and the restore can be undone
    restore_file(result.previous.path, data_dir, NOW + dt.timedelta(seconds=1))
    assert entry_days(diary) == ["2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04"]


def test_restore_never_mixes_in_the_old_diarys_wal(diary, folder, data_dir):
    backup = make_backup(diary, folder, "close", NOW)
    engine = open_engine(data_dir)  # keeps a WAL with a newer commit beside the file
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO entries (day, activity, note) VALUES ('2026-06-09', 1, '')")
    wal = data_dir / f"{DB_FILENAME}-wal"
    assert wal.stat().st_size > 0
    engine.dispose()
    restore_file(backup.path, data_dir, NOW)
    assert not wal.exists() or wal.stat().st_size == 0
    assert check_file(diary).ok
    assert entry_days(diary) == ["2026-06-01", "2026-06-02"]


@pytest.mark.parametrize("kind", ["text", "truncated", "zero-length"])
def test_restoring_over_a_damaged_diary_sets_it_aside_byte_for_byte(diary, folder, data_dir, kind):
    backup = make_backup(diary, folder, "close", NOW)
    data = diary.read_bytes()
    damaged = {"text": b"date,activity\n", "truncated": data[:3000], "zero-length": b"x"}[kind]
    diary.write_bytes(damaged)
    result = restore_file(backup.path, data_dir, NOW)
    assert result.previous.reason == "damaged" and not result.previous.ok
    assert result.previous.path.read_bytes() == damaged
    assert entry_days(diary) == ["2026-06-01", "2026-06-02"]
    if os.name == "posix":
        assert mode(diary) == 0o600 and mode(result.previous.path) == 0o600


@pytest.mark.parametrize(
    ("make_source", "words"),
    [
        (lambda p, d: p.write_text("date,activity\n2026-01-01,4\n"), "holds text, not a database"),
        (lambda p, d: p.write_bytes(d[:2500]), "cut short"),
        (lambda p, d: p.write_bytes(b""), "is empty"),
        (lambda p, d: sqlite3.connect(p).close(), "is empty"),
        (lambda p, d: (p.write_bytes(d), _set_revision(p, "9999")), "newer version"),
        (lambda p, d: _other_database(p), "not an LDN Diary"),
    ],
    ids=["text", "truncated", "zero-length", "empty-sqlite", "newer", "other-database"],
)
def test_a_file_that_cannot_be_restored_changes_nothing(diary, data_dir, tmp_path, make_source, words):
    source = tmp_path / "source.sqlite3"
    make_source(source, diary.read_bytes())
    source_before = source.read_bytes()
    folder_before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(ValidationError) as caught:
        restore_file(source, data_dir, NOW)
    assert words in caught.value.problems[0] and str(source) in caught.value.problems[0]
    assert source.read_bytes() == source_before
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == folder_before
    assert not (data_dir / BACKUP_DIRNAME).exists()


def test_a_missing_file_cannot_be_restored(data_dir, tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        restore_file(tmp_path / "nope.sqlite3", data_dir, NOW)


def test_restoring_into_an_empty_folder(diary, folder, tmp_path):
    backup = make_backup(diary, folder, "close", NOW)
    fresh = tmp_path / "fresh"
    result = restore_file(backup.path, fresh, NOW)
    assert result.previous is None
    assert entry_days(fresh / DB_FILENAME) == ["2026-06-01", "2026-06-02"]


def test_a_live_diary_with_its_wal_can_be_restored_from(diary, data_dir, tmp_path):
    # e.g. a diary folder copied from another computer while the app was running
    engine = open_engine(data_dir)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO entries (day, activity, note) VALUES ('2026-06-05', 1, '')")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal"):
        (elsewhere / name).write_bytes((data_dir / name).read_bytes())
    engine.dispose()
    target = tmp_path / "target"
    restore_file(elsewhere / DB_FILENAME, target, NOW)
    assert entry_days(target / DB_FILENAME) == ["2026-06-01", "2026-06-02", "2026-06-05"]
    assert sorted(p.name for p in elsewhere.iterdir()) == [DB_FILENAME, f"{DB_FILENAME}-wal"]


def test_an_older_schema_is_restored_and_upgraded_with_a_backup_first(diary, folder, data_dir, monkeypatch):
    backup = make_backup(diary, folder, "close", NOW)
    monkeypatch.setattr(database, "SCHEMA_REVISIONS", (*database.SCHEMA_REVISIONS, "9999"))
    monkeypatch.setattr(database, "SCHEMA_REVISION", "9999")
    monkeypatch.setattr(database, "_upgrade", lambda engine: None)
    restore_file(backup.path, data_dir, NOW)
    open_engine(data_dir).dispose()
    reasons = [b.reason for b in list_backups(folder)]
    assert f"before-upgrade-{SCHEMA_REVISION}" in reasons


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.close()


def _other_database(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE photos (name TEXT)")
    con.close()
