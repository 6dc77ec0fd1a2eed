import { Module } from '@nestjs/common';
import { DecisionsModule } from '@consilium/server-decisions';
import { IdentityModule } from '@consilium/server-identity';
import { MeetingsModule } from '@consilium/server-meetings';
import { LiveMeetings } from './live-meetings.port';
import { LiveNotesService } from './live-notes.service';
import { LiveNotificationsListener } from './live-notifications.listener';
import { LiveRoomService } from './live-room.service';
import { LiveSessionWatcher } from './live-session-watcher.service';
import { LiveGateway } from './live.gateway';
import { RoomStateStore } from './room-state.store';

/** The live meeting room: Socket.IO namespace `/live` (docs/live.md). */
@Module({
  imports: [IdentityModule, MeetingsModule, DecisionsModule],
  providers: [LiveGateway, LiveRoomService, LiveMeetings, LiveNotesService, RoomStateStore, LiveSessionWatcher, LiveNotificationsListener],
})
export class LiveModule {}
