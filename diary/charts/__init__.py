"""Matplotlib figures built from domain values (no pyplot, no Qt): shared by the window, the PDF and the CLI."""
