"""Alembic environment: always runs on the connection the app hands over.

The app opens that connection with its own pragmas (foreign keys on) and begins the
transaction IMMEDIATE; transactional_ddl makes a failing migration roll back whole.
"""

from alembic import context

from hype_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without one
    raise RuntimeError("HyPe migrations run only through hype_desktop.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    transactional_ddl=True,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
