/** A started platform adapter, as the launcher sees it. */
export interface RunningAdapter {
  /** Human name for logs: "Discord", "Slack (Socket Mode)". */
  readonly name: string;
  /** Disconnects and frees ports; safe to call twice. */
  stop(): Promise<void>;
}
