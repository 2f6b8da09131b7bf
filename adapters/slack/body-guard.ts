import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, type BufferedIncomingMessage } from '@slack/bolt';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Wraps Bolt's HTTP request listener so that a POST whose body is not a JSON object (`null`, `5`, `[]`, a bad
 * `payload=` form field, malformed JSON) is answered 400 with one log line before Bolt reads it. Bolt 5 reads
 * `body.ssl_check` off whatever JSON.parse returned, outside any try, so a signed `null` body was an unhandled
 * rejection that ended the process, and Discord with it. The body is buffered here the way Bolt buffers it
 * (`rawBody`), so Bolt still verifies the signature over the same bytes.
 */
export function guardRequestBodies(
  listener: RequestListener,
  log: (line: string) => void,
  bodyLimit: number = HTTPModuleFunctions.defaultBodyLimit,
): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST') return listener(req, res);
    void (async () => {
      let buffered: BufferedIncomingMessage;
      try {
        buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimit);
      } catch (err) {
        const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && (err as { statusCode?: number }).statusCode === 413;
        log(`slack: refused a request to ${req.url ?? '/'}: ${tooLarge ? `body over ${bodyLimit} bytes` : 'body could not be read'}`);
        return refuse(res, tooLarge ? 413 : 400);
      }
      const problem = bodyProblem(buffered.rawBody.toString(), req.headers['content-type']);
      if (problem) {
        log(`slack: refused a request to ${req.url ?? '/'}: ${problem}`);
        return refuse(res, 400);
      }
      listener(buffered, res);
    })().catch((err: unknown) => {
      log(`slack: request to ${req.url ?? '/'} failed: ${err instanceof Error ? err.message : String(err)}`);
      refuse(res, 500);
    });
  };
}

/** Why Bolt could not take this body, read as Bolt reads it; undefined when it is fine. */
export function bodyProblem(raw: string, contentType: string | undefined): string | undefined {
  // Bolt compares the header exactly, and parses anything else as JSON.
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(raw);
    if (form.payload === undefined) return undefined;
    if (typeof form.payload !== 'string') return 'more than one payload field';
    return jsonObjectProblem(form.payload, 'payload field');
  }
  return jsonObjectProblem(raw, 'body');
}

function jsonObjectProblem(text: string, what: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${what} is not valid JSON`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `${what} is JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not an object`;
  return undefined;
}

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status);
  res.end();
}
