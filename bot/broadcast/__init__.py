"""Broadcasts: a durable outbox of deliveries and the worker that drains it at the platforms'
limits.

- ``content``: what is sent (a text per language, fallbacks, an optional link button);
- ``segment``: who receives it, as one SQL statement (never a Python loop over people);
- ``pacing``: the global and per-chat rate limits, and pauses after a 429;
- ``senders``: one HTTP client per platform, separate from the bot's own, so a broadcast's
  429 pause never delays a reply;
- ``worker``: claims deliveries, marks them ``sending`` before the call and the outcome after;
- ``progress``: the broadcaster's progress message and the final report.
"""
