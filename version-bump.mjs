// `npm version <x>` runs this: copy the new version into manifest.json and record which
// Obsidian version it needs in versions.json.
import { readFileSync, writeFileSync } from 'node:fs';

const targetVersion = process.env.npm_package_version;
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = targetVersion;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
if (!Object.values(versions).includes(manifest.minAppVersion) || !(targetVersion in versions)) {
  versions[targetVersion] = manifest.minAppVersion;
  writeFileSync('versions.json', `${JSON.stringify(versions, null, 2)}\n`);
}
