import type { Readable } from 'node:stream';

export const minPasswordLength = 10;

/**
 * Reads a password from standard input: typed without echo when stdin is a terminal (asked
 * twice), otherwise the first line of what was piped in (`printf '%s\n' "$PW" | minga hub …`).
 * Never from an argument, which would land in the shell history and the process list.
 */
export async function readPassword(stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => void } = process.stdin): Promise<string> {
  if (stdin.isTTY && stdin.setRawMode) {
    const first = await promptHidden(stdin, 'Password: ');
    const second = await promptHidden(stdin, 'Repeat the password: ');
    if (first !== second) throw new Error('The two passwords differ.');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(Buffer.from(chunk as Buffer));
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function promptHidden(stdin: Readable & { setRawMode?: (raw: boolean) => void }, prompt: string): Promise<string> {
  process.stderr.write(prompt);
  stdin.setRawMode!(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.setRawMode!(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
