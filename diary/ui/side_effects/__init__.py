"""The side effects page, in parts: its words, the table model, the timing panel and the page."""
