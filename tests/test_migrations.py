"""Migrations build the same schema on SQLite, PostgreSQL and MariaDB, match the models, and go down again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect

from console.adapters import migrate
from console.adapters.database import make_database
from console.services.models import Base
from tests.conftest import MARIA_ADMIN_URL, PG_ADMIN_URL, _fresh_server_db, need


@pytest.fixture(params=["sqlite", "postgresql", "mariadb"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        db = make_database(f"sqlite:///{tmp_path / 'm.db'}")
        yield db.engine
        db.dispose()
        return
    if request.param == "postgresql":
        need("PostgreSQL", "127.0.0.1", 5432)
        gen = _fresh_server_db(PG_ADMIN_URL, "postgresql")
    else:
        need("MariaDB", "127.0.0.1", 3306)
        gen = _fresh_server_db(MARIA_ADMIN_URL, "mysql")
    url = next(gen)
    db = make_database(url)
    try:
        yield db.engine
    finally:
        db.dispose()
        gen.close()


def shape(engine: Engine) -> dict[str, object]:
    """Tables, columns (name, nullable), indexes and unique constraints, backend-neutral."""
    insp = inspect(engine)
    out: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        if table == "alembic_version":
            continue
        cols = tuple((c["name"], bool(c["nullable"])) for c in insp.get_columns(table))
        indexes = sorted((i["name"] or "", tuple(i["column_names"]), bool(i["unique"]))
                         for i in insp.get_indexes(table)
                         if not (i.get("duplicates_constraint") or "").startswith(("uq_", "fk_")))
        uniques = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table))
        # MariaDB reports unique constraints as unique indexes; fold them into one list.
        unique_sets = sorted(set(uniques) | {cols_ for _, cols_, uniq in indexes if uniq})
        plain = sorted((n, c) for n, c, uniq in indexes if not uniq and not n.startswith("fk_"))
        out[table] = (cols, tuple(plain), tuple(unique_sets))
    return out


EXPECTED: dict[str, object] = {}


def test_upgrade_matches_models_and_downgrade_empties(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    assert migrate.current(empty_engine) == migrate.head()
    with empty_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"
    got = shape(empty_engine)
    assert set(got) == set(Base.metadata.tables)
    # Every backend must end with the same tables, columns, indexes and unique keys.
    reference = EXPECTED.setdefault("shape", got)
    assert got == reference
    migrate.downgrade(empty_engine, "base")
    assert [t for t in inspect(empty_engine).get_table_names() if t != "alembic_version"] == []
    migrate.upgrade(empty_engine)  # and up again from scratch
    assert migrate.current(empty_engine) == migrate.head()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = make_database(f"sqlite:///{tmp_path / 'n.db'}")
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(migrate.SchemaTooNew, match="9999_future"):
        migrate.upgrade(db.engine)
    db.dispose()


def test_every_filtered_list_has_an_index() -> None:
    tables = Base.metadata.tables
    orders_indexes = {tuple(c.name for c in ix.columns) for ix in tables["orders"].indexes}
    wanted = [("status", "created_at", "id"), ("created_at", "id"), ("member_id", "created_at", "id"),
              ("status", "pay_deadline")]
    for cols in wanted:
        assert cols in orders_indexes, cols
    assert any(tuple(c.name for c in ix.columns)[:1] == ("message_status",) for ix in tables["mq_message"].indexes)
    assert any(tuple(c.name for c in ix.columns)[:2] == ("status", "deadline_at")
               for ix in tables["after_sale"].indexes)
