"""Opening the diary file: migrations, refusing files it must not touch, backups, pragmas, permissions."""

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from diary.domain.side_effects import BUILTIN_SIDE_EFFECTS
from diary.store import database
from diary.store.database import (
    BACKUP_DIRNAME,
    DB_FILENAME,
    SCHEMA_REVISION,
    SCHEMA_REVISIONS,
    DiaryOpenError,
    default_data_dir,
    open_engine,
)
from diary.store.integrity import DiaryDamagedError
from diary.store.models import Base

TABLES = {
    "alembic_version",
    "clinic_results",
    "entry_items",
    "courses",
    "entries",
    "entry_side_effects",
    "medications",
    "profile",
    "settings",
    "side_effects",
    "titration_steps",
}

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def create_diary(folder: Path) -> Path:
    """A diary file at the current revision, closed again."""
    open_engine(folder).dispose()
    return folder / DB_FILENAME


def query(db_path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def set_revision(db_path: Path, revision: str) -> None:
    con = sqlite3.connect(db_path)
    try:
        with con:
            con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        con.close()


@contextmanager
def alembic_config(connection) -> Iterator[Config]:
    """An Alembic config running the app's migrations on `connection`, as diary.store.database does."""
    with as_file(files("diary.store") / "migrations") as script_dir:
        config = Config()
        config.set_main_option("script_location", str(script_dir))
        config.attributes["connection"] = connection
        yield config


# --- a new file ---------------------------------------------------------------------------------


def test_a_new_file_is_migrated_with_every_table(data_dir):
    db_path = create_diary(data_dir)
    tables = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == TABLES
    assert query(db_path, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]
    assert not (data_dir / BACKUP_DIRNAME).exists()


def test_a_new_file_has_the_builtin_side_effects_in_order(data_dir):
    db_path = create_diary(data_dir)
    rows = query(db_path, "SELECT key, label, builtin, hidden, position FROM side_effects ORDER BY position")
    assert [(key, label) for key, label, *_ in rows] == list(BUILTIN_SIDE_EFFECTS)
    assert all(builtin == 1 and hidden == 0 for _, _, builtin, hidden, _ in rows)
    assert [position for *_, position in rows] == list(range(len(BUILTIN_SIDE_EFFECTS)))


def test_missing_parent_folders_are_created(tmp_path):
    folder = tmp_path / "a" / "b" / "data"
    db_path = create_diary(folder)
    assert db_path.is_file()


def test_an_existing_empty_file_is_never_made_a_new_diary(data_dir):
    # Only a missing file starts a diary: an empty one may be a diary whose -wal was lost.
    data_dir.mkdir()
    (data_dir / DB_FILENAME).touch()
    with pytest.raises(DiaryDamagedError, match="holds no diary: it is empty") as caught:
        create_diary(data_dir)
    assert "delete" in caught.value.advice_without_backups
    assert (data_dir / DB_FILENAME).read_bytes() == b""


def test_a_new_diary_is_built_aside_and_left_with_no_wal(data_dir):
    db_path = create_diary(data_dir)
    assert not list(data_dir.glob("*.new-*"))  # nothing half-made beside it
    wal = data_dir / f"{DB_FILENAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # the file alone holds the diary
    assert query(db_path, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]


def test_schema_revisions_match_the_alembic_scripts():
    with as_file(files("diary.store") / "migrations") as script_dir:
        scripts = ScriptDirectory(str(script_dir))
        newest_first = [script.revision for script in scripts.walk_revisions()]
        assert scripts.get_heads() == [SCHEMA_REVISION]
    assert tuple(reversed(newest_first)) == SCHEMA_REVISIONS
    assert SCHEMA_REVISIONS[-1] == SCHEMA_REVISION


def test_the_models_match_the_migrated_schema(data_dir):
    engine = open_engine(data_dir)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_migration_downgrades_and_upgrades_cleanly(data_dir):
    engine = open_engine(data_dir)
    try:
        with engine.begin() as connection, alembic_config(connection) as config:
            command.downgrade(config, "base")
            left = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars().all()
            assert set(left) == {"alembic_version"}
            command.upgrade(config, "head")
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM side_effects").scalar() == len(BUILTIN_SIDE_EFFECTS)
    finally:
        engine.dispose()


# --- an existing file ----------------------------------------------------------------------------


def test_reopening_an_up_to_date_file_keeps_its_data_and_makes_no_backup(data_dir):
    db_path = create_diary(data_dir)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    con.close()
    create_diary(data_dir)
    assert query(db_path, "SELECT key, value FROM settings") == [("x", "1")]
    assert not (data_dir / BACKUP_DIRNAME).exists()


def test_an_older_file_is_backed_up_before_it_is_upgraded(data_dir, monkeypatch):
    db_path = create_diary(data_dir)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO settings (key, value) VALUES ('kept', '42')")
    con.close()
    # Pretend a newer app version with a second migration: the file's 0001 is now the older one.
    monkeypatch.setattr(database, "SCHEMA_REVISIONS", (*SCHEMA_REVISIONS, "9999"))
    monkeypatch.setattr(database, "SCHEMA_REVISION", "9999")
    open_engine(data_dir).dispose()

    backups = list((data_dir / BACKUP_DIRNAME).iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith("diary-") and backup.name.endswith(f"-before-upgrade-{SCHEMA_REVISION}.sqlite3")
    assert query(backup, "SELECT key, value FROM settings") == [("kept", "42")]
    assert query(backup, "SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]
    if os.name == "posix":
        assert mode(backup) == 0o600
        assert mode(data_dir / BACKUP_DIRNAME) == 0o700


def test_a_file_from_a_newer_version_is_refused_untouched(data_dir):
    db_path = create_diary(data_dir)
    set_revision(db_path, "9999")
    before = db_path.read_bytes()
    with pytest.raises(DiaryOpenError, match=r"newer version .*schema 9999"):
        open_engine(data_dir)
    assert db_path.read_bytes() == before
    assert not (data_dir / BACKUP_DIRNAME).exists()


def test_a_text_file_is_refused_untouched(data_dir):
    data_dir.mkdir()
    db_path = data_dir / DB_FILENAME
    db_path.write_text("date,activity\n2026-01-01,3\n" * 50)
    before = db_path.read_bytes()
    with pytest.raises(DiaryOpenError, match="not a readable LDN Diary file"):
        open_engine(data_dir)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


def test_another_sqlite_file_is_refused_untouched(data_dir):
    data_dir.mkdir()
    db_path = data_dir / DB_FILENAME
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DiaryOpenError, match="not an LDN Diary"):
        open_engine(data_dir)
    assert db_path.read_bytes() == before
    assert query(db_path, "SELECT name FROM sqlite_master WHERE type='table'") == [("photos",)]


# --- connections ---------------------------------------------------------------------------------


def test_every_connection_has_the_pragmas(data_dir):
    engine = open_engine(data_dir)
    try:
        for _ in range(2):
            with engine.connect() as connection:
                values = {
                    name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
                }
                assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
    finally:
        engine.dispose()


def test_default_data_dir_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("LDN_DIARY_DATA_DIR", str(tmp_path / "elsewhere"))
    assert default_data_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("LDN_DIARY_DATA_DIR")
    assert default_data_dir().name == "LDN Diary"


# --- permissions ---------------------------------------------------------------------------------


@posix_only
def test_folder_and_files_are_private(data_dir):
    engine = open_engine(data_dir)
    try:
        assert mode(data_dir) == 0o700
        assert mode(data_dir / DB_FILENAME) == 0o600
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('x', '1')")
        with engine.connect():
            wal = data_dir / f"{DB_FILENAME}-wal"
            assert wal.exists()
            assert mode(wal) == 0o600
    finally:
        engine.dispose()


@posix_only
def test_an_existing_open_folder_is_made_private(data_dir):
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    open_engine(data_dir).dispose()
    assert mode(data_dir) == 0o700


@posix_only
def test_a_folder_with_other_things_in_it_keeps_its_permissions(data_dir):
    # --data-dir might name the home folder: never lock the user out of their own files.
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    (data_dir / "holiday.jpg").write_bytes(b"not ours")
    open_engine(data_dir).dispose()
    assert mode(data_dir) == 0o755
    assert mode(data_dir / DB_FILENAME) == 0o600


@posix_only
def test_a_diary_copied_in_with_open_permissions_is_made_private(data_dir):
    open_engine(data_dir).dispose()
    (data_dir / DB_FILENAME).chmod(0o644)
    open_engine(data_dir).dispose()
    assert mode(data_dir / DB_FILENAME) == 0o600
