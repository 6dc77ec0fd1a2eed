import { formatDate, formatNumber } from '../../../shared/format';
import type { ComputedNumberFragment } from '../../../gql/graphql';

/** A computed number with the inputs it was computed from, its equation and its source. */
export function ComputedValue({ id, title, value, digits = 1 }: { id: string; title: string; value: ComputedNumberFragment; digits?: number }) {
  return (
    <section className="card computed" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {value.value === null || value.value === undefined ? (
        <p className="panel panel-warning">{value.note ?? 'Not computed: an input is missing.'}</p>
      ) : (
        <p className="computed-value">
          <strong>{formatNumber(value.value, digits)}</strong> {value.unit}
          {value.kdigoCategory && <span className="muted"> · KDIGO {value.kdigoCategory}</span>}
          {value.weightBasis && <span className="muted"> · {value.weightBasis.toLowerCase()} body weight</span>}
        </p>
      )}
      <p className="small">
        <span className="muted">Equation:</span> {value.equation}
      </p>
      {value.inputs.length > 0 && (
        <table className="data-table compact">
          <caption className="visually-hidden">Inputs of {title}</caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Value</th>
              <th scope="col">Measured</th>
            </tr>
          </thead>
          <tbody>
            {value.inputs.map((input) => (
              <tr key={input.name}>
                <td>{input.name}</td>
                <td>
                  {input.value}
                  {input.unit ? ` ${input.unit}` : ''}
                  {input.entered && <span className="muted small"> (entered as {input.entered})</span>}
                </td>
                <td>{formatDate(input.measuredOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {value.note && value.value !== null && value.value !== undefined && <p className="small">{value.note}</p>}
      <p className="source small">Source: {value.source}</p>
    </section>
  );
}
