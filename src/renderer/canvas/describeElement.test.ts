import { describe, expect, it } from 'vitest';
import type { BoardElement } from '../../shared/board/elements';
import { findMatches } from './describeElement';

const base = { width: 100, height: 100, z: 0, locked: false, createdBy: '' };
const note = (id: string, text: string, x: number, y: number): BoardElement => ({ ...base, id, type: 'note', x, y, text, color: 'yellow', author: '', tags: [], hidden: false });

describe('find on board', () => {
  it('matches without regard to case or accents, in reading order', () => {
    const elements = [note('b', 'Participación', 300, 0), note('a', 'PARTICIPACION ciudadana', 0, 0), note('c', 'otra cosa', 0, 200)];
    expect(findMatches(elements, 'participacion')).toEqual(['a', 'b']);
    expect(findMatches(elements, '  ')).toEqual([]);
  });
});
