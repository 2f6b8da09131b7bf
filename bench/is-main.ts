import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the script node was started with, so its command-line half should run and
 * not also run when another bench file (or a test) imports it. Node resolves `argv[1]` to an absolute path.
 */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] === fileURLToPath(moduleUrl);
}
