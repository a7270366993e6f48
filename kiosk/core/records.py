"""`record`: a frozen dataclass that is cheaper to define.

`dataclasses.dataclass(frozen=True)` writes six methods for each class as Python source
and compiles each one when the class is defined (__init__, __repr__, __eq__, __hash__,
__setattr__, __delattr__): ~0.1 ms a method, ~0.6 ms a class. The kiosk defines about
twenty before its first frame. `record` lets dataclasses write only the one it must
(__init__) and gives the class shared __eq__, __hash__ and __repr__ and the frozen
__setattr__/__delattr__ as closures instead of compiled source, all behaving exactly as
the written ones (tests/test_records.py compares them): equal when of the same class with
equal compared fields, the hash of those fields, `Name(field=value, ...)`, and assigning
or deleting a field raises FrozenInstanceError with the same message.

Everything else is the dataclass's: `dataclasses.fields`, `replace`, `asdict`, field
options (`compare=False`, `hash=False`, `repr=False`, defaults and factories).
"""

from __future__ import annotations

import dataclasses
import reprlib
import sys
import threading
from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T", bound=type)

# Per class: the getters of the fields that are compared, hashed and shown.
_GETTERS: dict[tuple[type, str], Any] = {}


def _getter(cls: type, which: str):
    try:
        return _GETTERS[cls, which]
    except KeyError:
        pass
    if which == "compare":
        names = [f.name for f in fields(cls) if f.compare]
    elif which == "hash":
        names = [f.name for f in fields(cls) if (f.compare if f.hash is None else f.hash)]
    else:
        names = [f.name for f in fields(cls) if f.repr]
    if which == "repr":
        getter = tuple(names)
    elif len(names) == 1:
        one = attrgetter(names[0])
        getter = lambda obj: (one(obj),)  # noqa: E731 (a tuple, as for several fields)
    elif names:
        getter = attrgetter(*names)
    else:
        getter = lambda obj: ()  # noqa: E731
    _GETTERS[cls, which] = getter
    return getter


def _eq(self, other):
    if other.__class__ is self.__class__:
        values = _getter(self.__class__, "compare")
        return values(self) == values(other)
    return NotImplemented


def _hash(self):
    return hash(_getter(self.__class__, "hash")(self))


@reprlib.recursive_repr()
def _repr(self):
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _getter(self.__class__, "repr"))
    return f"{self.__class__.__qualname__}({shown})"


def _frozen_methods(cls, field_list, globals):
    """What dataclasses' `_frozen_get_del_attr` compiles from source for each frozen
    class, as two closures: the same test (the class itself, or a field's name) and the
    same error messages."""
    names = frozenset(f.name for f in field_list)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


# The dataclasses function that writes a frozen class's __setattr__/__delattr__ and
# returns them (Python 3.10-3.12; 3.13 changed how it hands them over): record puts
# _frozen_methods in its place while it defines a class, one class at a time. Another
# Python compiles them as before (tests/test_records.py checks either way).
_WRITER = "_frozen_get_del_attr" if (3, 10) <= sys.version_info[:2] <= (3, 12) else None
_SWAP = threading.Lock()


@dataclass_transform(frozen_default=True)
def record(cls: T) -> T:
    """`@dataclass(frozen=True)`, five of its six methods shared or closures instead of
    compiled. A method the class writes itself is kept."""
    for name, method in (("__eq__", _eq), ("__hash__", _hash), ("__repr__", _repr)):
        if name not in cls.__dict__:
            setattr(cls, name, method)
    if _WRITER is None or not hasattr(dataclasses, _WRITER):
        return dataclass(frozen=True, eq=False, repr=False)(cls)
    with _SWAP:
        written = getattr(dataclasses, _WRITER)
        setattr(dataclasses, _WRITER, _frozen_methods)
        try:
            return dataclass(frozen=True, eq=False, repr=False)(cls)
        finally:
            setattr(dataclasses, _WRITER, written)
