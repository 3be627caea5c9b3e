"""Set-up of community servers: announcement channels per language, the influencer role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AnnouncementChannel, CommunityServer

ANY_LANGUAGE = "*"


@dataclass(frozen=True, slots=True)
class ServerSetup:
    channel: str
    server_id: str
    approved_role_id: str | None
    announcement_channels: dict[str, str]  # locale (or "*") -> channel id


class Communities:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _server(
        self, channel: str, server_id: str, by: str, now: datetime
    ) -> CommunityServer:
        row = await self.session.get(CommunityServer, (channel, server_id))
        if row is None:
            row = CommunityServer(
                channel=channel, server_id=server_id, updated_by=by, updated_at=now
            )
            self.session.add(row)
        row.updated_by, row.updated_at = by, now
        return row

    async def set_announcement_channel(
        self,
        channel: str,
        server_id: str,
        locale: str | None,
        target_id: str,
        by: str,
        now: datetime,
    ) -> None:
        """Announcements in ``locale`` (every language when None) go to ``target_id``."""
        await self._server(channel, server_id, by, now)
        key = (channel, server_id, locale or ANY_LANGUAGE)
        row = await self.session.get(AnnouncementChannel, key)
        if row is None:
            row = AnnouncementChannel(
                channel=channel,
                server_id=server_id,
                locale=locale or ANY_LANGUAGE,
                target_id=target_id,
                updated_by=by,
                updated_at=now,
            )
            self.session.add(row)
        row.target_id, row.updated_by, row.updated_at = target_id, by, now
        await self.session.flush()

    async def set_approved_role(
        self, channel: str, server_id: str, role_id: str, by: str, now: datetime
    ) -> None:
        server = await self._server(channel, server_id, by, now)
        server.approved_role_id = role_id
        await self.session.flush()

    async def setup(self, channel: str, server_id: str) -> ServerSetup | None:
        server = await self.session.get(CommunityServer, (channel, server_id))
        if server is None:
            return None
        rows = await self.session.scalars(
            select(AnnouncementChannel).where(
                AnnouncementChannel.channel == channel, AnnouncementChannel.server_id == server_id
            )
        )
        return ServerSetup(
            channel=channel,
            server_id=server_id,
            approved_role_id=server.approved_role_id,
            announcement_channels={row.locale: row.target_id for row in rows},
        )

    async def approved_roles(self, channel: str) -> list[tuple[str, str]]:
        """(server id, role id) of every server of ``channel`` that gives approved influencers
        a role."""
        rows = await self.session.execute(
            select(CommunityServer.server_id, CommunityServer.approved_role_id)
            .where(
                CommunityServer.channel == channel, CommunityServer.approved_role_id.is_not(None)
            )
            .order_by(CommunityServer.server_id)
        )
        return [(server_id, role_id) for server_id, role_id in rows.all() if role_id]
