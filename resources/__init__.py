"""Runtime resources (the app icon), loaded with importlib.resources as `diary.resources`."""
