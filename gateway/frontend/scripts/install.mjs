// npm ci from the committed lockfile, skipped when node_modules was installed from this very lockfile:
// a warm build stays fast, and a changed lockfile always gives a clean install.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.lachan-lockfile-sha256';
const wanted = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  console.log('portal: node_modules matches package-lock.json');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  writeFileSync(stamp, wanted + '\n');
}
