// `npm run manifest`: writes adapters/slack/manifest.yml from the command table; `--check` only reports drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slackManifestYaml } from './manifest.js';

const file = fileURLToPath(new URL('./manifest.yml', import.meta.url));
const wanted = slackManifestYaml();
const current = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
})();

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('manifest: adapters/slack/manifest.yml is out of date with commands/; run `npm run manifest`');
    process.exit(1);
  }
  console.log('manifest: adapters/slack/manifest.yml is up to date');
} else {
  writeFileSync(file, wanted);
  console.log(
    current === wanted
      ? 'manifest: adapters/slack/manifest.yml unchanged'
      : 'manifest: wrote adapters/slack/manifest.yml',
  );
}
