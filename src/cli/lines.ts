import type { Readable } from 'node:stream';

/**
 * The lines of a stream, split on LF only (a CRLF's CR is dropped). Unlike node:readline, a bare CR is kept as
 * part of its line: it is a character of the question (pasted from an old Mac file or a terminal), and splitting
 * on it would answer one question twice and shift every later answer off its line.
 */
export async function* linesOf(input: Readable): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    rest += chunk;
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, nl).replace(/\r$/, '');
      rest = rest.slice(nl + 1);
    }
  }
  if (rest) yield rest.replace(/\r$/, '');
}
