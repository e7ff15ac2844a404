# Generated from openapi.yaml by openapi-python-client and overlays/templates: do not edit; run `make generate`.
"""The generated half of the Qoder Cloud Agents client: the models (`models`), the resource
classes and their operation modules (`api`), and `types` (`UNSET`, `File`).

It is not a client on its own: use `qoder_cloud.QoderCloud` or `qoder_cloud.AsyncQoderCloud`, which
send the requests these modules describe.
"""
