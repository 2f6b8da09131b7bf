// Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and lists where the time went: self time per function, and
// total (inclusive) time per function, so a missed target names its hot spot rather than guessing at it.
import { readFileSync } from 'node:fs';
import { isMain } from './is-main.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface HotSpot {
  name: string;
  selfMs: number;
  totalMs: number;
}

/** The `top` functions by self time and by inclusive time, in milliseconds. */
function hotSpots(file: string, top = 8): { bySelf: HotSpot[]; byTotal: HotSpot[]; totalMs: number } {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  const totalMs = (prof.endTime - prof.startTime) / 1000;
  const perSample = totalMs / Math.max(1, prof.samples.length);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|adapters|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of prof.nodes) {
    const ms = (n.hitCount ?? 0) * perSample;
    if (!ms) continue;
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    // Count each function once per stack, so recursion does not inflate its inclusive time.
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  const rank = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).filter(([name]) => !/^\((root|program|idle|garbage collector)\)|^(anonymous)?\s*$/.test(name));
  const bySelf = rank(self).slice(0, top).map(([name, selfMs]) => ({ name, selfMs, totalMs: total.get(name) ?? 0 }));
  const byTotal = rank(total)
    .filter(([name]) => /src\//.test(name))
    .slice(0, top)
    .map(([name, totalMs]) => ({ name, selfMs: self.get(name) ?? 0, totalMs }));
  return { bySelf, byTotal, totalMs };
}

if (isMain(import.meta.url)) {
  const { bySelf, byTotal, totalMs } = hotSpots(process.argv[2], Number(process.argv[3] ?? 12));
  console.log(`profile: ${totalMs.toFixed(0)} ms`);
  console.log('self:');
  for (const h of bySelf) console.log(`  ${h.selfMs.toFixed(0).padStart(7)} ms  ${h.name}`);
  console.log('inclusive (src/):');
  for (const h of byTotal) console.log(`  ${h.totalMs.toFixed(0).padStart(7)} ms  ${h.name}`);
}
