# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
from enum import StrEnum

from ..types import EnumLookup


class SessionThreadStatus(StrEnum):
    """SessionThreadStatus.

    Open set: a value this client does not know yet becomes a member named ``UNKNOWN`` that keeps
    the value, compares equal to it and is sent back unchanged.
    """

    IDLE = "idle"
    RESCHEDULING = "rescheduling"
    RUNNING = "running"
    TERMINATED = "terminated"

    @classmethod
    def _missing_(cls, value: object) -> "SessionThreadStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @classmethod
    def from_value(cls, value: str) -> "SessionThreadStatus":
        """The member for a value read from a response: `SessionThreadStatus(value)`, without the
        cost of an enum call for the values this client knows."""
        return _MEMBERS[value]

    def __str__(self) -> str:
        return str(self.value)


_MEMBERS: EnumLookup[SessionThreadStatus] = EnumLookup(SessionThreadStatus)
