"""Every file that crosses the app's boundary, and its strict reading: safe JSON, instruments,
presets, team files (invitation, share, summary), the personal export, and their JSON Schemas.

No Qt, no database: readers turn outside bytes into domain objects or a FileProblem naming the file.
"""
