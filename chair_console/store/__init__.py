"""Persistence: the SQLite file, migrations, the event store, council and meeting data."""
