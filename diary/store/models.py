"""SQLAlchemy tables of the diary file, with typed columns and the same limits as the domain."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names keep Alembic's batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EntryRow(Base):
    __tablename__ = "entries"
    __table_args__ = (
        CheckConstraint("activity BETWEEN 0 AND 10", name="activity_range"),
        CheckConstraint("dose_mg BETWEEN 0.1 AND 50", name="dose_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(unique=True)
    activity: Mapped[int | None]
    dose_mg: Mapped[float | None]
    dose_taken: Mapped[bool | None]
    dose_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", 24 h
    note: Mapped[str] = mapped_column(Text, default="")
    complications: Mapped[str | None] = mapped_column(Text)  # "a;b", "none", NULL if not recorded (the CSV form)

    severities: Mapped[list[SeverityRow]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", lazy="selectin"
    )


class SideEffectRow(Base):
    __tablename__ = "side_effects"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int]


class SeverityRow(Base):
    __tablename__ = "entry_side_effects"
    __table_args__ = (CheckConstraint("severity BETWEEN 0 AND 3", name="severity_range"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)
    side_effect_id: Mapped[int] = mapped_column(ForeignKey("side_effects.id"), primary_key=True)
    severity: Mapped[int]

    entry: Mapped[EntryRow] = relationship(back_populates="severities")
    side_effect: Mapped[SideEffectRow] = relationship(lazy="joined")


class ItemRow(Base):
    """One answered item of a condition score on a day (domain.condition_items)."""

    __tablename__ = "entry_items"

    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int]


class CourseRow(Base):
    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[dt.date] = mapped_column(unique=True)
    end: Mapped[dt.date | None]
    stop_reason: Mapped[str] = mapped_column(Text, default="")

    steps: Mapped[list[TitrationStepRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="TitrationStepRow.from_day"
    )


class TitrationStepRow(Base):
    __tablename__ = "titration_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    from_day: Mapped[int]
    dose_mg: Mapped[float]
    time: Mapped[str | None] = mapped_column(String(5))


class MedicationRow(Base):
    __tablename__ = "medications"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))  # a MedicationCategory value
    start: Mapped[dt.date | None]
    stop: Mapped[dt.date | None]


class ClinicResultRow(Base):
    __tablename__ = "clinic_results"
    __table_args__ = (CheckConstraint("endoscopic_score BETWEEN 0 AND 3", name="endoscopic_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date]
    crp_mg_l: Mapped[float | None]
    endoscopic_score: Mapped[int | None]
    alt_u_l: Mapped[float | None]
    note: Mapped[str] = mapped_column(Text, default="")


class ProfileRow(Base):
    """A single row (id 1)."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    condition: Mapped[str] = mapped_column(String(200), default="")
    diagnosis_year: Mapped[int | None]
    name: Mapped[str] = mapped_column(String(200), default="")
    date_of_birth: Mapped[dt.date | None]
    usual_stools: Mapped[int] = mapped_column(default=1, server_default="1")
    scores: Mapped[str | None] = mapped_column(Text)  # score keys joined by ";"; NULL: as the condition suggests


class SettingRow(Base):
    """Named settings, each value stored as JSON text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
