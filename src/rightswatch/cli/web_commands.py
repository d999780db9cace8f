"""serve, user: the review desk and its accounts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from rightswatch.cli.common import DbOption, Exit, console, fail, store_or_exit
from rightswatch.config import Settings

user_app = typer.Typer(help="Accounts of the review desk: viewer, editor, admin. There is no default account.",
                       no_args_is_help=True)


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[bool, typer.Option(help="Mark cookies Secure (behind HTTPS).")] = False,
) -> None:
    """Open the review desk in a browser at http://HOST:PORT (log in with `rightswatch user add`)."""
    import uvicorn

    from rightswatch.web import create_app

    url = db or Settings().database_url
    store_or_exit(url).close()
    console.print(f"review desk on http://{host}:{port} (database {url}); Ctrl-C stops it")
    uvicorn.run(create_app(url, secure_cookies=secure_cookies), host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer (reads accepted events), editor (reviews), admin.")] = "viewer",
    db: DbOption = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard "
                                                 "input (for scripts).")] = False,
) -> None:
    """Create an account; asks for its password (hidden, twice)."""
    from rightswatch.web.accounts import AccountError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = store_or_exit(db)
    try:
        with store.session() as session:
            add_user(session, name, password, role)
    except AccountError as err:
        raise fail(str(err), Exit.USAGE) from err
    console.print(f"user {name} added as {role}")


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="The account the token acts for.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "api",
    db: DbOption = None,
) -> None:
    """Create a personal API token (shown once; only its hash is stored)."""
    from rightswatch.web.accounts import AccountError, new_api_token

    store = store_or_exit(db)
    try:
        with store.session() as session:
            token = new_api_token(session, name, label)
    except AccountError as err:
        raise fail(str(err), Exit.NOT_FOUND) from err
    typer.echo(token)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.add_typer(user_app, name="user")
