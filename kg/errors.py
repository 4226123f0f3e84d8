"""Khabar's exceptions: library code raises these; only the CLI and the server map them to exits."""


class KhabarError(Exception):
    """Base class of every error Khabar raises on purpose."""


class InputError(KhabarError):
    """An input file (or one line of it) cannot be read as an article."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ValidationFailed(KhabarError):
    """An article's graph does not conform to Khabar's SHACL shapes."""

    def __init__(self, source: str, report: str):
        super().__init__(f"{source}: graph does not conform to the shapes\n{report}")
        self.source = source
        self.report = report


class StoreError(KhabarError):
    """The store cannot be opened or written."""
