"""Client settings: the token, the base URL and the defaults, resolved once at construction."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Iterable, Mapping
from typing import NoReturn

import httpx

from ._exceptions import ConfigurationError
from ._version import __version__

__all__ = [
    "BETA_HEADER",
    "DEFAULT_TIMEOUT",
    "MAX_BODY_BYTES",
    "MAX_SKILL_PACKAGE_BYTES",
    "REGION_BASE_URLS",
    "REGION_BODY_LIMITS",
    "TOKEN_VARIABLES",
    "USER_AGENT",
    "WORKSPACE_HEADER",
    "Token",
    "base_headers",
    "beta_value",
    "body_limit",
    "check_headers",
    "check_link",
    "check_redirect",
    "plain_http_refused",
    "region_of",
    "region_of_host",
    "resolve_base_url",
    "resolve_token",
    "unsendable",
    "workspace_value",
]

REGION_BASE_URLS = {
    "global": "https://api.qoder.com/api/v1/cloud",
    "cn": "https://api.qoder.com.cn/api/v1/cloud",
}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"qoder-cloud-agents-python/{__version__}"
MAX_BODY_BYTES = 32 * 1024 * 1024
"""The largest request body the API takes anywhere (the global region's limit)."""
REGION_BODY_LIMITS = {"global": MAX_BODY_BYTES, "cn": 4 * 1024 * 1024}
"""The largest request body of each region: 32 MB on the global servers, 4 MB in China."""
MAX_SKILL_PACKAGE_BYTES = 50 * 1024 * 1024
"""A skill package (`skills.create`, `skill_versions.create`) may be up to 50 MB in any region."""
_SKILL_UPLOAD = re.compile(r"^/skills(/[^/]+/versions)?$")


def region_of(base_url: str, region: str | None) -> str:
    """The region a client talks to: the one named, else the region of its host (global for a
    host that is not Qoder's)."""
    if region is not None:
        return region
    return region_of_host(base_url) or "global"


def region_of_host(url: str) -> str | None:
    """The region whose servers `url` is on: "cn" for the China hosts (`*.qoder.com.cn`),
    "global" for Qoder's other hosts (`*.qoder.com`), None for any other host (a local server, a
    proxy)."""
    host = httpx.URL(url).host
    if host == "qoder.com.cn" or host.endswith(".qoder.com.cn"):
        return "cn"
    if host == "qoder.com" or host.endswith(".qoder.com"):
        return "global"
    return None


def body_limit(region: str, method: str, path: str) -> int:
    """The largest body a request may carry: the region's limit, or a skill package's."""
    if method == "POST" and _SKILL_UPLOAD.match(path):
        return MAX_SKILL_PACKAGE_BYTES
    return REGION_BODY_LIMITS[region]


TOKEN_VARIABLES = ("QODER_ACCESS_TOKEN", "QODER_PAT")
"""Where a client without `token=` or `credential=` finds its token, the first one set winning."""


def resolve_token(given: Token | None, *, credential: bool = False) -> Token | None:
    """The fixed token: the `token` argument (already held in a `Token`), else
    `QODER_ACCESS_TOKEN`, else `QODER_PAT`; None for a client with a credential (which gives the
    token of each attempt). Raises before any request when there is neither, or when the token
    cannot be sent in a header.

    The raw value is never a local of a frame that raises, so a traceback that captures frame
    locals cannot show it; the message never quotes it.
    """
    if credential:
        if given is not None:
            raise ConfigurationError("pass token= or credential=, not both")
        return None
    source = "the token"
    if given is None:
        given, source = _token_from_environment()
    problem = _token_problem(given, source)
    if given is None or problem is not None:
        raise ConfigurationError(problem)
    return Token(given.value.strip())


def _token_from_environment() -> tuple[Token | None, str]:
    """The first of `TOKEN_VARIABLES` that is set (held in a `Token`), and its name."""
    for name in TOKEN_VARIABLES:
        if os.environ.get(name, "").strip():
            return Token(os.environ[name]), name
    return None, TOKEN_VARIABLES[-1]


def _kind_of(character: str) -> str:
    if character in "\r\n":
        return "a line break"
    if character.isspace():
        return "a space"
    return "a non-ASCII character" if ord(character) > 0x7F else "a control character"


def _token_problem(given: Token | None, source: str) -> str | None:
    """What is wrong with a token (None: nothing); the message never quotes it."""
    value = None if given is None else given.value
    if value is not None and not isinstance(value, str):
        return f"the API token must be a string, got {type(value).__name__}"
    if given is None or value is None or not value.strip():
        return (
            "no API token: pass token=... or credential=... to the client, or set QODER_ACCESS_TOKEN or "
            "QODER_PAT (create a personal access token at https://qoder.com/cloud/pat-keys; for a service "
            "account, pass credential=ServiceAccountCredential(), which reads QODER_SA_KEY)"
        )
    problem = unsendable(given)
    return None if problem is None else f"the API token {problem}; check how {source} was set"


def unsendable(token: Token) -> str | None:
    """Why a token (stripped) cannot be sent in an `Authorization` header, e.g. "contains a
    space at position 3, which cannot be sent in an HTTP header"; None when it can. Never quotes it."""
    for position, character in enumerate(token.value.strip()):
        if not "\x21" <= character <= "\x7e":
            return f"contains {_kind_of(character)} at position {position}, which cannot be sent in an HTTP header"
    return None


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


def check_link(url: str | httpx.URL, *, allow_insecure_http: bool) -> httpx.URL:
    """A download link, refused unless it is an absolute http(s) URL without credentials, and
    https off loopback (the same rule as the base URL)."""
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the download link is not an absolute http(s) URL: {str(url)[:100]!r}")
    if parsed.userinfo:
        raise ConfigurationError("the download link embeds credentials; refusing to fetch it")
    if plain_http_refused(parsed, allow_insecure_http):
        raise ConfigurationError(f"refusing a plain-http download link to {parsed.host}")
    return parsed


def check_redirect(current: httpx.URL, location: str, *, allow_insecure_http: bool) -> httpx.URL:
    """The next hop of a download link's redirect, under the same rule as the link itself, and
    never from https down to plain http (not even to loopback)."""
    try:
        target = current.join(location)
    except httpx.InvalidURL:
        raise ConfigurationError(f"the download link redirected to an invalid URL: {location[:100]!r}") from None
    if current.scheme == "https" and target.scheme == "http":
        raise ConfigurationError(
            f"refusing a download link's redirect from https to plain http ({current.host} -> {target.host})"
        )
    return check_link(target, allow_insecure_http=allow_insecure_http)


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
    # Only the encodings the client decodes itself, in bounded steps (`_decoding`).
    headers = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT}
    headers.update(check_headers(extra or {}, "default_headers"))
    return headers


_HEADER_NAME = re.compile(r"^[-!#$%&'*+.^_`|~0-9A-Za-z]+$")
_HEADER_VALUE = re.compile(r"^[\t\x20-\x7e]*$")


def check_headers(headers: Mapping[str, str], argument: str) -> Mapping[str, str]:
    """`headers`, refused with a `ValueError` naming the header when a name or a value cannot be
    sent as it is (a line break, a control character, a character outside ASCII); the value is
    never quoted, since it may be a credential."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            raise ValueError(f"{argument}: {name!r} is not a valid header name")
        if not isinstance(value, str):
            raise TypeError(f"{argument}[{name!r}] must be a string, not {type(value).__name__}")
        bad = next((character for character in value if not _HEADER_VALUE.match(character)), None)
        if bad is not None:
            raise ValueError(f"{argument}[{name!r}] contains {_kind_of(bad)}, which cannot be sent in an HTTP header")
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
    """The API token, kept out of `repr`, `str` and pickles.

    The clients send it only on requests they build for API paths under the base URL (one
    origin); download links are fetched with bare requests, and httpx drops the header when a
    redirect leaves the origin.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def __reduce__(self) -> NoReturn:
        raise TypeError("the API token cannot be pickled; give the other process its own client")

    def __copy__(self) -> Token:
        return self

    def __deepcopy__(self, memo: object) -> Token:
        return self

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
