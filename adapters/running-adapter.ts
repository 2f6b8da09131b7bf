/** A started platform adapter, as the launcher sees it. */
export interface RunningAdapter {
  /** Human name for logs: "Discord", "Slack (Socket Mode)". */
  readonly name: string;
  /** Disconnects and frees ports; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Settles, with one line naming the cause, if the adapter stops for good by itself (Discord refusing the token
   * mid-session): the launcher then exits non-zero so a supervisor restarts or alerts. Never settles otherwise.
   */
  readonly died?: Promise<string>;
}
