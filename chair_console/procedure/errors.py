"""Refusals raised by the rules.

A refusal carries a stable code and its parameters, never a sentence: the UI turns
it into a message in the user's language (chair_console/ui/messages.py).
"""

from __future__ import annotations


class CodedError(Exception):
    """An error told by a stable code and its parameters (chair_console/messages.py words it)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs and tests
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({args})" if args else self.code


class RuleViolation(CodedError):
    """An action the rules (or the meeting's order of business) do not allow."""


class CouncilDataError(CodedError, ValueError):
    """Council or meeting data (a demo or import file) that does not hold together."""
