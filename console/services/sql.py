"""Small SQL building blocks shared by the use cases."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, Update, any_, bindparam, column, func, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.types import TypeEngine


def one_of(s: Session, column: ColumnElement[Any] | QueryableAttribute[Any],
           values: Collection[Any]) -> ColumnElement[bool]:
    """`column IN values`. On PostgreSQL `column = ANY(:array)`: one parameter whatever the count, so
    the statement text stays the same and short, and psycopg parses it once (an IN list renders one
    placeholder per value, and psycopg re-parses any statement with more than 50 of them every time)."""
    col = column.expression if isinstance(column, QueryableAttribute) else column
    if s.get_bind().dialect.name == "postgresql":
        return col == any_(bindparam(None, list(values), type_=ARRAY(col.type)))
    return col.in_(list(values))


def insert_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT many rows (each with the same keys) in the session's transaction, nothing read back.

    On PostgreSQL one `INSERT .. SELECT unnest(:col1), unnest(:col2), ..`: one array parameter per
    column, so the text is short and fixed and psycopg sends the values without a per-row round of
    Python (an executemany costs ~70 us of Python per row in psycopg's pipeline, a multi-row VALUES
    list is a new long text to parse every time). Elsewhere a plain executemany."""
    if not rows:
        return
    if len(rows) == 1 or s.get_bind().dialect.name != "postgresql":
        s.execute(insert(table), list(rows))
        return
    cols = list(rows[0])
    arrays = [func.unnest(bindparam(None, [r[c] for r in rows], type_=ARRAY(table.c[c].type))) for c in cols]
    s.execute(insert(table).from_select(cols, select(*arrays)))


def update_rows(s: Session, rows: Sequence[Mapping[str, Any]], types: Mapping[str, TypeEngine[Any]],
                build: Callable[[Mapping[str, ColumnElement[Any]]], Update]) -> int | None:
    """One UPDATE for many rows, each row a mapping of the parameters named in `types`; returns the
    rows it hit, or None where the driver cannot tell for an executemany.

    `build` gets one column expression per parameter and returns the UPDATE that uses them. On
    PostgreSQL they are the columns of `unnest(:array, ..) AS v(..)`, so the whole batch is one
    `UPDATE .. FROM` statement; elsewhere they are bind parameters of an executemany."""
    if not rows:
        return 0
    conn = s.connection()
    if len(rows) > 1 and conn.dialect.name == "postgresql":
        names = list(types)
        arrays = [bindparam(None, [r[n] for r in rows], type_=ARRAY(types[n])) for n in names]
        src = func.unnest(*arrays).table_valued(*(column(n, types[n]) for n in names)).render_derived(name="v")
        hit: int = conn.execute(build({n: src.c[n] for n in names})).rowcount
        return hit
    many = conn.execute(build({n: bindparam(n, type_=t) for n, t in types.items()}), [dict(r) for r in rows])
    return many.rowcount if len(rows) == 1 or conn.dialect.supports_sane_multi_rowcount else None
