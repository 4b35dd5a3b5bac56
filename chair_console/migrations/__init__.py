"""Alembic migrations for the Chair Console database (run at start-up, see store/database.py)."""
