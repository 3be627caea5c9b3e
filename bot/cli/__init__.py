"""Staff command-line tools (``python -m bot ...``): the same domain functions as the chat."""
