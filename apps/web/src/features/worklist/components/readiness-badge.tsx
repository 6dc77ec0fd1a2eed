import { Badge } from '../../../shared/components/badge';

interface Readiness {
  ready: boolean;
  missing: readonly string[];
}

/** "Ready", or "Not ready" with each missing item named (never colour alone). */
export function ReadinessBadge({ readiness }: { readiness: Readiness }) {
  if (readiness.ready) return <Badge tone="good">Ready</Badge>;
  return (
    <div className="readiness">
      <Badge tone="warning">{`Not ready: ${readiness.missing.length} missing`}</Badge>
      <ul className="missing-list">
        {readiness.missing.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </div>
  );
}
