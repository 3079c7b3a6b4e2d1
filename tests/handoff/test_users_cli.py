"""`c360 user add|disable|token|list` (handoff.users_cli.main)."""
from __future__ import annotations

import io

from sqlalchemy import select

from handoff import auth, db, users_cli
from handoff.models import ApiToken, User


def run(argv, url, stdin="", monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return users_cli.main(argv, database_url=url)


def test_add_token_disable(database_url, monkeypatch, capsys):
    assert run(["add", "c.martin", "--role", "conseiller", "--departements", "53, 72", "--nom", "Claire Martin",
                "--email", "c.martin@example.org", "--password-stdin"], database_url,
               "un-mot-de-passe-solide\n", monkeypatch) == 0
    assert "Compte créé : c.martin" in capsys.readouterr().out
    assert run(["add", "court", "--role", "conseiller", "--departements", "53", "--password-stdin"],
               database_url, "court\n", monkeypatch) == 2
    assert "Mot de passe trop court" in capsys.readouterr().err
    assert run(["add", "x", "--role", "chef", "--departements", "53", "--generate"], database_url) == 2
    assert "Rôle inconnu" in capsys.readouterr().err
    assert run(["add", "admin", "--role", "admin", "--generate"], database_url) == 0
    assert "Mot de passe (affiché une seule fois)" in capsys.readouterr().out

    assert run(["token", "c.martin", "--label", "suivi"], database_url) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert token.startswith("c360_")

    engine = db.make_engine(database_url)
    from sqlalchemy.orm import Session
    with Session(engine, future=True) as session:
        user = session.execute(select(User).where(User.username == "c.martin")).scalar_one()
        assert user.departements == "53,72" and user.role == "conseiller"
        assert user.password_hash.startswith("$argon2id$") and "solide" not in user.password_hash
        assert auth.verify_password(user.password_hash, "un-mot-de-passe-solide")
        stored = session.execute(select(ApiToken.token_hash)).scalars().all()
        assert stored == [auth.sha256(token)]
        assert auth.user_for_token(session, token).username == "c.martin"

    assert run(["disable", "c.martin"], database_url) == 0
    with Session(engine, future=True) as session:
        assert auth.user_for_token(session, token) is None
        assert session.execute(select(User.active).where(User.username == "c.martin")).scalar() is False
    assert run(["list"], database_url) == 0
    assert "c.martin\tconseiller\t53,72\tdésactivé" in capsys.readouterr().out
    engine.dispose()
