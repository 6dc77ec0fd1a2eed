export type BadgeTone = 'neutral' | 'good' | 'warning' | 'danger' | 'info';

/** A short status word with a coloured frame; the colour is never the only signal. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: string }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
