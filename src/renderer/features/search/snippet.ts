import { foldText } from '../../../shared/domain/text';

/** A piece of a search snippet: plain text or a matched word to highlight. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

const matchStart = '\u0002';
const matchEnd = '\u0003';

/**
 * Splits a snippet from the core, where matched words sit between \u0002 and \u0003, into
 * segments the page renders as text and <mark>, so user text is never parsed as HTML.
 * Unbalanced markers are tolerated: the markers themselves never reach the screen.
 */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text) {
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += text;
      else segments.push({ text, match });
    }
    text = '';
  };
  for (const character of snippet) {
    if (character === matchStart || character === matchEnd) {
      flush();
      match = character === matchStart;
    } else {
      text += character;
    }
  }
  flush();
  return segments;
}

/**
 * Highlights the words of a query inside a plain text (a hit's title), the way the core
 * matches them: ignoring accents and case, so "bogota" marks "Bogotá".
 */
export function highlightQuery(text: string, query: string): SnippetSegment[] {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  if (words.length === 0 || text === '') return text ? [{ text, match: false }] : [];
  // Fold character by character, remembering where each folded character came from.
  const characters = Array.from(text);
  let folded = '';
  const origin: number[] = [];
  characters.forEach((character, index) => {
    for (const part of foldText(character)) {
      folded += part;
      origin.push(index);
    }
  });
  const marked = new Array<boolean>(characters.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      for (let offset = 0; offset < word.length; offset += 1) marked[origin[at + offset] ?? 0] = true;
    }
  }
  const segments: SnippetSegment[] = [];
  characters.forEach((character, index) => {
    const match = marked[index] ?? false;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += character;
    else segments.push({ text: character, match });
  });
  return segments;
}
