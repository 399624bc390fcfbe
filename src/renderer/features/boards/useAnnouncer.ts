import { useCallback, useState } from 'react';

/**
 * Text for a polite live region. A repeated message gets an invisible variation, so a screen
 * reader announces "Note moved." again on the second move.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setMessage((current) => ({ text, count: current.count + 1 })), []);
  return { message: message.count % 2 === 0 ? message.text : `${message.text}\u00a0`, announce };
}
