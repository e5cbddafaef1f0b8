"""Throw-away server books for the test suite: one migrated template database per run,
cloned per test (CREATE DATABASE ... TEMPLATE is far quicker than migrating each time)."""

from __future__ import annotations

import os
from itertools import count

from sqlalchemy.engine import make_url

from desktop_app.db.book import Book, open_book
from desktop_app.services.books import DEFAULT_PROFILE, create_book


class ServerDatabases:
    def __init__(self, server: str):
        import psycopg

        self.server = make_url(server)
        self.prefix = f"koperasi_test_{os.getpid()}"
        self.admin = psycopg.connect(self._dsn("postgres"), autocommit=True)
        self.template = f"{self.prefix}_template"
        self._numbers = count(1)
        self.made: list[str] = []
        self._create(self.template)
        create_book(self.url(self.template), DEFAULT_PROFILE).close()

    def url(self, name: str) -> str:
        return self.server.set(database=name).render_as_string(hide_password=False)

    def new_database(self, template: str | None = None) -> str:
        """An empty database (or a clone of `template`); dropped at the end of the run."""
        name = f"{self.prefix}_{next(self._numbers)}"
        self._create(name, template)
        return self.url(name)

    def new_book(self) -> Book:
        """A new book with the default profile and chart."""
        return open_book(self.new_database(self.template))

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.made:
            self.made.remove(name)

    def drop_all(self) -> None:
        for name in list(self.made):
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.close()

    def _create(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.admin.execute(f'CREATE DATABASE "{name}"{clause}')
        self.made.append(name)

    def _dsn(self, database: str) -> str:
        return self.url(database).replace("postgresql+psycopg://", "postgresql://")
