"""The person's rights over their data (GDPR arts. 15, 17, 20): export, erasure, consents.

Which rows are a person's is read from the schema itself (``Base.metadata``), not listed by
hand, so a table added later is exported and erased without touching this module:

- a row is the person's when a column references ``users.id`` or ``influencers.id`` (or is a
  plain ``user_id``), when its ``(channel, chat_id)`` or ``(channel, external_id)`` is one of
  their accounts, or when it references such a row (a ticket's messages);
- erasure deletes every such row, except in the tables kept for accounting (``RETAINED``): the
  ledger, balances, orders, payouts, and the user and influencer rows they hang on, which stay
  under a pseudonym with every personal column cleared;
- staff names (``*_by``, ``actor``, ``author`` columns) naming the person become the
  pseudonym, and a chat of theirs a row merely points to (``progress_channel`` and
  ``progress_chat_id``) is cleared; in an export, staff other than the person are ``staff``.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    String,
    Table,
    cast,
    delete,
    func,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    AuditEntry,
    Base,
    Click,
    Consent,
    Identity,
    InboundUpdate,
    Influencer,
    PayoutRequest,
)
from storage.payouts import Payouts, influencer_subject

# How payout details are kept in an export and after an erasure: the domain's masking
# (``bot.services.payouts.mask``), given by the caller, as storage knows no presentation.
Redact = Callable[[str, str], str]

ERASED = "erased"
# Tables kept for accounting (and the rows they hang on): columns to clear, the rest stays.
# A callable value is computed from the row (a payout's account, masked).
RETAINED: dict[str, dict[str, Any]] = {
    "users": {"locale": None},
    "influencers": {
        "referral_code": None,
        "review_note": None,
        "claimed_by": None,
        "claim_expires_at": None,
        "consent_version": "",
        "status": ERASED,
    },
    "payout_requests": {"method_holder": None},
    "ledger_entries": {},
    "balances": {},
    "conversions": {},
    "postback_events": {},
    "referral_bonuses": {},
    "links": {},
    "clicks": {},
}
# Never in an export: secrets (hashed link codes), the platform's raw updates, internal jobs.
NOT_EXPORTED = frozenset(
    {
        "account_link_codes",
        "account_link_failures",
        "inbound_updates",
        "processed_updates",
        "platform_actions",
        "postback_events",
        "clicks",
    }
)
# The export's sections, in the order the privacy notice lists them (``privacy-data-<key>``).
SECTIONS = (
    "profile",
    "application",
    "links",
    "orders",
    "ledger",
    "payouts",
    "support",
    "consents",
    "messages",
    "audit",
)
SECTION_OF_TABLE = {
    "users": "profile",
    "identities": "profile",
    "influencers": "application",
    "influencer_channels": "application",
    "application_questions": "application",
    "invite_codes": "application",
    "referral_bonuses": "application",
    "links": "links",
    "conversions": "orders",
    "ledger_entries": "ledger",
    "balances": "ledger",
    "payout_methods": "payouts",
    "payout_requests": "payouts",
    "consents": "consents",
    "notifications": "messages",
    "sessions": "messages",
    "broadcast_deliveries": "messages",
    "audit_log": "audit",
    "tickets": "support",
    "ticket_messages": "support",
    "reply_outbox": "messages",
    "rate_windows": "messages",
    "user_blocks": "audit",
    "console_sessions": "audit",
    "console_login_tokens": "audit",
}
# Secrets a row of theirs holds, never in an export: a sign-in link's hash, a session's key.
SECRET_COLUMNS = {"console_login_tokens": ("token_hash",), "console_sessions": ("key",)}
# Bounded: an export is one chat document, not a database dump.
EXPORT_ROWS_PER_TABLE = 10_000


def _actor_column(name: str) -> bool:
    """Columns that name a person acting (staff, the influencer, an author)."""
    return name in ("actor", "author") or name.endswith("_by")


@dataclass(frozen=True, slots=True)
class Person:
    """Everything that identifies one person's rows."""

    user_id: int
    influencer_id: int | None
    accounts: tuple[tuple[str, str, str], ...]  # (channel, external_id, chat_id)

    @property
    def actor_names(self) -> list[str]:
        """How audit and staff columns may name them (``telegram:123``, ``user:7``)."""
        names = [f"{channel}:{external_id}" for channel, external_id, _ in self.accounts]
        return [*names, f"user:{self.user_id}"]

    @property
    def accounts_named(self) -> list[str]:
        """Their channel accounts as staff commands name them (``/block telegram:123``)."""
        return [f"{channel}:{external_id}" for channel, external_id, _ in self.accounts]

    @property
    def audit_subjects(self) -> list[str]:
        subjects = [f"user:{self.user_id}", *self.accounts_named]
        if self.influencer_id is not None:
            subjects += [
                f"application:{self.influencer_id}",
                influencer_subject(self.influencer_id),
            ]
        return subjects


class Privacy:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def person(self, user_id: int) -> Person:
        influencer_id = await self.session.scalar(
            select(Influencer.id).where(Influencer.user_id == user_id)
        )
        rows = await self.session.execute(
            select(Identity.channel, Identity.external_id, Identity.chat_id).where(
                Identity.user_id == user_id
            )
        )
        return Person(user_id, influencer_id, tuple((c, e, ch) for c, e, ch in rows.all()))

    # --- which rows are theirs ---------------------------------------------------------------

    def _direct(self, table: Table, person: Person) -> ColumnElement[bool] | None:
        """Rows of ``table`` that are the person's by their own columns, if any can be."""
        conditions: list[ColumnElement[bool]] = []
        for column in table.columns:
            targets = {fk.column.table.name for fk in column.foreign_keys}
            if "users" in targets or (column.name == "user_id" and not targets):
                conditions.append(column == person.user_id)
            if "influencers" in targets and person.influencer_id is not None:
                conditions.append(column == person.influencer_id)
        if table.name == "users":
            conditions.append(table.c.id == person.user_id)
        if table.name == "influencers" and person.influencer_id is not None:
            conditions.append(table.c.id == person.influencer_id)
        if "channel" in table.c and person.accounts:
            for key, index in (("chat_id", 2), ("external_id", 1)):
                if key in table.c:
                    pairs = sorted({(a[0], a[index]) for a in person.accounts})
                    conditions.append(tuple_(table.c.channel, table.c[key]).in_(pairs))
        return or_(*conditions) if conditions else None

    def _conditions(self, person: Person) -> dict[str, ColumnElement[bool]]:
        """For every table holding some of the person's rows, which rows: by their own columns
        or by referencing a row that is theirs (parents first, so children can refer to them)."""
        found: dict[str, ColumnElement[bool]] = {}
        for table in Base.metadata.sorted_tables:
            conditions: list[ColumnElement[bool]] = []
            direct = self._direct(table, person)
            if direct is not None:
                conditions.append(direct)
            for fk in table.foreign_keys:
                parent = fk.column.table
                if parent.name in found and parent.name not in ("users", "influencers"):
                    ids = select(fk.column).where(found[parent.name])
                    conditions.append(fk.parent.in_(ids))
            if conditions:
                found[table.name] = or_(*conditions)
        return found

    # --- export (art. 15 and 20) -------------------------------------------------------------

    async def export(self, user_id: int, now: datetime, redact: Redact) -> dict[str, Any]:
        """The person's data, by section, as JSON-ready values: payout details masked by
        ``redact(kind, account)``, other people (staff, visitors) never named."""
        person = await self.person(user_id)
        sections: dict[str, Any] = {key: {} for key in SECTIONS}
        for name, condition in self._conditions(person).items():
            if name in NOT_EXPORTED:
                continue
            table = Base.metadata.tables[name]
            rows = (
                await self.session.execute(
                    select(table).where(condition).limit(EXPORT_ROWS_PER_TABLE)
                )
            ).mappings()
            exported = [self._exported(name, dict(row), person, redact) for row in rows]
            if exported:
                sections[SECTION_OF_TABLE.get(name, "support")][name] = exported
        if person.influencer_id is not None:
            clicks = await self.session.scalar(
                select(func.count())
                .select_from(Click)
                .where(
                    Click.link_id.in_(
                        select(Base.metadata.tables["links"].c.id).where(
                            Base.metadata.tables["links"].c.influencer_id == person.influencer_id
                        )
                    )
                )
            )
            sections["links"]["clicks_counted"] = int(clicks or 0)
            consent = await self.session.execute(
                select(Influencer.consent_version, Influencer.consent_at).where(
                    Influencer.id == person.influencer_id
                )
            )
            for version, given_at in consent.all():
                sections["consents"]["application"] = [
                    {"version": version, "given_at": given_at.isoformat()}
                ]
        audit = await self.session.scalars(
            select(AuditEntry)
            .where(
                or_(
                    AuditEntry.subject.in_(person.audit_subjects),
                    AuditEntry.actor.in_(person.actor_names),
                )
            )
            .order_by(AuditEntry.id)
            .limit(EXPORT_ROWS_PER_TABLE)
        )
        sections["audit"]["audit_log"] = [
            {
                "actor": e.actor if e.actor in person.actor_names else "staff",
                "action": e.action,
                "subject": e.subject,
                "details": _json(e.details),
                "created_at": e.created_at.isoformat(),
            }
            for e in audit
        ]
        return {"generated_at": now.isoformat(), "sections": sections}

    def _exported(
        self, table: str, row: dict[str, Any], person: Person, redact: Redact
    ) -> dict[str, Any]:
        for secret in SECRET_COLUMNS.get(table, ()):
            row.pop(secret, None)
        if table == "payout_methods":
            row["account"] = redact(row["kind"], row["account"])
        if table == "payout_requests":
            row["method_account"] = redact(row["method_kind"], row["method_account"])
        for key, value in row.items():
            if _actor_column(key) and value is not None and value not in person.actor_names:
                row[key] = "staff"
            else:
                row[key] = _json(value)
        return row

    # --- erasure (art. 17) -------------------------------------------------------------------

    async def erase(self, user_id: int, now: datetime, redact: Redact) -> str:
        """Erase the person: open payout requests cancelled, every row of theirs deleted but
        the accounting kept under a pseudonym, which is returned. Their accounts are gone, so a
        message from them later starts as a new person."""
        person = await self.person(user_id)
        pseudonym = f"{ERASED}-{secrets.token_hex(6)}"
        if person.influencer_id is not None:
            await Payouts(self.session).cancel_open(
                person.influencer_id, "the influencer's data was erased at their request", now
            )
            for row in await self.session.scalars(
                select(PayoutRequest).where(PayoutRequest.influencer_id == person.influencer_id)
            ):
                row.method_account = redact(row.method_kind, row.method_account)
            await self.session.flush()
        conditions = self._conditions(person)
        # Staff columns naming them, and audit entries about them, before their rows go.
        await self._scrub_actors(person, pseudonym)
        await self.session.execute(
            update(AuditEntry)
            .where(AuditEntry.subject.in_(person.audit_subjects))
            .values(details={})
        )
        if person.accounts_named:  # "user.block" on "telegram:123": the subject is their id
            await self.session.execute(
                update(AuditEntry)
                .where(AuditEntry.subject.in_(person.accounts_named))
                .values(subject=pseudonym)
            )
        await self._forget_chats(person)
        for table in reversed(Base.metadata.sorted_tables):  # children before parents
            condition = conditions.get(table.name)
            if condition is None:
                continue
            if table.name in RETAINED:
                values = dict(RETAINED[table.name])
                if table.name == "influencers":
                    values["display_name"] = pseudonym
                if table.name == "users":
                    values["erased_at"] = now
                if values:
                    await self.session.execute(update(table).where(condition).values(**values))
                continue
            await self.session.execute(delete(table).where(condition))
        await self._forget_raw_updates(person)
        return pseudonym

    async def _scrub_actors(self, person: Person, pseudonym: str) -> None:
        names = person.actor_names
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if _actor_column(column.name) and not isinstance(column.type, JSON):
                    await self.session.execute(
                        update(table).where(column.in_(names)).values({column.name: pseudonym})
                    )

    async def _forget_chats(self, person: Person) -> None:
        """Chats of theirs that a row of something else only points to (``progress_chat_id``
        beside ``progress_channel``: where a broadcast reports): the pointer is cleared, the
        row stays."""
        chats = sorted({(channel, chat_id) for channel, _, chat_id in person.accounts})
        if not chats:
            return
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                prefix = column.name.removesuffix("chat_id")
                channel = table.c.get(f"{prefix}channel")
                if not prefix or prefix == column.name or channel is None:
                    continue
                if not (column.nullable and channel.nullable):
                    continue
                await self.session.execute(
                    update(table)
                    .where(tuple_(channel, column).in_(chats))
                    .values({column.name: None, channel.name: None})
                )

    async def _forget_raw_updates(self, person: Person) -> None:
        """Raw platform updates that carry their account id (webhook mode keeps them until
        they are processed and pruned) go; a processed one is no longer needed anyway."""
        ids = {external_id for _, external_id, _ in person.accounts}
        if not ids:
            return
        # The database narrows by text (both keep JSON as text or cast it); Python confirms.
        text = cast(InboundUpdate.payload, String)
        rows = await self.session.execute(
            select(InboundUpdate.channel, InboundUpdate.update_id, InboundUpdate.payload).where(
                or_(*(text.contains(external_id) for external_id in sorted(ids)))
            )
        )
        doomed = [
            (channel, update_id)
            for channel, update_id, payload in rows.all()
            if any(_mentions(payload, external_id) for external_id in ids)
        ]
        if doomed:
            await self.session.execute(
                delete(InboundUpdate).where(
                    tuple_(InboundUpdate.channel, InboundUpdate.update_id).in_(doomed)
                )
            )

    # --- consents ----------------------------------------------------------------------------

    async def record_consent(self, user_id: int, version: str, channel: str, now: datetime) -> None:
        """A new consent: kept as its own row, and on the application it covers."""
        self.session.add(Consent(user_id=user_id, version=version, given_at=now, channel=channel))
        await self.session.execute(
            update(Influencer)
            .where(Influencer.user_id == user_id)
            .values(consent_version=version, consent_at=now)
        )
        await self.session.flush()


def _mentions(payload: Any, needle: str) -> bool:
    """Whether a JSON value holds ``needle`` as a string or a number anywhere."""
    if isinstance(payload, dict):
        return any(_mentions(v, needle) for v in payload.values())
    if isinstance(payload, list):
        return any(_mentions(v, needle) for v in payload)
    return str(payload) == needle


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value
