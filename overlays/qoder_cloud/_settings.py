"""Client settings: the token, the base URL and the defaults, resolved once at construction."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable, Mapping

import httpx

from ._exceptions import ConfigurationError
from ._version import __version__

__all__ = [
    "BETA_HEADER",
    "DEFAULT_TIMEOUT",
    "MAX_BODY_BYTES",
    "REGION_BASE_URLS",
    "TOKEN_VARIABLES",
    "USER_AGENT",
    "WORKSPACE_HEADER",
    "Token",
    "base_headers",
    "beta_value",
    "check_link",
    "plain_http_refused",
    "resolve_base_url",
    "resolve_token",
    "workspace_value",
]

REGION_BASE_URLS = {
    "global": "https://api.qoder.com/api/v1/cloud",
    "cn": "https://api.qoder.com.cn/api/v1/cloud",
}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"qoder-cloud-agents-python/{__version__}"
MAX_BODY_BYTES = 32 * 1024 * 1024


TOKEN_VARIABLES = ("QODER_ACCESS_TOKEN", "QODER_PAT")
"""Where a client without `token=` or `credential=` finds its token, the first one set winning."""


def resolve_token(token: str | None, *, credential: bool = False) -> str | None:
    """The fixed token: the `token` argument, else `QODER_ACCESS_TOKEN`, else `QODER_PAT`; None
    for a client with a credential (which then gives the token of each attempt). Raises before
    any request when there is neither."""
    if credential:
        if token is not None:
            raise ConfigurationError("pass token= or credential=, not both")
        return None
    source = "the token argument"
    if token is None:
        for name in TOKEN_VARIABLES:
            token = os.environ.get(name)
            if token is not None and token.strip():
                source = name
                break
    if token is None or not token.strip():
        raise ConfigurationError(
            "no API token: pass token=... or credential=... to the client, or set QODER_ACCESS_TOKEN or "
            "QODER_PAT (create a personal access token at https://qoder.com/cloud/pat-keys; for a service "
            "account, pass credential=ServiceAccountCredential(), which reads QODER_SA_KEY)"
        )
    token = token.strip()
    if any(ch in token for ch in "\r\n"):
        raise ConfigurationError(f"the API token contains a line break; check how {source} was set")
    return token


def resolve_base_url(base_url: str | httpx.URL | None, region: str | None, *, allow_insecure_http: bool) -> str:
    """`base_url`, else `QODER_BASE_URL`, else the region's default (global unless region="cn")."""
    if region is not None and region not in REGION_BASE_URLS:
        raise ConfigurationError(f"region must be one of {sorted(REGION_BASE_URLS)}, got {region!r}")
    raw = str(base_url) if base_url is not None else os.environ.get("QODER_BASE_URL")
    if not raw:
        return REGION_BASE_URLS[region or "global"]
    url = httpx.URL(raw.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {raw!r}")
    if url.userinfo or url.query or url.fragment:
        raise ConfigurationError("base_url must not carry credentials, a query or a fragment")
    if plain_http_refused(url, allow_insecure_http):
        raise ConfigurationError(
            f"refusing to send the token over plain http to {url.host}; use https, or pass "
            "allow_insecure_http=True if this is intended"
        )
    return str(url).rstrip("/")


def check_link(url: str, *, allow_insecure_http: bool) -> httpx.URL:
    """A download link, refused unless it is an absolute http(s) URL without credentials, and
    https off loopback (the same rule as the base URL)."""
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the download link is not an absolute http(s) URL: {url[:100]!r}")
    if parsed.userinfo:
        raise ConfigurationError("the download link embeds credentials; refusing to fetch it")
    if plain_http_refused(parsed, allow_insecure_http):
        raise ConfigurationError(f"refusing a plain-http download link to {parsed.host}")
    return parsed


def plain_http_refused(url: httpx.URL, allow_insecure_http: bool) -> bool:
    """Plain http is allowed on loopback, or anywhere with `allow_insecure_http=True`."""
    return url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    headers.update(extra or {})
    return headers


WORKSPACE_HEADER = "qoder-workspace-id"
BETA_HEADER = "x-qoder-beta"


def workspace_value(workspace_id: object, name: str = "workspace_id") -> str:
    """A workspace ID checked for the `qoder-workspace-id` header."""
    if not isinstance(workspace_id, str):
        raise TypeError(f"{name} must be a workspace ID (a string), got {type(workspace_id).__name__}")
    value = workspace_id.strip()
    if not value or any(ch in value for ch in "\r\n"):
        raise ValueError(f"{name} must be a non-empty workspace ID on one line, got {workspace_id!r}")
    return value


def beta_value(betas: object, name: str = "betas") -> str:
    """Beta feature names joined for the `x-qoder-beta` header ("" for none); duplicates dropped."""
    if isinstance(betas, str):
        raise TypeError(f"{name} must be a list of beta feature names, not one string: write [{betas!r}]")
    if not isinstance(betas, Iterable):
        raise TypeError(f"{name} must be a list of beta feature names, got {type(betas).__name__}")
    names: list[str] = []
    for beta in betas:
        if not isinstance(beta, str) or not beta.strip() or any(ch in beta for ch in ",\r\n"):
            raise ValueError(f"{name} must hold non-empty feature names without commas, got {beta!r}")
        names.append(beta.strip())
    return ",".join(dict.fromkeys(names))


class Token:
    """The API token, kept out of `repr` and `str`.

    The clients send it only on requests they build for API paths under the base URL (one
    origin); download links are fetched with bare requests, and httpx drops the header when a
    redirect leaves the origin.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    @property
    def value(self) -> str:
        return self._value

    @property
    def authorization(self) -> str:
        """The `Authorization` header value."""
        return f"Bearer {self._value}"

    def __repr__(self) -> str:
        return "<Token ***>"

    __str__ = __repr__

    def __reduce__(self) -> str:
        raise TypeError("the API token cannot be pickled or copied")
