"""One aiohttp application: Telegram webhook, health (and later redirects and postbacks)."""
