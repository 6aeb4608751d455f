"""Pure-Python core: instruments, reflections, scoring. Imports neither Qt nor SQLAlchemy."""
