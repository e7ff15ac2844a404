"""The official SDK's service-account credential against the local server's token exchange: the
exchange request it sends, the answer it reads, and the tokens the API then accepts.
Usage: python scenario_service_account.py API_ROOT TOKEN SA_KEY

The SDK's credential always names the region's exchange host; a transport here sends its requests
to the local server instead (the path, headers and body are the SDK's own)."""

from __future__ import annotations

import sys

import httpx
import qca
from qca.common.service_account import ServiceAccountCredential


class ToLocalServer(httpx.BaseTransport):
    """Sends every request to the local server's origin, keeping its path, headers and body."""

    def __init__(self, origin: httpx.URL) -> None:
        self._origin = origin
        self._inner = httpx.HTTPTransport()
        self.exchanges: list[dict[str, object]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url.copy_with(scheme=self._origin.scheme, host=self._origin.host, port=self._origin.port)
        self.exchanges.append({"host": request.url.host, "path": request.url.path})
        headers = [(name, value) for name, value in request.headers.raw if name.lower() != b"host"]
        rerouted = httpx.Request(request.method, url, headers=headers, content=request.read())
        return self._inner.handle_request(rerouted)


def main(base_url: str, token: str, sa_key: str) -> None:
    transport = ToLocalServer(httpx.URL(base_url))
    with httpx.Client(transport=transport) as exchange_http:
        credential = ServiceAccountCredential(
            sa_key=sa_key, region="global", scopes=["qca.access"], ttl_seconds=600, http_client=exchange_http
        )
        client = qca.Managed(credential=credential, base_url=base_url, max_retries=0)
        env = client.environments.create(name="qca-sa-env")
        assert client.environments.retrieve(env.id).name == "qca-sa-env"
        assert env.id in [e.id for e in client.environments.list(limit=10)]
        assert transport.exchanges == [{"host": "openapi.qoder.sh", "path": "/api/v1/serviceToken/exchange"}], (
            transport.exchanges
        )
        sat = credential.get_token()
        assert sat.startswith("sat_") and sa_key not in repr(credential)

        refused = ServiceAccountCredential(
            sa_key="sak-wrong", region="global", scopes=["qca.access"], http_client=exchange_http
        )
        try:
            refused.get_token()
        except qca.AuthenticationError as err:
            assert err.status_code == 401
        else:
            raise AssertionError("a wrong key was exchanged")
    print("ok: qca's ServiceAccountCredential exchanged at the local server and its token was accepted")


if __name__ == "__main__":
    main(*sys.argv[1:4])
