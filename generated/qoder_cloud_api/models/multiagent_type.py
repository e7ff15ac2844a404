# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from enum import StrEnum

from ..types import EnumLookup


class MultiagentType(StrEnum):
    """MultiagentType.

    Open set: a value this client does not know yet becomes a member named ``UNKNOWN`` that keeps
    the value, compares equal to it and is sent back unchanged.
    """

    COORDINATOR = "coordinator"

    @classmethod
    def _missing_(cls, value: object) -> "MultiagentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: str) -> "MultiagentType":
        """The member for a value read from a response: `MultiagentType(value)`, without the
        cost of an enum call for the values this client knows."""
        return _MEMBERS[value]

    def __str__(self) -> str:
        return str(self.value)


_MEMBERS: EnumLookup[MultiagentType] = EnumLookup(MultiagentType)
