"""Local SQLite store: engine and pragmas, tables, repositories, migrations."""
