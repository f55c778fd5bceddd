"""The check a diary file gets when it is opened: damage of every kind is found, and the file is left as it was."""

import datetime as dt
import os
import random
import sqlite3
from pathlib import Path

import pytest

from diary.domain.entries import DailyEntry
from diary.services.diary import DiaryService, open_store
from diary.store import integrity
from diary.store.backups import make_backup
from diary.store.database import BACKUP_DIRNAME, DB_FILENAME, DiaryOpenError, open_engine
from diary.store.integrity import DiaryDamagedError, FileState, check_file

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def make_diary(folder: Path, days: int = 40) -> Path:
    """A closed diary with `days` entries and some notes, big enough to span many pages."""
    engine = open_engine(folder)
    with engine.begin() as connection:
        for n in range(days):
            connection.exec_driver_sql(
                "INSERT INTO entries (day, activity, note) VALUES (?, ?, ?)",
                (f"2026-01-{1 + n % 28:02d}" if n < 28 else f"2026-02-{n - 27:02d}", n % 11, "a note " * 40),
            )
    engine.dispose()
    return folder / DB_FILENAME


def page_size(db_path: Path) -> int:
    return int.from_bytes(db_path.read_bytes()[16:18], "big")


def root_page_of(db_path: Path, table: str) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        con.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_sound_diary_passes_with_what_it_holds(data_dir):
    db_path = make_diary(data_dir)
    check = check_file(db_path)
    assert check.ok and check.is_diary
    assert check.state is FileState.SOUND
    assert check.entries == 40
    assert str(check.last_day) == "2026-02-12"
    assert check.revision is not None


def test_a_missing_file(tmp_path):
    assert check_file(tmp_path / "nothing.sqlite3").state is FileState.MISSING


@pytest.mark.parametrize(
    ("damage", "state", "words"),
    [
        (lambda data, db: b"", FileState.EMPTY, "is empty"),
        (lambda data, db: b"date,activity\n2026-01-01,4\n" * 100, FileState.NOT_A_DATABASE, "holds text, not a database"),
        (lambda data, db: bytes(range(256)) * 40, FileState.NOT_A_DATABASE, "not a database file"),
        (lambda data, db: data[:10], FileState.TRUNCATED, "cut short"),
        (lambda data, db: data[:60], FileState.TRUNCATED, "cut short"),
        (lambda data, db: data[: len(data) // 2], FileState.TRUNCATED, "cut short"),
        (lambda data, db: data[: len(data) - page_size(db)], FileState.TRUNCATED, "cut short"),
    ],
    ids=["zero-length", "text", "binary", "10-bytes", "60-bytes", "half", "last-page-missing"],
)
def test_each_kind_of_bad_file_is_named_and_left_untouched(data_dir, damage, state, words):
    db_path = make_diary(data_dir)
    db_path.write_bytes(damage(db_path.read_bytes(), db_path))
    before = db_path.read_bytes()
    check = check_file(db_path)
    assert check.state is state
    assert words in check.problem and str(db_path) in check.problem
    assert not check.ok
    assert db_path.read_bytes() == before


def test_a_broken_page_is_found_by_quick_check(data_dir):
    db_path = make_diary(data_dir)
    data = bytearray(db_path.read_bytes())
    root = root_page_of(db_path, "entries")
    data[(root - 1) * page_size(db_path)] = 0x00  # not a b-tree page type any more
    db_path.write_bytes(bytes(data))
    check = check_file(db_path)
    assert check.state is FileState.DAMAGED
    assert "damaged" in check.problem
    assert db_path.read_bytes() == bytes(data)


def test_another_programs_database_is_not_a_diary(tmp_path):
    path = tmp_path / "photos.sqlite3"
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE photos (name TEXT)")
    con.close()
    check = check_file(path)
    assert check.state is FileState.NOT_A_DIARY
    assert "not an LDN Diary" in check.problem


def test_random_flipped_bytes_never_raise_and_are_either_found_or_harmless(data_dir):
    db_path = make_diary(data_dir)
    good = db_path.read_bytes()
    rng = random.Random(7)
    found = 0
    for _ in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        db_path.write_bytes(bytes(data))
        for companion in data_dir.glob(f"{DB_FILENAME}-*"):
            companion.unlink()
        check = check_file(db_path)
        assert db_path.read_bytes() == bytes(data)
        if not check.ok:
            found += 1
            assert check.problem
    assert found > 0


# --- opening ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["text", "truncated", "broken-page", "zero-length"])
def test_opening_a_damaged_diary_names_the_good_backups_and_changes_nothing(data_dir, kind):
    db_path = make_diary(data_dir)
    backup = make_backup(db_path, data_dir / BACKUP_DIRNAME, "close")
    data = db_path.read_bytes()
    if kind == "text":
        damaged = b"date,activity\n2026-01-01,4\n"
    elif kind == "truncated":
        damaged = data[: len(data) // 3]
    elif kind == "zero-length":
        damaged = b""
    else:
        broken = bytearray(data)
        broken[(root_page_of(db_path, "entries") - 1) * page_size(db_path)] = 0x00
        damaged = bytes(broken)
    db_path.write_bytes(damaged)
    db_path.chmod(0o644)
    before = files_in(data_dir)
    with pytest.raises(DiaryDamagedError) as caught:
        open_store(data_dir)  # the service's open: the store's check, with the good backups attached
    assert caught.value.backups == (backup,)
    assert "left untouched" in str(caught.value)
    assert caught.value.data_dir == data_dir
    assert db_path.read_bytes() == damaged
    if os.name == "posix":
        assert db_path.stat().st_mode & 0o777 == 0o644  # not even its permissions changed
    after = files_in(data_dir)
    assert after[DB_FILENAME] == before[DB_FILENAME]


def test_a_damaged_diary_without_backups_says_there_are_none(data_dir):
    db_path = make_diary(data_dir)
    db_path.write_bytes(db_path.read_bytes()[:5000])
    with pytest.raises(DiaryDamagedError) as caught:
        open_store(data_dir)
    assert caught.value.backups == ()
    assert isinstance(caught.value, DiaryOpenError)


def test_a_diary_file_holding_only_its_schema_is_refused_not_started_again(data_dir):
    # A crash, then the -wal deleted, can leave a database with no tables: never initialise it.
    data_dir.mkdir()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    con.execute("PRAGMA user_version=0")
    con.execute("CREATE TABLE t(x)")
    con.execute("DROP TABLE t")
    con.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(DiaryDamagedError, match="holds no diary: it is a database with nothing in it"):
        open_engine(data_dir)
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_a_diary_left_mid_write_by_a_crash_opens_with_its_committed_data(data_dir):
    db_path = make_diary(data_dir, days=3)
    # A second connection keeps the WAL alive; copy the three files as a crash would leave them.
    engine = open_engine(data_dir)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO entries (day, activity, note) VALUES ('2026-03-01', 5, '')")
    crashed = data_dir.parent / "crashed"
    crashed.mkdir()
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal"):
        (crashed / name).write_bytes((data_dir / name).read_bytes())
    engine.dispose()
    assert check_file(crashed / DB_FILENAME).entries == 4
    engine = open_engine(crashed)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM entries").scalar() == 4
    engine.dispose()
    assert db_path.exists()


def test_a_damaged_byte_inside_a_note_does_not_stop_the_diary(data_dir):
    # No check can tell a flipped byte in the middle of a note: reading it must still work.
    service = DiaryService(data_dir)
    service.entries.save(DailyEntry(dt.date(2024, 1, 2), note="ééé and more"))
    service.close()
    db_path = data_dir / DB_FILENAME
    data = db_path.read_bytes()
    assert data.count("ééé".encode()) == 1
    db_path.write_bytes(data.replace("ééé".encode(), b"\xc3\xc3\xa9\xc3\xa9\xa9"))
    assert check_file(db_path).ok
    service = DiaryService(data_dir)
    try:
        (entry,) = service.entries.between()
        assert entry.note == "\ufffdéé\ufffd and more"
    finally:
        service.close()


def test_a_diary_that_is_busy_or_forbidden_is_not_called_damaged(data_dir, monkeypatch):
    db_path = make_diary(data_dir, days=2)
    make_backup(db_path, data_dir / BACKUP_DIRNAME, "close")

    class Busy:
        text_factory = None

        def execute(self, sql):
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorname = "SQLITE_BUSY"
            raise error

        def close(self):
            pass

    monkeypatch.setattr(integrity.sqlite3, "connect", lambda *a, **k: Busy())
    check = check_file(db_path)
    assert check.state is FileState.UNREADABLE and "database is locked" in check.problem
    with pytest.raises(DiaryOpenError) as caught:
        open_engine(data_dir)
    assert not isinstance(caught.value, DiaryDamagedError)
    assert "try again" in str(caught.value)


def swap_index_roots(db_path: Path) -> None:
    """Make the entries' date index point at the courses' one: every b-tree stays well formed
    (quick_check passes) but the index no longer matches its table."""
    con = sqlite3.connect(db_path)
    try:
        roots = dict(con.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE name IN "
            "('sqlite_autoindex_entries_1', 'sqlite_autoindex_courses_1')"
        ))
        con.execute("PRAGMA writable_schema=ON")
        con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'sqlite_autoindex_entries_1'",
                    (roots["sqlite_autoindex_courses_1"],))
        con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'sqlite_autoindex_courses_1'",
                    (roots["sqlite_autoindex_entries_1"],))
        con.commit()
    finally:
        con.close()


def test_a_damaged_index_is_found_when_a_diary_is_opened(data_dir):
    db_path = make_diary(data_dir)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO courses (start, stop_reason) VALUES ('2026-01-01', '')")
    con.close()
    swap_index_roots(db_path)
    assert check_file(db_path).ok  # quick_check cannot see it...
    check = check_file(db_path, thorough=True)  # ...integrity_check can
    assert check.state is FileState.DAMAGED and "missing from index" in check.problem
    before = db_path.read_bytes()
    with pytest.raises(DiaryDamagedError):
        open_engine(data_dir)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE entries SET day = '2026-0x-01' WHERE id = 3", "1 date in entries.day cannot be read"),
        ("UPDATE entries SET day = '2026-02-30' WHERE id = 3", "1 date in entries.day cannot be read"),
        ("UPDATE entries SET dose_time = '08:6' WHERE id = 3", "1 time in entries.dose_time cannot be read"),
        ("UPDATE entries SET dose_time = '08215' WHERE id = 3", "1 time in entries.dose_time cannot be read"),
        ("UPDATE entries SET dose_time = '24:00' WHERE id = 3", "1 time in entries.dose_time cannot be read"),
        ("UPDATE entries SET note = X'00ff' WHERE id = 3", "1 row of entries holds a value of the wrong kind"),
        ("UPDATE entries SET activity = '3' || 'x' WHERE id = 3", None),  # refused by the CHECK constraint
        ("INSERT INTO medications (name, category) VALUES ('x', 'opioiD analgesic')", "1 medication categor"),
        ("INSERT INTO settings (key, value) VALUES ('relative_threshold', '0.3}')", "1 setting cannot be read"),
    ],
    ids=["date-text", "date-impossible", "time", "time-number", "time-24", "blob-note", "text-activity", "category", "setting"],
)
def test_values_the_app_could_not_read_back_count_as_damage(data_dir, sql, words):
    db_path = make_diary(data_dir, days=5)
    con = sqlite3.connect(db_path)
    try:
        with con:
            con.execute(sql)
    except sqlite3.IntegrityError:
        assert words is None
        return
    finally:
        con.close()
    check = check_file(db_path, thorough=True)
    assert check.state is FileState.DAMAGED
    assert words in check.problem


def test_a_value_outside_the_schemas_rules_counts_as_damage(data_dir):
    # A flipped bit can turn severity 2 into 18: SQLite never re-checks CHECK constraints on its own.
    db_path = make_diary(data_dir, days=3)
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA ignore_check_constraints=ON")
        with con:
            con.execute("UPDATE entries SET activity = 18 WHERE id = 2")
    finally:
        con.close()
    check = check_file(db_path, thorough=True)
    assert check.state is FileState.DAMAGED
    assert "1 row of entries breaks the rule activity BETWEEN 0 AND 10" in check.problem
