import type { LesionRole, ResponseCriteria } from '../../../gql/graphql';
import { emptyRow, type LesionRow, type TrackedLesionOption } from '../lesion-rows';

interface LesionTableProps {
  rows: LesionRow[];
  onChange: (rows: LesionRow[]) => void;
  tracked: readonly TrackedLesionOption[];
  criteria: ResponseCriteria;
  editable: boolean;
  rowErrors: Record<number, string>;
}

type SizeField = 'longAxisMm' | 'shortAxisMm' | 'viableDiameterMm' | 'perpendicularMm' | 'suvPeak';

const COLUMNS: Record<ResponseCriteria, { field: SizeField; label: string }[]> = {
  RECIST_1_1: [
    { field: 'longAxisMm', label: 'Long axis (mm)' },
    { field: 'shortAxisMm', label: 'Short axis (mm, nodes)' },
  ],
  MRECIST: [
    { field: 'longAxisMm', label: 'Long axis (mm)' },
    { field: 'viableDiameterMm', label: 'Viable diameter (mm)' },
    { field: 'shortAxisMm', label: 'Short axis (mm, nodes)' },
  ],
  RANO: [
    { field: 'longAxisMm', label: 'Long axis (mm)' },
    { field: 'perpendicularMm', label: 'Perpendicular (mm)' },
  ],
  PERCIST: [{ field: 'suvPeak', label: 'SULpeak' }],
  NONE: [{ field: 'longAxisMm', label: 'Long axis (mm)' }],
};

const ROLES: { value: LesionRole; label: string }[] = [
  { value: 'TARGET', label: 'Target' },
  { value: 'NON_TARGET', label: 'Non-target' },
  { value: 'NEW', label: 'New' },
];

/** The lesions of one report: identity (linked to earlier studies), role and sizes. */
export function LesionTable({ rows, onChange, tracked, criteria, editable, rowErrors }: LesionTableProps) {
  const columns = COLUMNS[criteria];
  const update = (index: number, patch: Partial<LesionRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const usedIds = new Set(rows.map((row) => row.lesionId).filter(Boolean));

  return (
    <section aria-labelledby="lesions-heading">
      <h2 id="lesions-heading">Lesions</h2>
      {rows.length === 0 && <p className="muted">No lesions recorded yet.</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table lesion-table">
            <caption className="visually-hidden">Lesion measurements of this report</caption>
            <thead>
              <tr>
                <th scope="col">Lesion</th>
                <th scope="col">Role</th>
                {columns.map((c) => (
                  <th scope="col" key={c.field}>
                    {c.label}
                  </th>
                ))}
                <th scope="col">Not measured</th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const n = index + 1;
                const name = row.label || `lesion ${n}`;
                const error = rowErrors[index];
                return (
                  <tr key={row.key} className={error ? 'row-invalid' : undefined}>
                    <td>
                      <label className="visually-hidden" htmlFor={`lesion-${n}-identity`}>
                        Lesion {n}: same lesion as on earlier studies
                      </label>
                      <select
                        id={`lesion-${n}-identity`}
                        value={row.lesionId}
                        disabled={!editable}
                        onChange={(event) => {
                          const picked = tracked.find((t) => t.id === event.target.value);
                          update(index, picked ? { lesionId: picked.id, label: picked.label, organ: picked.organ, nodal: picked.nodal } : { lesionId: '' });
                        }}
                      >
                        <option value="">New lesion (name it below)</option>
                        {tracked.map((t) => (
                          <option key={t.id} value={t.id} disabled={t.id !== row.lesionId && usedIds.has(t.id)}>
                            {t.label} ({t.organ}
                            {t.nodal ? ', node' : ''})
                          </option>
                        ))}
                      </select>
                      {!row.lesionId && (
                        <div className="new-lesion">
                          <label htmlFor={`lesion-${n}-label`}>Name</label>
                          <input id={`lesion-${n}-label`} value={row.label} readOnly={!editable} onChange={(event) => update(index, { label: event.target.value })} />
                          <label htmlFor={`lesion-${n}-organ`}>Organ</label>
                          <input id={`lesion-${n}-organ`} value={row.organ} readOnly={!editable} onChange={(event) => update(index, { organ: event.target.value })} />
                          <label className="checkbox">
                            <input type="checkbox" checked={row.nodal} disabled={!editable} onChange={(event) => update(index, { nodal: event.target.checked })} /> Lymph node
                          </label>
                        </div>
                      )}
                      {error && (
                        <p className="field-error" id={`lesion-${n}-error`}>
                          <span className="visually-hidden">Error: </span>
                          {error}
                        </p>
                      )}
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`lesion-${n}-role`}>
                        Role of {name}
                      </label>
                      <select id={`lesion-${n}-role`} value={row.role} disabled={!editable} onChange={(event) => update(index, { role: event.target.value as LesionRole })}>
                        {ROLES.map((r) => (
                          <option key={r.value} value={r.value}>
                            {r.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    {columns.map((c) => (
                      <td key={c.field}>
                        <label className="visually-hidden" htmlFor={`lesion-${n}-${c.field}`}>
                          {c.label} of {name}
                        </label>
                        <input
                          id={`lesion-${n}-${c.field}`}
                          className="size-input"
                          inputMode="decimal"
                          value={row[c.field]}
                          readOnly={!editable}
                          aria-invalid={error ? true : undefined}
                          onChange={(event) => update(index, { [c.field]: event.target.value })}
                        />
                      </td>
                    ))}
                    <td>
                      <label className="checkbox">
                        <input type="checkbox" checked={row.notMeasured} disabled={!editable} onChange={(event) => update(index, { notMeasured: event.target.checked })} />
                        <span className="visually-hidden">{name} not measured</span>
                      </label>
                    </td>
                    {editable && (
                      <td>
                        <button type="button" className="button button-link" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                          Remove<span className="visually-hidden"> {name}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <button type="button" className="button button-secondary" onClick={() => onChange([...rows, emptyRow()])}>
          Add a lesion
        </button>
      )}
    </section>
  );
}
