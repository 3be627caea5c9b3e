"""Settings from the environment (prefix ``BOT_``) and an optional ``.env`` file.

The names are an interface documented in README.md: operators set them in their deployment, so a
rename breaks them. Secrets are ``SecretStr`` so they never print in a repr or a log line.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot import settings_checks

SUPPORTED_LOCALES = ("en", "ru", "fr", "es", "pl")
PAYOUT_METHOD_KINDS = ("iban", "paypal", "card", "sbp", "blik")
DEFAULT_MIN_PAYOUT = 5000
DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{Path('data') / 'influencer-bot.db'}"


class Settings(BaseSettings):
    """Every knob of the bot; built once in the composition root (bot/app.py)."""

    model_config = SettingsConfigDict(
        env_prefix="BOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    database_url: str = DEFAULT_DATABASE_URL
    default_locale: str = "en"
    owner_ids: Annotated[list[str], NoDecode] = Field(default_factory=list)
    programme_name: str = "Influencer Programme"
    support_contact: str = "support@example.com"

    terms_version: str = "2026-11"
    terms_url: str = "https://example.com/terms"
    privacy_url: str = "https://example.com/privacy"
    session_ttl_hours: int = Field(default=168, ge=1)
    log_level: str = "INFO"
    # The programme's clock: where "today" and "this month" begin and end in /earnings (IANA).
    timezone: str = "Europe/Paris"

    telegram_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    # The bot's @username, for t.me links; filled from Telegram at start-up when not set.
    telegram_bot_username: str | None = None
    telegram_poll_timeout: int = Field(default=30, ge=0, le=50)

    discord_token: SecretStr | None = None
    discord_api_base_url: str = "https://discord.com/api/v10"
    discord_gateway_url: str = "wss://gateway.discord.gg"

    web_host: str = "127.0.0.1"
    web_port: int | None = Field(default=None, ge=0, le=65535)

    # Broadcasts: Telegram allows about 30 messages a second per bot (more with paid
    # broadcasts) and 1 a second per chat. At-most-once never resends a message whose fate a
    # crash left unknown; at-least-once resends it. Concurrency bounds the messages in flight
    # (and so the unknown ones after a crash). The in-process worker runs inside `run`.
    broadcast_rate: float = Field(default=30.0, gt=0, le=10_000)
    broadcast_per_chat_rate: float = Field(default=1.0, gt=0, le=100)
    broadcast_delivery: Literal["at-most-once", "at-least-once"] = "at-most-once"
    broadcast_concurrency: int = Field(default=16, ge=1, le=1000)
    broadcast_in_process: bool = True
    broadcast_lease_seconds: float = Field(default=30.0, ge=1, le=3600)

    postback_secret: SecretStr | None = None
    public_base_url: str = "http://127.0.0.1:8080"
    referral_bonus: int = Field(default=0, ge=0)
    # Salts the visitor hash of clicks and the influencer reference given to shops; keep it
    # stable (references change with it) and secret.
    click_salt: SecretStr | None = None

    # Payouts: the smallest amount paid out per currency, in minor units (5000 = 50.00);
    # "CUR:amount,...", with "*" for any other currency. A bare number (the older form) is the
    # minimum of every currency.
    min_payout: Annotated[dict[str, int], NoDecode] = Field(
        default_factory=lambda: {"EUR": 5000, "PLN": 20000, "RUB": 500000, "*": 5000}
    )
    # Payout methods offered per country of the influencer ("FR:iban,paypal;RU:card,sbp"),
    # with "*" for every other country.
    payout_methods: Annotated[dict[str, tuple[str, ...]], NoDecode] = Field(
        default_factory=lambda: {
            "FR": ("iban", "paypal"),
            "ES": ("iban", "paypal"),
            "PL": ("iban", "paypal", "blik"),
            "RU": ("card", "sbp"),
            "*": ("iban", "paypal"),
        }
    )
    # Privacy: how long what is no longer needed is kept before the running bot purges it.
    # Telegram redelivers an update for up to 24 hours: processed ids are kept at least that.
    retain_updates_hours: int = Field(default=48, ge=24, le=24 * 365)
    retain_audit_details_days: int = Field(default=365, ge=1, le=3650)
    retain_support_days: int = Field(default=365, ge=1, le=3650)
    # Tiers by confirmed sales (a count of orders, so currencies never mix): "name:from,...",
    # lowest first; the first is where everyone starts, the last is the KOL track.
    tiers: Annotated[list[tuple[str, int]], NoDecode] = Field(
        default_factory=lambda: [("standard", 0), ("silver", 50), ("gold", 200), ("kol", 1000)]
    )
    # Who looks after KOL-track influencers; the contact defaults to BOT_SUPPORT_CONTACT.
    kol_manager_name: str | None = None
    kol_manager_contact: str | None = None
    # Review: how long a reviewer holds an application before it returns to the queue, how long
    # a rejected applicant waits before applying again, and the influencers' Telegram group
    # (a chat id like -1001234567890) that approved influencers get a one-time invite link to.
    review_claim_minutes: int = Field(default=15, ge=1, le=24 * 60)
    reapply_cooldown_days: int = Field(default=30, ge=0, le=3650)
    telegram_influencer_chat_id: str | None = None
    telegram_invite_days: int = Field(default=7, ge=1, le=365)
    # Support: the staff's forum supergroup (one topic per ticket).
    telegram_support_chat_id: str | None = None
    # Abuse: at most this many messages, commands and presses per user in a window of
    # this many seconds (0 messages: no limit); staff are not limited.
    rate_limit_messages: int = Field(default=30, ge=0, le=10_000)
    rate_limit_window_seconds: int = Field(default=60, ge=1, le=86_400)

    def minimum_payout(self, currency: str) -> int:
        """The smallest payout in ``currency``, in its minor units."""
        return self.min_payout.get(currency, self.min_payout.get("*", DEFAULT_MIN_PAYOUT))

    def payout_methods_for(self, country: str | None) -> tuple[str, ...]:
        """The payout methods an influencer of ``country`` may choose, in the configured order."""
        methods = self.payout_methods.get(country or "", None)
        return methods if methods is not None else self.payout_methods.get("*", ())

    # The staff web console (/console in chat gives a sign-in link): the key its cookies are
    # encrypted with (on only when set), how long an unused session stays signed in, and who
    # pays SEPA payouts (the debtor of the pain.001 files it exports).
    console_secret: SecretStr | None = None
    console_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    sepa_debtor_name: str = ""
    sepa_debtor_iban: str = ""
    sepa_debtor_bic: str = ""

    @property
    def telegram_file_base_url(self) -> str:
        """The Bot API serves files under ``/file/bot<token>`` beside ``/bot<token>``."""
        base = self.telegram_api_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @property
    def telegram_webhook(self) -> bool:
        return bool(self.telegram_webhook_url)

    def secrets(self) -> list[str]:
        """Values that must never appear in a log line."""
        values = [
            self.telegram_token,
            self.telegram_webhook_secret,
            self.discord_token,
            self.postback_secret,
            self.click_salt,
            self.console_secret,
        ]
        return [v.get_secret_value() for v in values if v is not None and v.get_secret_value()]

    @field_validator("owner_ids", mode="before")
    @classmethod
    def _split_owner_ids(cls, value: object) -> object:
        """Accept ``telegram:123,discord:456`` as well as a list."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("owner_ids")
    @classmethod
    def _check_owner_ids(cls, value: list[str]) -> list[str]:
        for item in value:
            channel, sep, external_id = item.partition(":")
            if not sep or not channel or not external_id:
                raise ValueError(f"owner id {item!r} must look like 'telegram:123'")
        return value

    @field_validator("telegram_support_chat_id")
    @classmethod
    def _check_support_chat(cls, value: str | None) -> str | None:
        """A forum supergroup's numeric id (-100...); empty means no Telegram staff desk."""
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not (value.startswith("-100") and value[1:].isdigit()):
            raise ValueError("BOT_TELEGRAM_SUPPORT_CHAT_ID must be a supergroup id like -100123")
        return value

    @field_validator("console_secret")
    @classmethod
    def _check_console_secret(cls, value: SecretStr | None) -> SecretStr | None:
        """Empty means off; otherwise long enough that cookies cannot be forged by guessing."""
        if value is None or not value.get_secret_value():
            return None
        if len(value.get_secret_value()) < 32:
            raise ValueError("BOT_CONSOLE_SECRET must be at least 32 characters")
        return value

    @field_validator("telegram_influencer_chat_id")
    @classmethod
    def _check_influencer_chat(cls, value: str | None) -> str | None:
        """A numeric chat id (groups are negative) or an @username; empty means none."""
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not (value.lstrip("-").isdigit() or (value.startswith("@") and len(value) > 1)):
            raise ValueError("BOT_TELEGRAM_INFLUENCER_CHAT_ID must be a chat id like -100123")
        return value

    @model_validator(mode="after")
    def _check_formats(self) -> Settings:
        """Every documented format (URLs, the webhook secret, ...): bot/settings_checks.py."""
        settings_checks.check(self)
        return self

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.telegram_webhook_url and not self.telegram_webhook_secret:
            raise ValueError("BOT_TELEGRAM_WEBHOOK_URL needs BOT_TELEGRAM_WEBHOOK_SECRET")
        return self

    @field_validator("tiers", mode="before")
    @classmethod
    def _split_tiers(cls, value: object) -> object:
        """Accept ``standard:0,silver:50,gold:200,kol:1000`` as well as a list of pairs."""
        if isinstance(value, str):
            pairs = []
            for part in (p.strip() for p in value.split(",")):
                name, sep, threshold = part.partition(":")
                if not part or not sep or not threshold.strip().isdigit():
                    raise ValueError(f"tier {part!r} must look like 'silver:50'")
                pairs.append((name.strip(), int(threshold)))
            return pairs
        return value

    @field_validator("tiers")
    @classmethod
    def _check_tiers(cls, value: list[tuple[str, int]]) -> list[tuple[str, int]]:
        if len(value) < 2:
            raise ValueError("BOT_TIERS needs a starting tier and at least one more")
        if value[0] != ("standard", 0):
            raise ValueError("BOT_TIERS must start with standard:0, where everyone starts")
        names = [name for name, _ in value]
        if len(set(names)) != len(names):
            raise ValueError("BOT_TIERS names a tier twice")
        for name, _ in value:
            if not re.fullmatch(r"[a-z0-9_]{1,16}", name):
                raise ValueError(f"tier name {name!r}: use 1-16 of a-z, 0-9 and _")
        thresholds = [threshold for _, threshold in value]
        if any(b <= a for a, b in itertools.pairwise(thresholds)):
            raise ValueError("BOT_TIERS thresholds must rise from one tier to the next")
        return value

    @field_validator("min_payout", mode="before")
    @classmethod
    def _split_min_payout(cls, value: object) -> object:
        """``EUR:5000,PLN:20000`` per currency; a bare ``5000`` (the older form) for all."""
        if isinstance(value, int) and not isinstance(value, bool):
            return {"*": value}
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.isdigit():
            return {"*": int(text)}
        minimums: dict[str, int] = {}
        for part in (p.strip() for p in text.split(",")):
            currency, sep, amount = part.partition(":")
            currency = currency.strip().upper()
            if not sep or not re.fullmatch(r"[A-Z]{3}|\*", currency):
                raise ValueError(f"BOT_MIN_PAYOUT: {part!r} must look like 'EUR:5000'")
            if not amount.strip().isdigit():
                raise ValueError(f"BOT_MIN_PAYOUT: {part!r} needs an amount in minor units")
            if currency in minimums:
                raise ValueError(f"BOT_MIN_PAYOUT names {currency} twice")
            minimums[currency] = int(amount)
        return minimums

    @field_validator("min_payout")
    @classmethod
    def _check_min_payout(cls, value: dict[str, int]) -> dict[str, int]:
        if not value:
            raise ValueError("BOT_MIN_PAYOUT needs at least one minimum")
        if any(amount < 1 for amount in value.values()):
            raise ValueError("BOT_MIN_PAYOUT amounts must be at least 1 (minor units)")
        return value

    @field_validator("payout_methods", mode="before")
    @classmethod
    def _split_payout_methods(cls, value: object) -> object:
        """``FR:iban,paypal;RU:card,sbp`` (``*`` for every other country)."""
        if not isinstance(value, str):
            return value
        methods: dict[str, tuple[str, ...]] = {}
        for part in (p.strip() for p in value.split(";") if p.strip()):
            country, sep, kinds = part.partition(":")
            country = country.strip().upper()
            if not sep or not re.fullmatch(r"[A-Z]{2}|\*", country):
                raise ValueError(f"BOT_PAYOUT_METHODS: {part!r} must look like 'FR:iban,paypal'")
            if country in methods:
                raise ValueError(f"BOT_PAYOUT_METHODS names {country} twice")
            methods[country] = tuple(k.strip().lower() for k in kinds.split(",") if k.strip())
        return methods

    @field_validator("payout_methods")
    @classmethod
    def _check_payout_methods(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for country, kinds in value.items():
            if not kinds:
                raise ValueError(f"BOT_PAYOUT_METHODS: {country} has no method")
            unknown = [k for k in kinds if k not in PAYOUT_METHOD_KINDS]
            if unknown:
                raise ValueError(
                    f"BOT_PAYOUT_METHODS: unknown method {unknown[0]!r} for {country}; "
                    f"known: {', '.join(PAYOUT_METHOD_KINDS)}"
                )
            if len(set(kinds)) != len(kinds):
                raise ValueError(f"BOT_PAYOUT_METHODS: {country} names a method twice")
        return value

    @field_validator("default_locale")
    @classmethod
    def _check_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"default locale must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"BOT_TIMEZONE {value!r} is not an IANA time zone") from None
        return value
