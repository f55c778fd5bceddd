"""Allows `python -m diary`, the same as the `ldn-diary` command."""

import sys

from diary.cli import main

sys.exit(main())
