"""The Telegram fixtures of test_telegram.py (the fake Bot API, a runtime on the test's
database), shared with the other Telegram test modules of this folder."""

from tests.channels.test_telegram import fake, polling, start_runtime

__all__ = ["fake", "polling", "start_runtime"]
