"""A resolver for expressions evaluated without a session (checking a default against its constraint)."""

from __future__ import annotations

import datetime as dt
from typing import Any


class FixedResolver:
    """``.`` is a given value; every reference is empty; the clock is the real one."""

    def __init__(self, current: Any) -> None:
        self._current = current

    def value(self, name: str) -> Any:
        return None

    def values(self, name: str) -> list[Any]:
        return []

    def current(self) -> Any:
        return self._current

    def position(self) -> int:
        return 0

    def indexed(self, name: str, repeat: str, index: int) -> Any:
        return None

    def choice_label(self, question: str, choice: str) -> str:
        return choice

    def column(self, name: str) -> Any:
        return None

    def pulldata(self, dataset: str, column: str, key_column: str, key: str) -> Any:
        return ""

    def now(self) -> dt.datetime:
        return dt.datetime.now()
