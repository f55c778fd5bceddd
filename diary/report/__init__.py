"""The clinician summary: a domain summary and the trend chart laid out as a 1-2 page PDF."""
