/**
 * A bounded memory of ids seen recently. Slack redelivers an event it thinks was lost (HTTP `X-Slack-Retry-Num`,
 * Socket Mode `retry_attempt`) and Bolt does not deduplicate, so the adapter remembers what it has answered.
 * The oldest ids are forgotten first; Slack retries within minutes, long before a busy bot cycles the memory.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(
    /** How many ids to remember. */
    readonly capacity: number,
  ) {}

  /** Remembers `id` and says whether it had not been seen before. */
  firstSight(id: string): boolean {
    const fresh = !this.ids.has(id);
    // Re-adding moves a redelivered id to the newest end, so it is remembered as long as its retries go on.
    this.ids.delete(id);
    this.ids.add(id);
    // A Set iterates in insertion order, so its first entries are the oldest.
    for (const old of this.ids) {
      if (this.ids.size <= this.capacity) break;
      this.ids.delete(old);
    }
    return fresh;
  }
}
