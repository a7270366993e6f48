"""One screen the self-test shows: how to get there (`enter`) and back (`leave`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Screen:
    name: str
    enter: Callable  # (MainWindow) -> None | bool | str
    leave: Callable | None = None  # (MainWindow) -> None
