import type { MemoryStore } from './memory-store.js';
import type { StateStore, Turn } from './state-store.js';

const PROBE_EVERY_MS = 1_000;

/**
 * A shared store (Redis) with this process's memory behind it. While the shared store answers, it decides; when
 * it fails, the bot keeps answering from memory and says so in one log line (and one more when it is back).
 *
 * Ids are recorded in memory as well on every sighting, so an outage never makes this replica answer an event
 * twice: a retry of an event it answered before Redis went down is still recognised. (A retry that reaches
 * another replica during the outage cannot be recognised by anyone; that is the price of answering at all.)
 * Values are written to both, so a conversation carries on through an outage on the replica it was last on.
 */
export class FallbackStore implements StateStore {
  private down = false;
  /** While down, the shared store is asked again only from this time on (one probe a second), so a hung Redis costs one command timeout a second, not one per question. */
  private probeAt = 0;

  constructor(
    private readonly shared: StateStore,
    private readonly memory: MemoryStore,
    private readonly log: (line: string) => void,
    /** Names the shared store in log lines, e.g. its address. */
    private readonly name = shared.kind,
    /** Start on memory, as when the shared store was not reachable at start-up (already logged). */
    startDown = false,
  ) {
    this.down = startDown;
  }

  get kind(): string {
    return this.down ? `${this.shared.kind} (memory while it is down)` : this.shared.kind;
  }

  async firstSight(id: string, ttlMs: number): Promise<boolean> {
    // Seen here before means seen: no need to ask anyone.
    if (!this.memory.firstSightNow(id, ttlMs)) return false;
    return this.attempt(() => this.shared.firstSight(id, ttlMs), () => true);
  }

  hit(key: string, limit: number, windowMs: number): Promise<Turn> {
    return this.attempt(
      () => this.shared.hit(key, limit, windowMs),
      () => this.memory.hitNow(key, limit, windowMs),
    );
  }

  get(key: string): Promise<string | undefined> {
    return this.attempt(
      () => this.shared.get(key),
      () => this.memory.getNow(key),
    );
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.memory.setNow(key, value, ttlMs);
    await this.attempt(
      () => this.shared.set(key, value, ttlMs),
      () => undefined,
    );
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.shared.close(), this.memory.close()]);
  }

  private async attempt<T>(op: () => Promise<T>, fallback: () => T): Promise<T> {
    if (this.down && Date.now() < this.probeAt) return fallback();
    try {
      const value = await op();
      if (this.down) {
        this.down = false;
        this.log(`state: ${this.name} is back; state is shared again`);
      }
      return value;
    } catch (err) {
      this.probeAt = Date.now() + PROBE_EVERY_MS;
      if (!this.down) {
        this.down = true;
        this.log(
          `state: ${this.name} unreachable (${err instanceof Error ? err.message : String(err)}); answering from this process's memory until it is back`,
        );
      }
      return fallback();
    }
  }
}
