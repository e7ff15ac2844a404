"""Helpers shared by the test modules: scripted servers, session set-up, Node tools, Prism, the soak."""
