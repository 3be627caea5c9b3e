"""Typed message arguments: what a step, a notification or a button label may hand to a message.

A message argument is a plain value (text, a whole number, a ``Decimal``, a ``date``) or one of
the typed references below, which the engine renders in the reader's language when the message
is shown (also after /language): ``Money`` and dates by Babel, ``CountryName`` by CLDR, ``Msg``
as another message, ``Joined`` as several arguments in one. ``MessageArgs`` is what every
message takes, so mypy rejects a raw dict (``{"$date": ...}``) or anything else it cannot render.

Arguments are stored as JSON (a session's open question, queued notifications); ``to_json`` and
``from_json`` are the one encoding, written here only::

    Money(600, "EUR")           {"$money": [600, "EUR"]}
    date(2026, 11, 24)          {"$date": "2026-11-24"}
    datetime(...)               {"$date": "2026-11-24T10:00:00+00:00"} (shown as its day)
    CountryName("PT")           {"$country": "PT"}
    Msg("tier-name", {...})     {"$msg": "tier-name", "args": {...}}
    Joined((a, b), "; ")        {"$list": [a, b], "separator": "; "}
    Decimal("1.5")              {"$decimal": "1.5"}

It is the form rows already carry (it was written by hand before these types existed), so older
rows decode unchanged, as does a choice label of an older session (``"$country:PT"``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from bot.core.money import Money

__all__ = [
    "CountryName",
    "Joined",
    "Label",
    "MessageArg",
    "MessageArgs",
    "Money",
    "Msg",
    "arg_from_json",
    "arg_to_json",
    "from_json",
    "label_from_json",
    "label_to_json",
    "to_json",
]


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country (ISO 3166 alpha-2 code), shown by its CLDR name in the reader's language."""

    code: str


@dataclass(frozen=True, slots=True)
class Msg:
    """Another message, rendered in the reader's language and used as an argument."""

    message_id: str
    args: Mapping[str, MessageArg] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Joined:
    """Several arguments shown as one, each rendered, then joined by ``separator``."""

    items: tuple[MessageArg, ...]
    separator: str = "; "


MessageArg = str | int | Decimal | date | Money | CountryName | Msg | Joined
MessageArgs = Mapping[str, MessageArg]
# A button's label: a message id (its attribute, ``onboarding-consent.accept``) or a country.
Label = str | CountryName

# The prefix older sessions stored for a country's button label (``"$country:PT"``).
_OLD_COUNTRY_LABEL = "$country:"


class MessageArgError(ValueError):
    """Stored JSON that is no message argument (a corrupt row, an unknown marker)."""


def to_json(args: MessageArgs) -> dict[str, Any]:
    """The arguments as JSON-ready values, to store in a session or a notification."""
    return {key: arg_to_json(value) for key, value in args.items()}


def from_json(data: Mapping[str, Any] | None) -> dict[str, MessageArg]:
    """Stored arguments back as typed values (rows of every version so far)."""
    return {str(key): arg_from_json(value) for key, value in (data or {}).items()}


def label_to_json(label: Label) -> str | dict[str, Any]:
    return label if isinstance(label, str) else arg_to_json(label)


def label_from_json(data: str | Mapping[str, Any]) -> Label:
    if isinstance(data, str):
        if data.startswith(_OLD_COUNTRY_LABEL):
            return CountryName(data.removeprefix(_OLD_COUNTRY_LABEL))
        return data
    value = arg_from_json(data)
    if not isinstance(value, CountryName):
        raise MessageArgError(f"not a button label: {data!r}")
    return value


def arg_to_json(value: MessageArg) -> Any:
    """One argument as JSON (a line of a digest, say)."""
    if value is None or isinstance(value, str | int):  # None only from untyped (Any) code
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, Money):
        return {"$money": [value.minor, value.currency]}
    if isinstance(value, date):  # a datetime too
        return {"$date": value.isoformat()}
    if isinstance(value, CountryName):
        return {"$country": value.code}
    if isinstance(value, Msg):
        return {"$msg": value.message_id, "args": to_json(value.args)}
    if isinstance(value, Joined):
        return {"$list": [arg_to_json(item) for item in value.items], "separator": value.separator}
    raise MessageArgError(f"not a message argument: {value!r}")


def arg_from_json(value: Any) -> MessageArg:
    """One stored argument (or a reference storage hands back as JSON) as a typed value."""
    if isinstance(value, str | int):
        return value
    if value is None:  # what untyped (Any) code may have stored: kept as it was, as before
        return cast("MessageArg", value)
    if not isinstance(value, Mapping):
        raise MessageArgError(f"not a stored message argument: {value!r}")
    if "$decimal" in value:
        return Decimal(str(value["$decimal"]))
    if "$money" in value:
        minor, currency = value["$money"]
        return Money(int(minor), str(currency))
    if "$date" in value:
        text = str(value["$date"])
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    if "$country" in value:
        return CountryName(str(value["$country"]))
    if "$msg" in value:
        return Msg(str(value["$msg"]), from_json(value.get("args")))
    if "$list" in value:
        items: Sequence[Any] = value["$list"]
        return Joined(
            tuple(arg_from_json(item) for item in items), str(value.get("separator", "; "))
        )
    raise MessageArgError(f"unknown message argument: {value!r}")
