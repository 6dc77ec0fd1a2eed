import { useMemo, useState } from 'react';

import { hrefFor } from '../../../app/router';
import { Badge } from '../../../shared/components/badge';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { QueryState } from '../../../shared/components/query-state';
import { formatDate, patientName } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import type { CaseImagingReportFragment, NewLesionFinding, NonTargetResponse } from '../../../gql/graphql';
import type { Problem } from '../../../shared/problem';
import type { FeaturePageProps } from '../../shell/feature-routes';
import { useReportEditor } from '../hooks/use-reports';
import { lesionIndexOfField, rowsFromMeasurements, toLesionInputs, toMeasuredLesions, type LesionRow } from '../lesion-rows';
import { computeLiveResponse, criteriaLabel, type LiveResponse, type ResponseReport } from '../live-response';
import { LesionTable } from './lesion-table';
import { ResponsePanel } from './response-panel';

type EditorReport = NonNullable<ReturnType<typeof useReportEditor>['report']>;

export default function ReportEditorPage({ params, user }: FeaturePageProps) {
  const id = params['id'] ?? '';
  const editor = useReportEditor(id);
  useDocumentTitle('Imaging report');
  return (
    <>
      <p>
        <a href={hrefFor('/reports')}>← Back to reports</a>
      </p>
      <QueryState
        loading={editor.loading}
        problem={editor.problem}
        onRetry={editor.retry}
        loadingText="Loading the report…"
        errorText="The report could not be loaded."
        hasData={editor.report !== undefined && editor.caseData !== undefined}
      >
        {editor.report && editor.caseData && (
          <ReportEditor
            key={`${editor.report.id}:${editor.report.status}`}
            report={editor.report}
            caseData={editor.caseData}
            canEdit={user.roles.includes('RADIOLOGIST')}
            editor={editor}
          />
        )}
      </QueryState>
    </>
  );
}

function toResponseReport(r: CaseImagingReportFragment): ResponseReport {
  return {
    id: r.id,
    studyDate: r.studyDate,
    criteria: r.criteria,
    status: r.status,
    isBaseline: r.isBaseline,
    nonTargetResponse: r.nonTargetResponse,
    newLesion: r.newLesion,
    clearNonMeasurableProgression: r.clearNonMeasurableProgression,
    steroidsAbovePhysiologic: r.steroidsAbovePhysiologic,
    uptakeNormalized: r.uptakeNormalized,
    measurements: r.measurements.map((m) => ({
      lesionId: m.lesionId,
      label: m.lesion.label,
      organ: m.lesion.organ,
      nodal: m.lesion.nodal,
      role: m.role,
      longAxisMm: m.longAxisMm ?? null,
      shortAxisMm: m.shortAxisMm ?? null,
      viableDiameterMm: m.viableDiameterMm ?? null,
      perpendicularMm: m.perpendicularMm ?? null,
      suvPeak: m.suvPeak ?? null,
      tooSmallToMeasure: m.tooSmallToMeasure,
      notMeasured: m.notMeasured,
    })),
  };
}

function storedResponse(report: EditorReport): LiveResponse {
  const r = report.response;
  if (!r) {
    return {
      kind: 'none',
      message: report.isBaseline ? 'This report is the baseline; later reports are compared with it.' : 'No response was computed for this report.',
    };
  }
  const current = {
    date: report.studyDate,
    sum: r.sum ?? null,
    nadir: r.nadir ?? null,
    changeFromBaselinePct: r.changeFromBaselinePct ?? null,
    changeFromNadirPct: r.changeFromNadirPct ?? null,
    changeFromNadirAbsolute: r.changeFromNadirAbsolute ?? null,
    category: r.category,
  };
  return {
    kind: 'follow-up',
    rule: r.rule,
    source: r.source,
    unit: r.unit,
    baselineDate: '',
    baselineSum: r.baselineSum,
    current,
    timepoints: [current],
    bestOverallResponse: r.bestOverallResponse ?? null,
    baselineViolations: [],
    inputs: null,
  };
}

interface ReportEditorProps {
  report: EditorReport;
  caseData: NonNullable<ReturnType<typeof useReportEditor>['caseData']>;
  canEdit: boolean;
  editor: ReturnType<typeof useReportEditor>;
}

function ReportEditor({ report, caseData, canEdit, editor }: ReportEditorProps) {
  const editable = canEdit && report.status === 'DRAFT';
  const [rows, setRows] = useState<LesionRow[]>(() => rowsFromMeasurements(report.measurements));
  const [nonTarget, setNonTarget] = useState<NonTargetResponse | ''>(report.nonTargetResponse ?? '');
  const [newLesion, setNewLesion] = useState<NewLesionFinding>(report.newLesion);
  const [impression, setImpression] = useState(report.impression);
  const [version, setVersion] = useState(report.version);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const tracked = caseData.trackedLesions;
  const others = useMemo(() => caseData.imagingReports.map(toResponseReport), [caseData.imagingReports]);
  const hasBaselineNonTargets = useMemo(() => {
    const baseline = others.find((r) => r.isBaseline && r.criteria === report.criteria && r.status !== 'DRAFT');
    return (baseline?.measurements.filter((m) => m.role === 'NON_TARGET').length ?? 0) > 0;
  }, [others, report.criteria]);

  const live = useMemo((): LiveResponse => {
    if (!editable) return storedResponse(report);
    const current: ResponseReport = {
      ...toResponseReport(report),
      nonTargetResponse: nonTarget || (hasBaselineNonTargets ? null : 'NONE'),
      newLesion,
      measurements: toMeasuredLesions(rows, tracked),
    };
    return computeLiveResponse(others, current);
  }, [editable, report, nonTarget, newLesion, rows, tracked, others, hasBaselineNonTargets]);

  const save = async (): Promise<number | null> => {
    setProblem(null);
    setRowErrors({});
    setNotice(null);
    const missingLabel = rows.findIndex((row) => !row.lesionId && row.label.trim() === '');
    if (missingLabel >= 0) {
      setRowErrors({ [missingLabel]: 'Name the lesion (e.g. “Liver lesion 1”) or choose an earlier one.' });
      return null;
    }
    const result = await editor.save({
      reportId: report.id,
      expectedVersion: version,
      lesions: toLesionInputs(rows, report.criteria),
      newLesion,
      impression,
      ...(nonTarget ? { nonTargetResponse: nonTarget } : {}),
    });
    if (!result.ok) {
      const index = lesionIndexOfField(result.problem.field);
      if (index !== null) setRowErrors({ [index]: result.problem.message ?? 'Check this lesion.' });
      setProblem(result.problem);
      return null;
    }
    setVersion(result.version);
    return result.version;
  };

  const saveDraft = async () => {
    if ((await save()) !== null) setNotice('Draft saved.');
  };

  const finalise = async () => {
    const saved = await save();
    if (saved === null) return;
    const result = await editor.finalise(report.id, saved);
    if (!result.ok) setProblem(result.problem);
    else setNotice(result.baselineMessages.length ? `Finalised, with baseline warnings: ${result.baselineMessages.join(' ')}` : 'The report is final.');
  };

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>
          {report.modality} {report.bodyRegion}, {formatDate(report.studyDate)}
        </h1>
        {report.status === 'DRAFT' ? <Badge tone="warning">Draft</Badge> : <Badge tone="good">Final</Badge>}
      </div>
      <p>
        <a href={hrefFor(`/cases/${caseData.id}`)}>{patientName(caseData.patient)}</a> · MRN {caseData.patient.mrn}
        {caseData.diagnosisText ? ` · ${caseData.diagnosisText}` : ''} · {criteriaLabel(report.criteria)}
        {report.isBaseline ? ' · baseline' : ' · follow-up'}
      </p>

      <div aria-live="polite">{notice && <p className="panel panel-info">{notice}</p>}</div>
      {problem && <ProblemPanel problem={problem} />}

      <div className="editor-layout">
        <div>
          <LesionTable rows={rows} onChange={setRows} tracked={tracked} criteria={report.criteria} editable={editable} rowErrors={rowErrors} />
          {report.criteria !== 'NONE' && !report.isBaseline && (
            <fieldset className="form-grid-2" disabled={!editable}>
              <legend>Reading</legend>
              {(report.criteria === 'RECIST_1_1' || report.criteria === 'MRECIST') && (
                <div className="field">
                  <label htmlFor="report-nontarget">Non-target lesions</label>
                  <select id="report-nontarget" value={nonTarget} onChange={(event) => setNonTarget(event.target.value as NonTargetResponse | '')}>
                    <option value="">{hasBaselineNonTargets ? 'Choose…' : 'None at baseline'}</option>
                    <option value="CR">Complete response (all gone)</option>
                    <option value="NON_CR_NON_PD">Non-CR / non-PD</option>
                    <option value="PD">Unequivocal progression</option>
                    <option value="NE">Not evaluated</option>
                    <option value="NONE">None at baseline</option>
                  </select>
                </div>
              )}
              <div className="field">
                <label htmlFor="report-newlesion">New lesion</label>
                <select id="report-newlesion" value={newLesion} onChange={(event) => setNewLesion(event.target.value as NewLesionFinding)}>
                  <option value="NO">No</option>
                  <option value="EQUIVOCAL">Equivocal</option>
                  <option value="YES">Yes</option>
                </select>
              </div>
            </fieldset>
          )}
          <div className="field">
            <label htmlFor="report-impression">Impression</label>
            <textarea id="report-impression" rows={3} value={impression} onChange={(event) => setImpression(event.target.value)} readOnly={!editable} />
          </div>
          {editable && (
            <div className="form-actions">
              <button type="button" className="button button-secondary" aria-disabled={editor.busy} onClick={editor.busy ? undefined : () => void saveDraft()}>
                Save draft
              </button>
              <button type="button" className="button button-primary-inline" aria-disabled={editor.busy} onClick={editor.busy ? undefined : () => void finalise()}>
                {editor.busy ? 'Saving…' : 'Finalise report'}
              </button>
            </div>
          )}
        </div>
        <ResponsePanel response={live} live={editable} />
      </div>
    </>
  );
}
