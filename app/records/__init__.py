"""Records: Hearth's SQLite files (history, audit trail) and their export."""
