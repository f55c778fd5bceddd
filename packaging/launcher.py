"""The frozen app's entry point: the same as the `ldn-diary` command (diary.cli:main)."""

import sys

from diary.cli import main

if __name__ == "__main__":
    sys.exit(main())
