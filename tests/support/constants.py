"""Values several test modules agree on."""

TOKEN = "pt-test-5f4dcc3b5aa765d61d8327deb882cf99"
