import type { SnippetSegment } from './snippet';

/** Text with its matched words highlighted; segments render as text nodes, never as HTML. */
export function Highlighted({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
