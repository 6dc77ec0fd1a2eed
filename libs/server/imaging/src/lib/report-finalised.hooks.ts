import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ImagingReportEntity } from './imaging-report.entity';

export interface ReportFinalisedEvent {
  report: ImagingReportEntity;
  teamId: string;
  /** The response category at this report (e.g. PD), when the criteria compute one. */
  category?: string;
  actorId: string;
}

/** Runs after the finalising transaction commits (e.g. queue changes, live pushes). */
export type AfterCommit = () => Promise<void>;

export type ReportFinalisedListener = (manager: EntityManager, event: ReportFinalisedEvent) => Promise<AfterCommit | void>;

/**
 * Other features react to a FINAL report inside the same transaction (a follow-up scan
 * fulfilled, say) without imaging knowing them: they register here at module init.
 */
@Injectable()
export class ReportFinalisedHooks {
  private readonly listeners: ReportFinalisedListener[] = [];

  register(listener: ReportFinalisedListener): void {
    this.listeners.push(listener);
  }

  async run(manager: EntityManager, event: ReportFinalisedEvent): Promise<AfterCommit[]> {
    const after: AfterCommit[] = [];
    for (const listener of this.listeners) {
      const next = await listener(manager, event);
      if (next) after.push(next);
    }
    return after;
  }
}
