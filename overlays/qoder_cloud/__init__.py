"""Python client for the Qoder Cloud Agents API.

from qoder_cloud import QoderCloud

client = QoderCloud()          # token from QODER_ACCESS_TOKEN or QODER_PAT
for env in client.environments.list(limit=50):
    print(env.id, env.name)
"""

import importlib as _importlib
import typing as _typing

from qoder_cloud_api.types import UNSET, Unset

from ._client import AsyncQoderCloud, QoderCloud
from ._credentials import AsyncTokenCredential, TokenCredential
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PaginationError,
    PermissionDeniedError,
    PreconditionFailedError,
    QoderError,
    RateLimitError,
    RequestTooLargeError,
    StreamError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import RawResponse
from ._retries import DEFAULT_MAX_RETRIES
from ._settings import DEFAULT_TIMEOUT, REGION_BASE_URLS
from ._streaming import AsyncStream, Stream
from ._timeouts import Timeout
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if _typing.TYPE_CHECKING:
    from ._resumable import AsyncResumableStream, ResumableStream
    from ._service_account import AsyncServiceAccountCredential, ServiceAccountCredential
    from .lib.turns import ReplyAccumulator, Turn, TurnTimeoutError

# Imported when first asked for: most programs use none of them, and `import qoder_cloud` stays short.
_LAZY = {
    "AsyncResumableStream": "._resumable",
    "ResumableStream": "._resumable",
    "AsyncServiceAccountCredential": "._service_account",
    "ServiceAccountCredential": "._service_account",
    "ReplyAccumulator": ".lib.turns",
    "Turn": ".lib.turns",
    "TurnTimeoutError": ".lib.turns",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncQoderCloud",
    "AsyncResumableStream",
    "AsyncServiceAccountCredential",
    "AsyncStream",
    "AsyncTokenCredential",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "OverloadedError",
    "PaginationError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "QoderCloud",
    "QoderError",
    "REGION_BASE_URLS",
    "RateLimitError",
    "RawResponse",
    "ReplyAccumulator",
    "RequestTooLargeError",
    "ResumableStream",
    "ServiceAccountCredential",
    "Stream",
    "StreamError",
    "SyncPage",
    "Timeout",
    "TokenCredential",
    "Turn",
    "TurnTimeoutError",
    "UNSET",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]
