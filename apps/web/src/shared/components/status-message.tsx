/** A polite, screen-reader-announced progress message ("Loading your profile…"). */
export function StatusMessage({ children }: { children: string }) {
  return (
    <p className="status-message" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
