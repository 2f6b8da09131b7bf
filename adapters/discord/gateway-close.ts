// The gateway close codes after which Discord will not take the bot back until someone changes something, and
// what to change. discord.js stops reconnecting after these (its UNRECOVERABLE_CLOSE_CODES) and emits
// ShardDisconnect; left at that, the process exits 0 once nothing else runs, or idles with Discord dead beside
// Slack, and a supervisor neither restarts nor alerts.

const PORTAL = 'https://discord.com/developers/applications';

/** Close code → one line naming the cause and the fix. */
const FATAL_CLOSES = new Map<number, string>([
  [4004, `Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed); reset the token at ${PORTAL} → Bot and set it again`],
  [4010, 'Discord closed the gateway with 4010 (invalid shard); the shard settings are wrong'],
  [4011, 'Discord closed the gateway with 4011 (sharding required); the bot is in too many servers for one connection'],
  [4012, 'Discord closed the gateway with 4012 (invalid API version); update discord.js'],
  [4013, 'Discord closed the gateway with 4013 (invalid intents): the intents the bot asked for are not a valid set'],
  [4014, `Discord closed the gateway with 4014 (disallowed intents): the bot asked for a privileged intent that is not enabled at ${PORTAL} → Bot → Privileged Gateway Intents`],
]);

/** One line naming why the gateway closed for good. */
export function describeFatalClose(code: number): string {
  return FATAL_CLOSES.get(code) ?? `Discord closed the gateway for good (code ${code})`;
}

/**
 * Why login failed, as one line. A token Discord's REST API refuses (discord.js's TokenInvalid: the token was
 * reset, revoked, or belongs to nothing) gets the variable's name and where to get a new one, as a revoked token
 * refused at the gateway (4004) does; whoever reads the log should not have to know discord.js's wording.
 */
export function describeLoginFailure(err: unknown): string {
  if ((err as { code?: unknown } | null)?.code === 'TokenInvalid')
    return `Discord rejected DISCORD_TOKEN (an invalid token was provided): it was reset or revoked, or is not a bot token; reset it at ${PORTAL} → your application → Bot → Reset Token and set it again`;
  return err instanceof Error ? err.message : String(err);
}
