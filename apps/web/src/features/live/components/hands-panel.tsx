import type { HandRaise } from '@consilium/contracts';

interface HandsPanelProps {
  hands: readonly HandRaise[];
  currentUserId: string;
  canManage: boolean;
  onRaise: () => void;
  onLower: (userId?: string) => void;
}

/** Who wants to speak, first come first served. */
export function HandsPanel({ hands, currentUserId, canManage, onRaise, onLower }: HandsPanelProps) {
  const mine = hands.some((hand) => hand.userId === currentUserId);
  return (
    <section className="card live-card" aria-labelledby="live-hands">
      <h2 id="live-hands">Raised hands ({hands.length})</h2>
      {hands.length === 0 ? (
        <p className="muted">Nobody is waiting to speak.</p>
      ) : (
        <ol className="live-hands">
          {hands.map((hand) => (
            <li key={hand.userId}>
              {hand.displayName}
              {hand.userId === currentUserId && ' (you)'}{' '}
              {canManage && hand.userId !== currentUserId && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onLower(hand.userId)}
                  aria-label={`Give the floor to ${hand.displayName}`}
                >
                  Give the floor
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {mine ? (
        <button type="button" className="button button-secondary" onClick={() => onLower()}>
          Lower my hand
        </button>
      ) : (
        <button type="button" className="button button-secondary" onClick={onRaise}>
          Raise my hand
        </button>
      )}
    </section>
  );
}
