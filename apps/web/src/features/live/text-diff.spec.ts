import * as Y from 'yjs';

import { applyTextEdit, diffText } from './text-diff';

describe('diffText', () => {
  it('finds the changed span between the common prefix and suffix', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abc', 'abXc')).toEqual({
      index: 2,
      deleteCount: 0,
      insert: 'X',
    });
    expect(diffText('abcd', 'ad')).toEqual({
      index: 1,
      deleteCount: 2,
      insert: '',
    });
    expect(diffText('aaa', 'aaaa')).toEqual({
      index: 3,
      deleteCount: 0,
      insert: 'a',
    });
    expect(diffText('', 'new')).toEqual({
      index: 0,
      deleteCount: 0,
      insert: 'new',
    });
  });

  it('keeps a concurrent edit elsewhere in the shared text', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    mine.getText('notes').insert(0, 'CT shows progression.\n');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));

    // I type at the end of my field; at the same time they type at the start of theirs.
    applyTextEdit(mine.getText('notes'), 'CT shows progression.\nECOG 1.\n');
    theirs.getText('notes').insert(0, 'Reviewed: ');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));

    expect(mine.getText('notes').toString()).toBe('Reviewed: CT shows progression.\nECOG 1.\n');
    expect(theirs.getText('notes').toString()).toBe(mine.getText('notes').toString());
  });
});
