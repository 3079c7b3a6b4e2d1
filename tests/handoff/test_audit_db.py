"""The audit log cannot be changed, even by raw SQL as the database owner: triggers refuse it."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DatabaseError

from handoff_helpers import make_user


def test_update_delete_truncate_on_audit_fail_at_the_database(session, settings):
    make_user(session, "claire")  # writes an audit row (user.add)
    engine = create_engine(settings.database_url, future=True)  # a raw connection, not the app's

    def scalar(sql):
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()

    try:
        count = scalar("SELECT count(*) FROM audit_log")
        assert count >= 1
        statements = ["UPDATE audit_log SET actor = 'personne'", "DELETE FROM audit_log"]
        if engine.dialect.name == "postgresql":
            statements.append("TRUNCATE audit_log")
        for statement in statements:
            with pytest.raises(DatabaseError) as info:
                with engine.begin() as conn:
                    conn.execute(text(statement))
            assert "ajout seul" in str(info.value)
        assert scalar("SELECT count(*) FROM audit_log") == count
        assert scalar("SELECT actor FROM audit_log WHERE action = 'user.add'") == "test"
        with engine.begin() as conn:  # appending stays possible
            conn.execute(text("INSERT INTO audit_log (at, actor, action, details) "
                              "VALUES (CURRENT_TIMESTAMP, 'test', 'test.append', '{}')"))
        assert scalar("SELECT count(*) FROM audit_log") == count + 1
    finally:
        engine.dispose()
