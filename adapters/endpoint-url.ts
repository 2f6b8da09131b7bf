import { ConfigError } from '../src/errors.js';

/**
 * Reads an endpoint override (`DISCORD_API_BASE`, `SLACK_API_URL`): an http or https URL, or a one-line
 * ConfigError naming the variable. Both adapters point their real clients at local fakes this way.
 */
export function parseEndpointUrl(variable: string, raw: string | undefined, example: string): URL | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('CONFIG_INVALID', variable, `must be a URL such as ${example}, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError('CONFIG_INVALID', variable, `must be an http or https URL, got "${raw}"`);
  return url;
}
