/**
 * The link a server admin opens to add the bot. `bot` puts the bot user in the server; `applications.commands`
 * lets its slash commands appear there. No permissions are requested: interaction replies need none.
 */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands' });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
