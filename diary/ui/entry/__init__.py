"""The day's entry page, in parts: the form's boxes, the side-effect rows, the page."""
