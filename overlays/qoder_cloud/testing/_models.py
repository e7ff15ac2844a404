"""Models: the catalogue an agent's `model` is chosen from."""

from __future__ import annotations

import copy
from typing import Any

from ._app import App, Request
from ._state import State

CATALOGUE: list[dict[str, Any]] = [
    {
        "id": "ultimate",
        "type": "model",
        "display_name": "Ultimate",
        "source": "system",
        "is_enabled": True,
        "is_new": False,
        "price_factor": 1.6,
        "efforts": ["low", "medium", "high", "xhigh", "max"],
        "default_effort": "high",
        "max_input_tokens": 1000000,
        "default_context_window": 200000,
        "available_context_windows": [200000, 400000, 1000000],
    },
    {
        "id": "performance",
        "type": "model",
        "display_name": "Performance",
        "source": "system",
        "is_enabled": True,
        "is_new": True,
        "price_factor": 1.0,
        "efforts": ["none", "low", "medium", "high"],
        "default_effort": "medium",
        "max_input_tokens": 400000,
        "default_context_window": 200000,
        "available_context_windows": [200000, 400000],
    },
    {
        "id": "auto",
        "type": "model",
        "display_name": "Auto",
        "source": "system",
        "is_enabled": True,
        "is_new": False,
        "max_input_tokens": 200000,
    },
]

MODEL_IDS = frozenset(model["id"] for model in CATALOGUE)


def register(app: App, state: State) -> None:
    @app.route("GET", "/models")
    def list_(request: Request) -> dict[str, Any]:
        # Documented: the whole catalogue in one page; query parameters are accepted and ignored.
        return {"data": copy.deepcopy(CATALOGUE), "has_more": False}
