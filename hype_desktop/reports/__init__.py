"""The PDFs the app writes: report data and texts, building blocks, personal and team reports."""
