"""`python -m qoder_cloud.cli`, the same as the `qoder-cloud` console script."""

from . import main

main()
