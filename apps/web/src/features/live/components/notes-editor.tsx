interface NotesEditorProps {
  text: string;
  onChange: (next: string) => void;
  caseTitle: string;
}

/** Shared notes of the current case: everyone in the room edits the same text. */
export function NotesEditor({ text, onChange, caseTitle }: NotesEditorProps) {
  return (
    <section className="card live-card" aria-labelledby="live-notes">
      <h2 id="live-notes">Shared notes</h2>
      <label htmlFor="live-notes-text" className="field-label">
        Notes on {caseTitle} (everyone in the room sees your changes as you type)
      </label>
      <textarea
        id="live-notes-text"
        className="live-notes"
        rows={8}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    </section>
  );
}
