"""Fixtures shared by the end-to-end tests: the private Xvfb display of the visitor walk."""

from tests.e2e.test_visitor_walk import display  # noqa: F401 (a fixture)
