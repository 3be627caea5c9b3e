"""Services: the product rules over storage, shared by every way in (chat, web, CLI)."""
