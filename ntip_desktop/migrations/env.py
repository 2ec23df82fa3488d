"""Alembic environment: run programmatically by ntip_desktop.services.db on a given connection."""

from __future__ import annotations

from alembic import context

from ntip_desktop.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we always pass a connection
    raise RuntimeError("ntip migrations run through ntip_desktop.services.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
