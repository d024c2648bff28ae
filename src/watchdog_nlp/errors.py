"""Every user-facing message, coded, in one place (as spaCy's errors.py)."""


class WatchdogError(ValueError):
    """A user mistake (bad input, bad option); the CLI prints it as one line, without a traceback."""


class StorageError(WatchdogError):
    """The output takes no more writes (disk full, database unreachable or locked): a batch run
    stops on it rather than reject every article, and a re-run resumes."""


class Errors:
    E001 = "[E001] Invalid published date {value!r}: expected a complete date up to today, such as 2021-01-22, 2021-01-22T10:00:00Z, 22 January 2021, 22.01.2021 or Unix seconds."
    E002 = "[E002] Input file not found: {path}"
    E003 = "[E003] {path}, line {line}: not valid JSON ({reason})."
    E004 = "[E004] {path}, line {line}: the article has no {field!r} text field."
    E005 = "[E005] {path}: no articles to evaluate (every gold line needs 'text' and 'records')."
    E006 = "[E006] Article must be a dict with a 'text' field or an Article, got {kind}."
    E007 = "[E007] Model data file missing: {path}. Reinstall watchdog_nlp or regenerate it with scripts/."
    E008 = "[E008] {path}, line {line}: bad pattern entry ({reason})."
    E009 = "[E009] Unsupported output format {suffix!r}: use .jsonl or .json."
    E010 = "[E010] {path}, line {line}: the gold article has no 'records' list."
    E011 = "[E011] {path}, line {line}: gold record {index} does not follow the case-record schema, docs/schema.md ({reason})."
    E012 = "[E012] Duplicate article id {id!r} in the gold data: predictions are paired with gold by id."
    E013 = "[E013] {path}, line {line}: expected a JSON object, got {kind}."
    E014 = "[E014] {path}, line {line}: invalid published date {value!r}: expected a complete date up to today, such as 2021-01-22, 2021-01-22T10:00:00Z or 22 January 2021."
    E015 = "[E015] Cannot read {path}: {reason}"
    E016 = "[E016] Cannot write {path}: {reason}"
    E017 = "[E017] Article {id!r}: {side} record {index} does not follow the case-record schema, docs/schema.md ({reason})."
    E018 = "[E018] {path}, line {line}: a prediction line needs an 'id' and a 'records' list (as `extract` writes)."
    E019 = "[E019] Invalid date order {value!r}: expected DMY or MDY."
    E040 = "[E040] Article without an id cannot be stored in a database: give every article an id (the readers make one up from the file and line)."
    E041 = "[E041] Cannot open the database {url}: {reason}"
    E042 = "[E042] Cannot write to the database {url} after {attempts} attempts: {reason}"
    E043 = "[E043] {url} holds no case database (missing tables: {tables}): give the URL that `extract --db` wrote to."
    E044 = "[E044] export reads either a RESULTS file (JSON Lines written by `extract -o`) or a database (--db URL): give exactly one."
    E045 = "[E045] --no-entities and --all-entities contradict each other: --all-entities runs the model on every article for its entities."
    E046 = "[E046] Unknown encoding {value!r}: give a Python codec name such as utf-8, cp1251, cp1252, latin-1 or utf-16."
    E047 = "[E047] {path}: expected a JSON array of article objects ('[') or JSON Lines ('{{'), found {start!r}."
    E048 = "[E048] {path}: the header row has no {column!r} column for the text (header: {header}); name it with --text-field."
    E030 = "[E030] Unsupported input {path}: expected '-' (stdin), a .jsonl / .jsonl.gz / .ndjson file, a .json / .json.gz file (an array of articles or JSON Lines), a .csv / .tsv (.gz) file with a header row, a folder of .txt / .html pages, a .txt / .html file, or a .warc / .warc.gz / .arc / .arc.gz archive."
    E031 = "[E031] Reading {what} needs the optional package {package!r} ({reason}): pip install 'watchdog_nlp[batch]'."
    E032 = "[E032] Invalid max_chars {value!r}: expected a positive number of characters."
    E050 = "[E050] Unsupported output {target!r}: use .jsonl, .jsonl.gz, .csv, .parquet, '-' (JSON Lines to stdout) or a database URL."
    E051 = "[E051] Cannot append to {path}: it holds other columns than this version writes ({reason}); choose a new output file."
    E052 = "[E052] {what} needs the optional package {package!r} ({reason}): pip install 'watchdog_nlp[batch]'."


class Warnings:
    """Coded warnings (`warnings.warn`), as spaCy's Warnings."""

    W001 = "[W001] The component {name!r} has no patterns, so it finds nothing: pass them to initialize(patterns=...), as watchdog_nlp.load() does from models/."
