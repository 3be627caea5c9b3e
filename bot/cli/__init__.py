"""The staff command lines of ``python -m bot``: one module per area, calling the domain."""
