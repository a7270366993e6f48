"""A quicker way for PySide6 to make its enum classes, each one the same class as before.

PySide6 (6.4 and later) turns every C++ enum into a Python enum class when it is first
used, through the enum module's functional API: `Enum("Name", [("A", 0), ...],
boundary=KEEP)`, and likewise IntEnum, Flag and IntFlag. The standard library builds such a
class member by member through `_EnumDict.__setitem__` and `_proto_member.__set_name__`
(a search of the bases for descriptors, a delete and a set through the metaclass's own
`__setattr__` for every member): ~18 microseconds a member. The kiosk makes ~200 enum
classes before its first frame (the Qt namespace alone 93 classes with 1195 members),
~33 ms of CPU.

`install()` replaces `enum.EnumType._create_`, the functional API's builder, with one that
builds the very class the standard library would build (the same dictionary, in the same
order, the same members with the same attributes, the same aliases, flag masks and
methods), in one pass, for the calls it knows exactly:

- the class is one of enum.Enum, IntEnum, Flag, IntFlag itself (no subclass, no `type=`);
- `names` is a list or tuple of (name, value) tuples, each name a plain str that does not
  begin with "_", is not "mro", names nothing the bases define (like `value` or `real`) and
  appears once; each value a plain int (and not negative for a flag).

That is what PySide6 passes. Every other call, and every call whose module cannot be found
(the standard library then makes the class unpicklable), goes to the standard library's own
`_create_` as before, with the same arguments and the same module.

This relies on private parts of the standard library's enum module (`EnumType._create_`,
`_proto_member`, `_EnumDict` and the class layout they make), which differ between Python
versions and even between 3.11 patch releases. It is written for, and checked against, two
enum modules (CHECKED): Python 3.11.7's (the kiosk's Python here, also in the frozen build)
and Debian 12's Python 3.11.2's (the stock python3 of a fresh Debian 12 machine; its
updates 3.11.2-6+deb12u6 to u9 ship the same enum.py). For the classes built here the two
differ in one thing, a flag class's masks (see `_build`): 3.11.7 keeps `_flag_mask_` =
every member's bits (multi-bit aliases' too) and `_singles_mask_` = the single-bit members'
bits, both added up member by member; 3.11.2 has no `_singles_mask_`, and its `_flag_mask_`
is the single-bit members' bits (set after the members are made).

Their other differences are in code the builder does not copy (it calls the standard
library's own `_get_mixins_`, `_find_new_`, `_find_data_repr_` and looks the methods up on
the bases, as `EnumType.__new__` does), in paths PySide6's calls never take (descriptors of
the bases, `names=None`, `_convert_`), in steps with the same result for a plain int value
(how `__set_name__` finds `_value_` when the member's `__new__` sets none), or in how
members behave once made (`_missing_`, pickling, `__dir__`), which comes from the bases.

`install()` compares a fingerprint of the standard library functions whose work it copies
(their bytecode, names and constants) with the checked ones, and on any other enum module
(3.10, 3.12, 3.13, another 3.11 release whose enum code differs) changes nothing and returns
False: enum classes are then made by the standard library as usual (3.12 and 3.13 rewrote
this code; they are not faster for PySide6). tests/test_enum_classes.py builds every enum
class of every PySide6 module the kiosk uses both ways and compares them whole; on an enum
module never looked at it fails, so that a new Python is looked at (and added to CHECKED
only after that test passes on it).

Not Qt: kiosk/core stays Qt-free. kiosk/cli/commands.py calls install() for the Qt commands
before PySide6 loads, and the frozen build from a runtime hook (packaging/rthook_quick_enums.py)
ahead of PyInstaller's PySide6 hook, which imports PySide6.QtCore.
"""

from __future__ import annotations

import enum
import sys

# The Python versions this module was written and checked for.
SUPPORTED = ((3, 11),)


# fingerprint() of each enum module the builder was checked against: which one it is (they
# differ in a flag class's masks, see _build()). tests/test_enum_classes.py passes on
# each; add one only after it does.
CHECKED = {
    890987660603403906: "3.11.7",  # Python 3.11.7's (pyenv's, python.org's)
    840120363621914516: "3.11.2",  # Debian 12's python3.11, 3.11.2-6+deb12u6 to u9
}


class _Plan:
    """What EnumType.__prepare__/__new__ derive from one base class for every new class
    (they are pure functions of the base classes: worked out once here, not for every class).
    A plain class with slots, read by name (measured, instructions to import this module
    and install(): a NamedTuple ~3 M more, a dataclass ~8 M more)."""

    __slots__ = (
        "bases",
        "enum_code",
        "first_enum",
        "generate",
        "is_flag",
        "later_methods",
        "member_type",
        "metacls",
        "new_member",
        "taken",
        "use_args",
        "value_repr",
    )

    def __init__(self, base: type, enum_code: str):
        self.bases = bases = (base,)
        self.metacls = metacls = type(base)
        self.member_type, self.first_enum = metacls._get_mixins_(base.__name__, bases)
        self.new_member, _save_new, self.use_args = metacls._find_new_(
            {}, self.member_type, self.first_enum
        )
        self.value_repr = metacls._find_data_repr_(base.__name__, bases)
        self.generate = getattr(self.first_enum, "_generate_next_value_", None)
        # Names whose member the standard library would store differently (behind a
        # property or after a descriptor of a base): those classes go to the standard library.
        self.taken = frozenset(name for klass in base.__mro__ for name in klass.__dict__)
        self.is_flag = issubclass(base, enum.Flag)
        self.enum_code = enum_code  # which of CHECKED
        # What EnumType.__new__ sets on the class after its members, in its order: the
        # methods a data type or object would otherwise provide (looked up on the base: a
        # new class defines none of them), for a flag its operators, and __new__.
        self.later_methods = [
            (name, getattr(self.first_enum, name))
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__")
            if getattr(base, name) in (getattr(self.member_type, name), getattr(object, name))
        ]
        if self.is_flag:
            operators = ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__")
            self.later_methods += [
                (name, getattr(enum.Flag, name)) for name in (*operators, "__invert__")
            ]
        self.later_methods.append(("__new__", enum.Enum.__new__))


_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
_original_create = None
# Per base class of _BASES.
_plans: dict[type, _Plan] = {}
_made = [0, 0]  # classes made here, classes passed on to the standard library


def install() -> bool:
    """Use the quicker builder from now on; False (and nothing changed) where unsupported."""
    global _original_create
    if _original_create is not None:
        return True
    enum_code = _checked_code()
    if enum_code is None:
        return False
    _plans.update({base: _Plan(base, enum_code) for base in _BASES})
    _original_create = enum.EnumType.__dict__["_create_"]
    enum.EnumType._create_ = _create_
    return True


def uninstall() -> None:
    """Back to the standard library's builder (for tests)."""
    global _original_create
    if _original_create is not None:
        enum.EnumType._create_ = _original_create
        _original_create = None


def installed() -> bool:
    return _original_create is not None


def counts() -> tuple[int, int]:
    """(classes made here, classes passed on to the standard library) since the start."""
    return _made[0], _made[1]


def _checked_code() -> str | None:
    """The checked enum module whose code this Python's is, or None."""
    if sys.version_info[:2] not in SUPPORTED:
        return None
    # _build does not call a new member's __init__: it is Enum.__init__ (fingerprinted),
    # which does nothing, in all four bases.
    if any(base.__init__ is not enum.Enum.__init__ for base in _BASES):
        return None
    try:
        return CHECKED.get(fingerprint())
    except Exception:
        return None


def fingerprint() -> int:
    """A number that changes when any function of the enum module whose work the builder
    copies changes (their bytecode, names and constants)."""
    own = enum.EnumType.__dict__
    functions = [
        own[name]
        for name in (
            "__call__",
            "_create_",
            "__prepare__",
            "__new__",
            "__setattr__",
            "__delattr__",
            "__iter__",
            "_check_for_existing_members_",
            "_get_mixins_",
            "_find_data_repr_",
            "_find_data_type_",
            "_find_new_",
        )
    ]
    functions += [
        enum._proto_member.__set_name__,
        enum._EnumDict.__setitem__,
        enum.Enum.__init__,
        enum._is_single_bit,
    ]
    blob = b"||".join(_code_text(getattr(f, "__func__", f).__code__) for f in functions)
    return int.from_bytes(blob, "big") % (2**61 - 1)


def _code_text(code) -> bytes:
    parts = [code.co_code, repr(code.co_names).encode()]
    for const in code.co_consts:
        parts.append(_code_text(const) if hasattr(const, "co_code") else repr(const).encode())
    return b"|".join(parts)


def _create_(
    cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None
):
    # The same frame the standard library's _create_ looks at: its caller's caller.
    if module is None:
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            _made[1] += 1
            return _unplaced(
                _original_create, cls, class_name, names, qualname, type, start, boundary
            )
    plan = _plans.get(cls) if type is None else None
    if plan is None or not _plain(names, plan):
        _made[1] += 1
        return _original_create(
            cls,
            class_name,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )
    _made[0] += 1
    return _build(plan, class_name, names, module, qualname, boundary)


def _plain(names, plan: _Plan) -> bool:
    """Whether `names` is a list of (name, int) pairs the builder makes exactly."""
    if names.__class__ is not list and names.__class__ is not tuple:
        return False
    taken, is_flag = plan.taken, plan.is_flag
    seen = set()
    for item in names:
        if item.__class__ is not tuple or len(item) != 2:
            return False
        name, value = item
        if (
            name.__class__ is not str
            or value.__class__ is not int
            or not name
            or name[0] == "_"
            or name == "mro"
            or name in taken
            or name in seen
            or (is_flag and value < 0)
        ):
            return False
        seen.add(name)
    return True


def _build(plan: _Plan, class_name, names, module, qualname, boundary):
    """EnumType._create_ + __prepare__ + __new__ + _proto_member.__set_name__ of CHECKED,
    for the calls _plain() accepts, without the checks that cannot fail for them."""
    metacls, first_enum, member_type = plan.metacls, plan.first_enum, plan.member_type
    new_member, use_args, is_flag = plan.new_member, plan.use_args, plan.is_flag
    # The class dictionary in the standard library's order (its members come last, below).
    classdict = {"_generate_next_value_": plan.generate, "__module__": module}
    if qualname is not None:
        classdict["__qualname__"] = qualname
    classdict["_new_member_"] = new_member
    classdict["_use_args_"] = use_args
    classdict["_member_names_"] = member_names = []
    classdict["_member_map_"] = member_map = {}
    classdict["_value2member_map_"] = value_map = {}
    classdict["_unhashable_values_"] = []
    classdict["_member_type_"] = member_type
    classdict["_value_repr_"] = plan.value_repr
    if is_flag:
        classdict["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
        # The masks as the enum module leaves them once the members are made. 3.11.7:
        # `_proto_member.__set_name__` adds every member's value to `_flag_mask_` (aliases of
        # several bits too) and the single-bit ones to `_singles_mask_`, and sets `_all_bits_`
        # from `_flag_mask_`. Debian 12's 3.11.2: `EnumType.__new__` sets `_flag_mask_` to
        # every value's bits and `_all_bits_` from it before the members are made, and
        # `_flag_mask_` again, to the single-bit members' bits, after; no `_singles_mask_`.
        every_bit = single_bits = 0
        for _name, value in names:
            every_bit |= value
            if value and not value & (value - 1):
                single_bits |= value
        if plan.enum_code == "3.11.7":
            classdict["_flag_mask_"] = every_bit
            classdict["_singles_mask_"] = single_bits
        else:  # "3.11.2"
            classdict["_flag_mask_"] = single_bits
        classdict["_all_bits_"] = 2 ** every_bit.bit_length() - 1
        classdict["_inverted_"] = None
    enum_class = type.__new__(metacls, class_name, plan.bases, classdict)
    set_attribute = type.__setattr__
    for name, value in names:
        member = value_map.get(value)  # an alias of an earlier member
        if member is None:
            member = new_member(enum_class, value) if use_args else new_member(enum_class)
            member._value_ = value
            member._name_ = name
            member.__objclass__ = enum_class
            # (member.__init__(value) not called: see _checked_code())
            member._sort_order_ = len(member_names)
            if not is_flag or (value and not value & (value - 1)):
                member_names.append(name)
            value_map[value] = member
        set_attribute(enum_class, name, member)
        member_map[name] = member
    # EnumType.__new__'s steps after the class exists, as they apply to these bases (set
    # directly: EnumType.__setattr__ only refuses the names of members).
    for name, method in plan.later_methods:
        set_attribute(enum_class, name, method)
    if is_flag:
        member_list = [m._value_ for m in enum_class]
        if member_list != sorted(member_list):
            set_attribute(enum_class, "_iter_member_", enum_class._iter_member_by_def_)
    return enum_class


def _unplaced(create, cls, class_name, names, qualname, type, start, boundary):
    """Call the standard library's _create_ so that it, too, finds no module: the frame it
    looks at (two up) is one whose globals have no __name__."""
    return _NAMELESS(create, cls, class_name, names, qualname, type, start, boundary)


# A fixed lambda, compiled with globals that have no __name__.
_NAMELESS = eval(
    "lambda create, cls, class_name, names, qualname, type, start, boundary: (lambda: create("
    "cls, class_name, names, module=None, qualname=qualname, type=type, start=start,"
    " boundary=boundary))()",
    {"__builtins__": __builtins__},
)
