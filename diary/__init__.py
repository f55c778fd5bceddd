"""LDN Diary: a local symptom diary for people taking low-dose naltrexone."""

__version__ = "0.1.0"
APP_NAME = "LDN Diary"
