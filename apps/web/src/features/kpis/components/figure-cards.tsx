import { downloadCsv, toCsv } from '../csv';
import { describe, FIGURE_CSV_HEADER, FIGURES, figureCsvRows, type Dashboard } from '../figures';
import type { DrillDown } from '../hooks/use-kpis';

/** One card per figure: the number, what it is made of, its cases and its CSV. */
export function FigureCards({ dashboard, onDrill }: { dashboard: Dashboard; onDrill: (drill: DrillDown) => void }) {
  return (
    <section aria-labelledby="kpi-figures">
      <h2 id="kpi-figures">Figures</h2>
      <ul className="kpi-cards">
        {FIGURES.map((def) => {
          const { headline, detail } = describe(def, dashboard);
          return (
            <li key={def.key} className="card kpi-card">
              <h3>{def.label}</h3>
              <p className="kpi-value">{headline}</p>
              <p className="muted">{detail}</p>
              <p className="kpi-help">{def.help}</p>
              <div className="kpi-actions">
                <button type="button" className="button button-link" onClick={() => onDrill({ figure: def.figure, label: def.label })}>
                  Cases behind it<span className="visually-hidden">: {def.label}</span>
                </button>
                <button
                  type="button"
                  className="button button-link"
                  onClick={() => downloadCsv(`kpi-${def.figure.toLowerCase()}.csv`, toCsv(FIGURE_CSV_HEADER, figureCsvRows(def, dashboard)))}
                >
                  CSV<span className="visually-hidden">: {def.label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
