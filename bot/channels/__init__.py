"""Thin adapters: platform event -> ``Incoming`` -> engine -> ``Outgoing`` -> platform call."""
