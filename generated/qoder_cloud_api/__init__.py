"""A client library for accessing Qoder Cloud Agents API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
