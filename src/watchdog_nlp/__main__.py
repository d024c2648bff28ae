"""`python -m watchdog_nlp`: the same command as `watchdog-nlp`."""

from .cli import main

main()
