"""Split long text for channels with a message limit, on line boundaries where possible."""

from __future__ import annotations


def split_text(text: str, limit: int) -> list[str]:
    """Chunks of at most ``limit`` characters, cut after a newline, else after a space, else hard.

    Nothing is lost or reordered: joining the chunks gives the text back.
    """
    if limit <= 0:
        raise ValueError("limit must be positive")
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or limit
        chunks.append(rest[:cut])
        rest = rest[cut:]
    if rest or not chunks:
        chunks.append(rest)
    return chunks
