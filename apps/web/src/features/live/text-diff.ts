// Turns "the field now reads X" into the smallest Yjs edit (one delete and one insert between
// the common prefix and suffix), so concurrent typing elsewhere in the notes is preserved.

export interface TextEdit {
  index: number;
  deleteCount: number;
  insert: string;
}

export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return {
    index: start,
    deleteCount: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

interface EditableText {
  toString(): string;
  delete(index: number, length: number): void;
  insert(index: number, text: string): void;
}

export function applyTextEdit(text: EditableText, next: string): void {
  const edit = diffText(text.toString(), next);
  if (!edit) return;
  if (edit.deleteCount > 0) text.delete(edit.index, edit.deleteCount);
  if (edit.insert) text.insert(edit.index, edit.insert);
}
