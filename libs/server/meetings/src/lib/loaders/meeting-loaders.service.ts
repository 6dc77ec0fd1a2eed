import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '@consilium/server-cases';
import { GqlContext } from '@consilium/server-core';
import { AgendaItemEntity } from '../agenda-item.entity';
import { AgendaService } from '../agenda.service';
import { MeetingAttendanceEntity } from '../attendance.entity';
import { AttendanceService, MeetingQuorum } from '../attendance.service';
import { MeetingEntity } from '../meeting.entity';
import { MeetingNotesEntity } from '../notes.entity';
import { MeetingVoteEntity } from '../vote.entity';
import { VotesService, VoteTally } from '../votes.service';

/** Per request: each relation of a page of meetings or agenda items costs one batched query. */
@Injectable()
export class MeetingLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    private readonly attendance: AttendanceService,
    private readonly votes: VotesService,
  ) {}

  agendaOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.agenda', () => new DataLoader<string, AgendaItemEntity[]>(async (ids) => {
      const items = await this.agenda.itemsOf(ids);
      return ids.map((id) => items.get(id) ?? []);
    }));
  }

  quorumOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.quorum', () => new DataLoader<Pick<MeetingEntity, 'id' | 'teamId'>, MeetingQuorum, string>(async (meetings) => {
      const quorum = await this.attendance.quorumOfMany(meetings);
      return meetings.map((m) => quorum.get(m.id)!);
    }, { cacheKeyFn: (m) => m.id }));
  }

  attendanceOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.attendance', () => new DataLoader<string, MeetingAttendanceEntity[]>(async (ids) => {
      const rows = await this.dataSource.getRepository(MeetingAttendanceEntity).find({ where: { meetingId: In([...ids]) }, order: { joinedAt: 'ASC', id: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.meetingId === id));
    }));
  }

  caseOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.case', () => new DataLoader<string, CaseEntity | undefined>(async (ids) => {
      const rows = await this.dataSource.getRepository(CaseEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    }));
  }

  tallyOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.tally', () => new DataLoader<string, VoteTally>(async (ids) => {
      const tallies = await this.votes.tallies(ids);
      return ids.map((id) => tallies.get(id)!);
    }));
  }

  votesOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.votes', () => new DataLoader<string, MeetingVoteEntity[]>(async (ids) => {
      const rows = await this.votes.currentVotes(ids);
      return ids.map((id) => rows.filter((r) => r.agendaItemId === id));
    }));
  }

  notesTextOf(ctx: GqlContext) {
    return ctx.loaders.get('meetings.notesText', () => new DataLoader<string, string>(async (ids) => {
      const rows = await this.dataSource.getRepository(MeetingNotesEntity).find({ where: { agendaItemId: In([...ids]) }, select: { agendaItemId: true, textSnapshot: true } });
      const byId = new Map(rows.map((r) => [r.agendaItemId, r.textSnapshot]));
      return ids.map((id) => byId.get(id) ?? '');
    }));
  }
}

