import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, CommentFields, deleteComment, readCommentCounts, readComments, reopenComment, resolveComment } from './comments';

describe('comments on elements', () => {
  it('adds, lists, resolves, reopens and deletes', () => {
    const doc = new Y.Doc();
    const first = addComment(doc, 'n1', { text: ' ¿Quién lo financia? ', author: 'Ana' }, 2);
    const second = addComment(doc, 'n1', { text: 'Revisar con la alcaldía', author: '' }, 1);
    addComment(doc, 'n2', { text: 'Bien', author: 'Luis' }, 3);
    expect(readComments(doc, 'n1').map((comment) => comment.id)).toEqual([second, first]);
    expect(readComments(doc, 'n1')[1]).toMatchObject({ text: '¿Quién lo financia?', author: 'Ana', resolved: false });
    expect(readComments(doc, null)).toHaveLength(3);
    expect(readCommentCounts(doc)).toEqual(new Map([['n1', 2], ['n2', 1]]));

    expect(resolveComment(doc, first)).toBe(true);
    expect(resolveComment(doc, first)).toBe(false);
    expect(readCommentCounts(doc).get('n1')).toBe(1);
    expect(reopenComment(doc, first)).toBe(true);
    expect(readCommentCounts(doc).get('n1')).toBe(2);
    expect(deleteComment(doc, first)).toBe(true);
    expect(deleteComment(doc, first)).toBe(false);
    expect(readComments(doc, 'n1')).toHaveLength(1);
  });

  it('refuses an empty comment', () => {
    const doc = new Y.Doc();
    expect(() => addComment(doc, 'n1', { text: '   ', author: 'Ana' }, 0)).toThrow();
    expect(CommentFields.safeParse({ text: '', author: '' }).error?.issues[0]?.message).toBe('validation.required');
    expect(readComments(doc, null)).toEqual([]);
  });
});
