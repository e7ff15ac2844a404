"""The generated request and response models, under a stable public name.

from qoder_cloud.types import Environment, Agent
"""

from qoder_cloud_api.models import *  # noqa: F403
from qoder_cloud_api.models import __all__ as __all__  # noqa: F401
