import type * as Y from 'yjs';
import type { ReportBoardData, ReportNoteGroup, ReportVoting } from '../../shared/contract/reports';
import { isInside } from '../../shared/board/facilitation/boardReading';
import { readVotingResults } from '../../shared/board/facilitation/votingDoc';
import type { BoardElement, FrameElement, NoteElement, ZoneElement } from '../../shared/board/elements';
import type { BoardKind } from '../../shared/domain/board';
import { boardElementCount, readElements } from '../../shared/documents/boardDoc';

type Area = ZoneElement | FrameElement;

/** Top to bottom, then left to right: the order a person reads a wall of notes in. */
const readingOrder = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;

/**
 * A board as the workshop report lists it: its notes grouped by the template zone (or frame)
 * they sit in, with the dots of the last finished vote. Notes still hidden by private mode are
 * only counted, so a report never reveals what the room has not seen yet.
 */
export function reportBoard(doc: Y.Doc, summary: { id: string; title: string; kind: BoardKind }): ReportBoardData {
  const elements = readElements(doc);
  const results = readVotingResults(doc);
  const votes = new Map((results?.ranking ?? []).map((entry) => [entry.elementId, entry.votes]));
  const notes = elements.filter((element): element is NoteElement => element.type === 'note');
  const visible = notes.filter((note) => !note.hidden).sort(readingOrder);
  // Zones before frames: a note in a frame drawn over a template zone belongs to the zone.
  const areas = elements
    .filter((element): element is Area => element.type === 'zone' || element.type === 'frame')
    .sort((a, b) => (a.type === b.type ? readingOrder(a, b) : a.type === 'zone' ? -1 : 1));

  const groups = new Map<string, ReportNoteGroup>();
  const loose: ReportNoteGroup = { kind: 'loose', zoneKey: '', title: '', notes: [] };
  for (const area of areas) groups.set(area.id, { kind: area.type, zoneKey: area.type === 'zone' ? area.zoneKey : '', title: area.title, notes: [] });
  for (const note of visible) {
    const area = areas.find((candidate) => isInside(note, candidate));
    const group = area ? groups.get(area.id)! : loose;
    group.notes.push({ id: note.id, text: note.text, votes: votes.get(note.id) ?? 0 });
  }
  return {
    id: summary.id,
    title: summary.title,
    kind: summary.kind,
    elementCount: boardElementCount(elements as BoardElement[]),
    groups: [...groups.values(), loose].filter((group) => group.notes.length > 0),
    hiddenNotes: notes.length - visible.length,
    voting: results ? reportVoting(results, new Set(notes.filter((note) => note.hidden).map((note) => note.id))) : null,
  };
}

function reportVoting(results: NonNullable<ReturnType<typeof readVotingResults>>, hidden: ReadonlySet<string>): ReportVoting {
  return {
    endedAt: results.endedAt,
    dotsPerVoter: results.dotsPerVoter,
    voterCount: results.voterCount,
    anonymous: results.anonymous,
    ranking: results.ranking.filter((entry) => !hidden.has(entry.elementId)).map(({ elementId, headline, votes, position }) => ({ elementId, headline, votes, position })),
  };
}
