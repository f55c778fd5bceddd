"""Pure domain layer: what is recorded and the rules it follows (no Qt, no SQL, no I/O)."""
