// The chart renderer's own thread: drawing one chart holds a thread for 100 ms or more (and the first, which loads
// the libraries, far longer), which on the bot's event loop would stall every other conversation meanwhile.
import { parentPort } from 'node:worker_threads';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartOptions } from './chart-options.js';
import { renderPng } from './render-png.js';

/** One request from {@link renderInWorker}. */
export interface RenderRequest {
  id: number;
  spec: TopLevelSpec;
  options: ChartOptions;
}

export type RenderReply =
  | { id: number; png: Uint8Array; width: number; height: number }
  | { id: number; error: { code?: string; message: string } };

parentPort?.on('message', (request: RenderRequest) => {
  renderPng(request.spec, request.options).then(
    (image) => {
      const png = new Uint8Array(image.png.buffer, image.png.byteOffset, image.png.byteLength);
      parentPort!.postMessage({ id: request.id, png, width: image.width, height: image.height } satisfies RenderReply);
    },
    (err: unknown) => {
      const code = (err as { code?: unknown })?.code;
      parentPort!.postMessage({
        id: request.id,
        error: {
          ...(typeof code === 'string' ? { code } : {}),
          message: err instanceof Error ? err.message : String(err),
        },
      } satisfies RenderReply);
    },
  );
});
