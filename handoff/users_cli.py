"""`c360 user add|disable|token|list`: advisers' accounts from the command line (wired by bot/cli.py).

    c360 user add c.martin --role conseiller --departements 53 --nom "Claire Martin" --email c.martin@example.org
    c360 user add admin --role admin --password-stdin < mot_de_passe.txt
    c360 user disable c.martin
    c360 user token c.martin --label "outil de suivi"
    c360 user list

No default password exists: it is typed twice (hidden), read from standard input, or generated and shown once.
"""
from __future__ import annotations

import argparse
import getpass
import secrets
import sys
from typing import Optional

from sqlalchemy import select

from handoff import auth, db
from handoff.models import ROLE_LABELS, User


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="c360 user", description="Comptes des conseillers de la Communauté 360.")
    parser.add_argument("--database-url", help="base de données (par défaut : C360_DATABASE_URL)")
    sub = parser.add_subparsers(dest="command", required=True)

    add = sub.add_parser("add", help="créer un compte")
    add.add_argument("username", help="identifiant de connexion")
    add.add_argument("--role", required=True, help="conseiller, coordinateur ou admin")
    add.add_argument("--departements", default="", help="numéros séparés par des virgules, par exemple 53,72")
    add.add_argument("--nom", default="", help="nom affiché")
    add.add_argument("--email", default="", help="courriel pour les alertes")
    how = add.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")
    how.add_argument("--generate", action="store_true", help="créer un mot de passe au hasard et l'afficher une fois")

    disable = sub.add_parser("disable", help="désactiver un compte (ferme ses sessions, annule ses jetons)")
    disable.add_argument("username")

    token = sub.add_parser("token", help="créer un jeton pour l'API JSON (affiché une seule fois)")
    token.add_argument("username")
    token.add_argument("--label", default="", help="à quoi sert ce jeton")

    sub.add_parser("list", help="lister les comptes")
    return parser


def _password(args) -> tuple[str, bool]:
    if args.generate:
        return secrets.token_urlsafe(15), True
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    if not sys.stdin.isatty():
        raise auth.AuthError("Pas de terminal : utilisez --password-stdin ou --generate.")
    first = getpass.getpass("Mot de passe : ")
    if first != getpass.getpass("Encore une fois : "):
        raise auth.AuthError("Les deux mots de passe sont différents.")
    return first, False


def main(argv: Optional[list[str]] = None, *, database_url: Optional[str] = None) -> int:
    args = _parser().parse_args(argv)
    url = database_url or args.database_url
    if not url:
        from handoff.config import get_settings
        url = get_settings().database_url
    db.migrate(url)
    engine = db.make_engine(url)
    from sqlalchemy.orm import Session
    try:
        with Session(engine, future=True, expire_on_commit=False) as session:
            if args.command == "add":
                password, generated = _password(args)
                user = auth.add_user(session, args.username, password, args.role, args.departements,
                                     display_name=args.nom, email=args.email)
                print(f"Compte créé : {user.username} ({ROLE_LABELS[user.role]}"
                      f"{', ' + user.departements if user.departements else ''}).")
                if generated:
                    print(f"Mot de passe (affiché une seule fois) : {password}")
            elif args.command == "disable":
                user = auth.disable_user(session, args.username)
                print(f"Compte désactivé : {user.username}. Ses sessions et ses jetons ne marchent plus.")
            elif args.command == "token":
                token = auth.create_api_token(session, args.username, args.label)
                print("Jeton créé. Il ne sera plus affiché : gardez-le en lieu sûr.")
                print(token)
            elif args.command == "list":
                for user in session.execute(select(User).order_by(User.username)).scalars():
                    state = "actif" if user.active else "désactivé"
                    print(f"{user.username}\t{user.role}\t{user.departements or '-'}\t{state}")
    except auth.AuthError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
