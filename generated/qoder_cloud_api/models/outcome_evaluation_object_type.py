from enum import StrEnum


class OutcomeEvaluationObjectType(StrEnum):
    """OutcomeEvaluationObjectType.

    Open set: a value this client does not know yet becomes a member named ``UNKNOWN`` that keeps
    the value, compares equal to it and is sent back unchanged.
    """

    OUTCOME_EVALUATION = "outcome_evaluation"

    @classmethod
    def _missing_(cls, value: object) -> "OutcomeEvaluationObjectType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
