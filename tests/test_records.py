"""kiosk.core.records.record behaves as @dataclass(frozen=True): equality, hash, repr,
freezing, fields, replace; only cheaper to define."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from kiosk.core.records import record


def _both(body: dict):
    """The same class made by @dataclass(frozen=True) and by @record."""
    made = []
    for decorate in (dataclass(frozen=True), record):
        namespace = {"__annotations__": dict(body["__annotations__"])}
        namespace.update({k: v for k, v in body.items() if k != "__annotations__"})
        made.append(decorate(type("Thing", (), namespace)))
    return made


KINDS = {
    "plain": {"__annotations__": {"a": "int", "b": "str"}},
    "one field": {"__annotations__": {"a": "int"}},
    "no field": {"__annotations__": {}},
    "options": {
        "__annotations__": {"a": "int", "hidden": "int", "loose": "dict", "unhashed": "int"},
        "hidden": field(default=0, repr=False),
        "loose": field(default_factory=dict, compare=False),
        "unhashed": field(default=5, hash=False),
    },
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_record_compares_hashes_and_shows_as_a_frozen_dataclass(kind):
    written, shared = _both(KINDS[kind])
    names = [f.name for f in dataclasses.fields(written)]
    assert names == [f.name for f in dataclasses.fields(shared)]
    samples = [(1, "x", 0, 7), (1, "x", 0, 7), (1, "y", 2, 7), (2, "x", 0, 8)]
    args = [dict(zip(names, values[: len(names)], strict=False)) for values in samples]
    if kind == "options":
        args = [
            {"a": 1, "hidden": 1, "loose": {"k": 1}, "unhashed": 1},
            {"a": 1, "hidden": 1, "loose": {"k": 2}, "unhashed": 1},  # loose: not compared
            {"a": 1, "hidden": 2, "loose": {}, "unhashed": 1},
            {"a": 1, "hidden": 1, "loose": {}, "unhashed": 2},  # equal hash, not equal
        ]
    for left in args:
        for right in args:
            assert (written(**left) == written(**right)) == (shared(**left) == shared(**right))
            assert (written(**left) != written(**right)) == (shared(**left) != shared(**right))
        assert hash(written(**left)) == hash(shared(**left))
        assert repr(written(**left)) == repr(shared(**left))
    if kind == "options":  # not compared, not hashed: the same hash, yet not equal
        assert hash(shared(**args[0])) == hash(shared(**args[3])) != hash(shared(**args[2]))
        assert shared(**args[0]) != shared(**args[3])
    one = shared(**args[0])
    assert one != 3 and one.__eq__(3) is NotImplemented
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.a = 9
    with pytest.raises(dataclasses.FrozenInstanceError):
        del one.a
    if names:
        assert dataclasses.replace(one, a=9).a == 9
        assert dataclasses.asdict(one) == dataclasses.asdict(written(**args[0]))


def test_a_record_subclass_has_its_own_fields_and_is_never_equal_to_its_base():
    @record
    class Card:
        id: str

    @record
    class Whole(Card):
        body: str = ""

    assert Whole("a", "b") == Whole("a", "b") != Whole("a", "c")
    assert Card("a") != Whole("a") and Whole("a") != Card("a")
    assert repr(Whole("a", "b")).endswith(".<locals>.Whole(id='a', body='b')")
    assert hash(Whole("a", "b")) == hash(("a", "b")) and hash(Card("a")) == hash(("a",))


def test_a_record_keeps_the_methods_it_writes_and_shows_a_loop_once():
    @record
    class Named:
        name: str
        parts: list = field(default_factory=list, compare=False, hash=False)

        def __repr__(self):
            return f"<{self.name}>"

    assert repr(Named("n")) == "<n>"

    @record
    class Node:
        parts: list

    node = Node([])
    node.parts.append(node)
    assert repr(node).endswith(".<locals>.Node(parts=[...])")


def test_the_kiosks_records_are_frozen_dataclasses():
    from kiosk.content import model, page_model
    from kiosk.core.config import Settings
    from kiosk.core.worldmap import Country
    from kiosk.packs.pointer import Pointer
    from kiosk.ui.theme import Colors, Theme

    for cls in (Settings, Country, Pointer, Colors, Theme, model.Language, page_model.Story):
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen, cls
    assert Settings() == Settings() and hash(Settings()) == hash(Settings())
    assert Settings(mode="kiosk") != Settings()
    assert repr(Pointer("a", None)) == "Pointer(active='a', previous=None)"


def test_a_record_is_frozen_as_a_frozen_dataclass_with_the_same_messages():
    written, shared = _both(KINDS["plain"])
    for cls in (written, shared):
        assert cls.__setattr__.__qualname__ == "Thing.__setattr__"
        assert cls.__delattr__.__qualname__ == "Thing.__delattr__"
    raised = []
    for cls in (written, shared):
        one = cls(a=1, b="x")
        with pytest.raises(dataclasses.FrozenInstanceError) as error:
            one.a = 2
        raised.append(str(error.value))
        with pytest.raises(dataclasses.FrozenInstanceError) as error:
            del one.b
        raised.append(str(error.value))
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.other = 3  # not a field either: the class itself is frozen
    assert raised[:2] == raised[2:] == ["cannot assign to field 'a'", "cannot delete field 'b'"]
    # A plain subclass may have attributes of its own, never change the fields.
    for cls in (written, shared):
        loose = type("Loose", (cls,), {})(a=1, b="x")
        loose.note = "n"
        del loose.note
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'a'"):
            loose.a = 2
        with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'a'"):
            del loose.a


def test_record_leaves_dataclasses_as_it_found_it_even_when_a_class_is_refused():
    before = {name: getattr(dataclasses, name) for name in dir(dataclasses)}
    with pytest.raises(TypeError):  # a field without a default after one with a default

        @record
        class Wrong:
            a: int = 0
            b: int

    assert {name: getattr(dataclasses, name) for name in dir(dataclasses)} == before

    @dataclass(frozen=True)
    class Written:  # a plain frozen dataclass afterwards: compiled as always
        a: int

    assert Written.__setattr__.__code__.co_filename != record.__code__.co_filename
