"""Persistence: SQLAlchemy 2 async models, repositories returning plain dataclasses, migrations."""
