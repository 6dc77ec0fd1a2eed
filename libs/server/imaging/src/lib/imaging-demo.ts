import { DataSource, EntityManager } from 'typeorm';
import { ImagingModality } from '@consilium/server-cases';
import { ImagingReportEntity } from './imaging-report.entity';
import { ImagingReportStatus, LesionRole, NewLesionFinding, NonTargetResponse, ResponseCriteria } from './imaging-enums';
import { LesionMeasurementEntity } from './lesion-measurement.entity';
import { ReportResponseEntity } from './report-response.entity';
import { computeResponse, recistBaselineMessages, ReportForResponse } from './response.calculator';
import { TrackedLesionEntity } from './tracked-lesion.entity';

/** The demo cases to give imaging to (ids of existing `cases` rows); each is optional. */
export interface ImagingDemoCaseIds {
  /** A lung cancer case: RECIST 1.1 baseline CT, final follow-up CT (PR), draft second follow-up (PD when finalised). */
  lungCaseId?: string;
  /** A hepatocellular carcinoma case: mRECIST baseline MRI and follow-up MRI after TACE. */
  hccCaseId?: string;
  /** A glioma case: RANO 2.0 baseline MRI and follow-up MRI. */
  gliomaCaseId?: string;
  /** The radiologist who authors the reports; defaults to radiologist@consilium.test. */
  authorId?: string;
  /** The demo's "today" (YYYY-MM-DD); study dates are placed before it. Defaults to the current date. */
  today?: string;
}

export interface ImagingDemoSummary {
  reportsCreated: number;
}

interface DemoLesion {
  label: string;
  organ: string;
  nodal?: boolean;
  role?: LesionRole;
  longAxisMm?: number;
  shortAxisMm?: number;
  viableDiameterMm?: number;
  perpendicularMm?: number;
}

interface DemoReport {
  modality: ImagingModality;
  daysAgo: number;
  accession: string;
  bodyRegion: string;
  findings: string;
  impression: string;
  status: ImagingReportStatus;
  isBaseline?: boolean;
  nonTargetResponse?: NonTargetResponse;
  lesions: DemoLesion[];
}

function minusDays(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const LUNG: DemoReport[] = [
  {
    modality: ImagingModality.CT,
    daysAgo: 120,
    accession: 'DEMO-CT-1001',
    bodyRegion: 'Chest, abdomen',
    status: ImagingReportStatus.FINAL,
    isBaseline: true,
    findings: 'Spiculated right upper lobe mass 30 mm. Enlarged subcarinal node, short axis 22 mm.',
    impression: 'Right upper lobe carcinoma with subcarinal nodal disease. Baseline for RECIST 1.1.',
    lesions: [
      { label: 'Right upper lobe mass', organ: 'Lung', longAxisMm: 30 },
      {
        label: 'Subcarinal node',
        organ: 'Lymph node',
        nodal: true,
        longAxisMm: 28,
        shortAxisMm: 22,
      },
    ],
  },
  {
    modality: ImagingModality.CT,
    daysAgo: 60,
    accession: 'DEMO-CT-1002',
    bodyRegion: 'Chest, abdomen',
    status: ImagingReportStatus.FINAL,
    nonTargetResponse: NonTargetResponse.NONE,
    findings: 'Right upper lobe mass 20 mm. Subcarinal node short axis 15 mm. No new lesions.',
    impression: 'Partial response.',
    lesions: [
      { label: 'Right upper lobe mass', organ: 'Lung', longAxisMm: 20 },
      {
        label: 'Subcarinal node',
        organ: 'Lymph node',
        nodal: true,
        longAxisMm: 19,
        shortAxisMm: 15,
      },
    ],
  },
  {
    modality: ImagingModality.CT,
    daysAgo: 3,
    accession: 'DEMO-CT-1003',
    bodyRegion: 'Chest, abdomen',
    status: ImagingReportStatus.DRAFT,
    nonTargetResponse: NonTargetResponse.NONE,
    findings: 'Right upper lobe mass 24 mm. Subcarinal node short axis 20 mm.',
    impression: 'Regrowth of both target lesions (draft).',
    lesions: [
      { label: 'Right upper lobe mass', organ: 'Lung', longAxisMm: 24 },
      {
        label: 'Subcarinal node',
        organ: 'Lymph node',
        nodal: true,
        longAxisMm: 25,
        shortAxisMm: 20,
      },
    ],
  },
];

const HCC: DemoReport[] = [
  {
    modality: ImagingModality.MRI,
    daysAgo: 100,
    accession: 'DEMO-MR-2001',
    bodyRegion: 'Liver',
    status: ImagingReportStatus.FINAL,
    isBaseline: true,
    findings: 'Segment VIII arterially enhancing lesion, viable 40 mm; segment VI lesion, viable 25 mm.',
    impression: 'Multifocal HCC. Baseline for mRECIST before TACE.',
    lesions: [
      {
        label: 'Liver lesion 1',
        organ: 'Liver',
        longAxisMm: 45,
        viableDiameterMm: 40,
      },
      {
        label: 'Liver lesion 2',
        organ: 'Liver',
        longAxisMm: 28,
        viableDiameterMm: 25,
      },
    ],
  },
  {
    modality: ImagingModality.MRI,
    daysAgo: 40,
    accession: 'DEMO-MR-2002',
    bodyRegion: 'Liver',
    status: ImagingReportStatus.FINAL,
    nonTargetResponse: NonTargetResponse.NONE,
    findings: 'After TACE: lesion 1 viable rim 10 mm; lesion 2 without arterial enhancement.',
    impression: 'Partial response by mRECIST.',
    lesions: [
      {
        label: 'Liver lesion 1',
        organ: 'Liver',
        longAxisMm: 42,
        viableDiameterMm: 10,
      },
      {
        label: 'Liver lesion 2',
        organ: 'Liver',
        longAxisMm: 26,
        viableDiameterMm: 0,
      },
    ],
  },
];

const GLIOMA: DemoReport[] = [
  {
    modality: ImagingModality.MRI,
    daysAgo: 90,
    accession: 'DEMO-MR-3001',
    bodyRegion: 'Brain',
    status: ImagingReportStatus.FINAL,
    isBaseline: true,
    findings: 'Left frontal enhancing lesion 30 × 25 mm.',
    impression: 'Post-operative residual enhancing disease. Baseline for RANO 2.0.',
    lesions: [
      {
        label: 'Enhancing lesion 1',
        organ: 'Brain',
        longAxisMm: 30,
        perpendicularMm: 25,
      },
    ],
  },
  {
    modality: ImagingModality.MRI,
    daysAgo: 30,
    accession: 'DEMO-MR-3002',
    bodyRegion: 'Brain',
    status: ImagingReportStatus.FINAL,
    findings: 'Left frontal enhancing lesion 20 × 15 mm. Stable dexamethasone dose.',
    impression: 'Decrease of enhancing disease.',
    lesions: [
      {
        label: 'Enhancing lesion 1',
        organ: 'Brain',
        longAxisMm: 20,
        perpendicularMm: 15,
      },
    ],
  },
];

async function seedCase(
  manager: EntityManager,
  caseId: string,
  criteria: ResponseCriteria,
  reports: DemoReport[],
  authorId: string,
  today: string,
): Promise<number> {
  const existing = await manager.countBy(ImagingReportEntity, { caseId });
  if (existing > 0) return 0;
  const lesionIds = new Map<string, TrackedLesionEntity>();
  const assessed: ReportForResponse[] = [];
  for (const demo of reports) {
    const studyDate = minusDays(today, demo.daysAgo);
    const done = demo.status !== ImagingReportStatus.DRAFT;
    const report = await manager.save(
      manager.create(ImagingReportEntity, {
        caseId,
        modality: demo.modality,
        studyDate,
        accessionNumber: demo.accession,
        bodyRegion: demo.bodyRegion,
        findings: demo.findings,
        impression: demo.impression,
        criteria,
        status: demo.status,
        isBaseline: demo.isBaseline ?? false,
        nonTargetResponse: demo.nonTargetResponse ?? null,
        newLesion: NewLesionFinding.NO,
        authorId,
        finalisedAt: done ? new Date(`${studyDate}T16:00:00Z`) : null,
      }),
    );
    const measurements: LesionMeasurementEntity[] = [];
    for (const [position, l] of demo.lesions.entries()) {
      let lesion = lesionIds.get(l.label);
      if (!lesion) {
        lesion = await manager.save(
          manager.create(TrackedLesionEntity, {
            caseId,
            label: l.label,
            organ: l.organ,
            nodal: l.nodal ?? false,
            createdBy: authorId,
          }),
        );
        lesionIds.set(l.label, lesion);
      }
      measurements.push(
        manager.create(LesionMeasurementEntity, {
          reportId: report.id,
          lesionId: lesion.id,
          role: l.role ?? LesionRole.TARGET,
          position,
          longAxisMm: l.longAxisMm ?? null,
          shortAxisMm: l.shortAxisMm ?? null,
          viableDiameterMm: l.viableDiameterMm ?? null,
          perpendicularMm: l.perpendicularMm ?? null,
          suvPeak: null,
        }),
      );
    }
    await manager.save(measurements);
    if (!done) continue;
    const forResponse: ReportForResponse = {
      id: report.id,
      studyDate,
      nonTargetResponse: report.nonTargetResponse,
      newLesion: report.newLesion,
      clearNonMeasurableProgression: false,
      steroidsAbovePhysiologic: false,
      uptakeNormalized: false,
      measurements: measurements.map((m, i) => {
        const lesion = lesionIds.get(demo.lesions[i].label) as TrackedLesionEntity;
        return {
          ...m,
          label: lesion.label,
          organ: lesion.organ,
          nodal: lesion.nodal,
          tooSmallToMeasure: false,
          notMeasured: false,
        };
      }),
    };
    assessed.push(forResponse);
    if (report.isBaseline) {
      if (criteria === ResponseCriteria.RECIST_1_1)
        await manager.update(ImagingReportEntity, { id: report.id }, { baselineMessages: recistBaselineMessages(forResponse) });
      continue;
    }
    const computed = computeResponse(criteria, assessed[0], assessed.slice(1));
    await manager.save(
      manager.create(ReportResponseEntity, {
        reportId: report.id,
        criteria,
        rule: computed.rule,
        inputs: computed.inputs as Record<string, unknown>,
        result: computed.result as Record<string, unknown>,
        source: computed.source,
        baselineReportId: assessed[0].id,
        computedAt: new Date(`${studyDate}T16:00:00Z`),
      }),
    );
  }
  return reports.length;
}

/**
 * Demo imaging for existing demo cases. Idempotent: a case that already has imaging reports is
 * left alone. Responses of the final follow-ups are computed with the same rules as finalisation.
 */
export async function seedImagingDemo(dataSource: DataSource, ids: ImagingDemoCaseIds): Promise<ImagingDemoSummary> {
  return dataSource.transaction(async (manager) => {
    let authorId = ids.authorId;
    if (!authorId) {
      const [row] = await manager.query(`SELECT id FROM users WHERE email = 'radiologist@consilium.test'`);
      if (!row) throw new Error('seedImagingDemo: the demo radiologist does not exist; seed identity first');
      authorId = row.id as string;
    }
    // Seeding is not business time: the demo's "today" is the caller's, or the current date.
    const today = ids.today ?? new Date().toISOString().slice(0, 10);
    let reportsCreated = 0;
    if (ids.lungCaseId) reportsCreated += await seedCase(manager, ids.lungCaseId, ResponseCriteria.RECIST_1_1, LUNG, authorId, today);
    if (ids.hccCaseId) reportsCreated += await seedCase(manager, ids.hccCaseId, ResponseCriteria.MRECIST, HCC, authorId, today);
    if (ids.gliomaCaseId) reportsCreated += await seedCase(manager, ids.gliomaCaseId, ResponseCriteria.RANO, GLIOMA, authorId, today);
    return { reportsCreated };
  });
}
