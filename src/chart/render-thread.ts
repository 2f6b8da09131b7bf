import { Worker } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import { StoryBotError, type StoryBotErrorCode } from '../errors.js';
import type { ChartOptions } from './chart-options.js';
import type { RenderReply, RenderRequest } from './chart-worker.js';
import type { PngImage } from './render-png.js';

let worker: Worker | undefined;
/** Set when a chart thread could not run at all: charts are then drawn in the caller's thread. */
let unavailable = false;
/** Whether the current thread has answered once, so a failure is a crash rather than a thread that cannot start. */
let answered = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (image: PngImage) => void; reject: (err: Error) => void }>();

/**
 * Renders on the chart thread (started on the first chart, then kept, never keeping the process alive), so the
 * caller's event loop goes on answering while a chart is drawn. Where a worker cannot start, renders in this thread.
 */
export async function renderOffThread(spec: TopLevelSpec, options: ChartOptions): Promise<PngImage> {
  const inThisThread = async () => (await import('./render-png.js')).renderPng(spec, options);
  const thread = unavailable ? undefined : chartThread();
  if (!thread) return inThisThread();
  const id = ++nextId;
  return new Promise<PngImage>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, spec, options } satisfies RenderRequest);
  }).catch((err: unknown) => {
    if (unavailable) return inThisThread();
    throw err;
  });
}

function chartThread(): Worker | undefined {
  if (worker) return worker;
  // Run from source (under tsx) the worker is a .ts file, so it registers tsx's loader before importing it;
  // built, it is plain .js.
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./chart-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  try {
    worker = fromSource
      ? new Worker(
          `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
          { eval: true },
        )
      : new Worker(entry);
  } catch {
    return undefined;
  }
  worker.unref();
  worker.on('message', (reply: RenderReply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!waiting.size) worker?.unref();
    answered = true;
    if (!job) return;
    if ('error' in reply)
      job.reject(new StoryBotError((reply.error.code as StoryBotErrorCode) ?? 'CHART_FAILED', reply.error.message));
    else
      job.resolve({
        png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength),
        width: reply.width,
        height: reply.height,
      });
  });
  // A thread that dies fails what it was drawing; the next chart starts a new one.
  const fail = (err: unknown) => {
    // Never answered: this machine cannot run the chart thread, so stop trying and draw in the caller's thread.
    if (!answered) unavailable = true;
    for (const job of waiting.values())
      job.reject(
        new StoryBotError('CHART_FAILED', `chart thread stopped: ${err instanceof Error ? err.message : String(err)}`),
      );
    waiting.clear();
    worker = undefined;
    answered = false;
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  return worker;
}

/**
 * tsx's registration API, resolved from this package rather than from wherever the process was started, and as an
 * import resolves it: `require.resolve` gives the CommonJS build (index.cjs), which cannot be imported in a worker
 * (it fails looking for its ESM half), so every chart under tsx fell back to the caller's thread and held its loop.
 */
function tsxApi(): string {
  return import.meta.resolve('tsx/esm/api');
}
