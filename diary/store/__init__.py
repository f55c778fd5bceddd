"""Storage: the SQLite file, its migrations, and conversion between rows and domain values."""
