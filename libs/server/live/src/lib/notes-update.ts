import * as Y from 'yjs';
import { InputError } from '@consilium/server-core';

/** A payload that is not a Yjs update is refused before anything is stored. */
export function decodeUpdate(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes);
    doc.destroy();
    Y.decodeUpdate(bytes);
  } catch {
    throw new InputError('update', 'update: must be a Yjs update (base64)');
  }
  return bytes;
}
