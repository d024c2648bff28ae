"""Every user-facing message, coded, in one place (as spaCy's errors.py)."""


class WatchdogError(ValueError):
    """A user mistake (bad input, bad option); the CLI prints it as one line, without a traceback."""


class Errors:
    E001 = "[E001] Invalid published date {value!r}: expected an ISO 8601 date such as 2021-01-22."
    E002 = "[E002] Input file not found: {path}"
    E003 = "[E003] {path}, line {line}: not valid JSON ({reason})."
    E004 = "[E004] {path}, line {line}: the article has no {field!r} text field."
    E005 = "[E005] {path}: no articles to evaluate (every gold line needs 'text' and 'records')."
    E006 = "[E006] Article must be a dict with a 'text' field or an Article, got {kind}."
    E007 = "[E007] Model data file missing: {path}. Reinstall watchdog_nlp or regenerate it with scripts/."
    E008 = "[E008] {path}, line {line}: bad pattern entry ({reason})."
    E009 = "[E009] Unsupported output format {suffix!r}: use .jsonl or .json."
