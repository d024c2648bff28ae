"""watchdog_nlp: court rulings in human-rights news -> normalised case records."""

__version__ = "0.1.0"
