"""The Treatment page, in parts: its boxes (course, plan, lists, profile) and the page."""
