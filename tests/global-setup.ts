// Builds dist/ once before the tests that run the installed `tzm` command as a user would.
// Type errors are reported but do not stop the tests: `npm ci` (prepare) and `npm run typecheck`
// are where they fail the build.
// Every temporary file of the run goes in one folder, removed when the run ends (below).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): () => void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) process.stderr.write(`tsc reported errors while building dist/:\n${result.stdout}${result.stderr}`);
  // The tests make hundreds of databases and exports in temporary folders (a run left about 1 GB
  // in /tmp). os.tmpdir() reads TMPDIR, in the test workers and in the `tzm` processes and
  // browsers they start, which inherit it: one folder for the run, removed by the teardown.
  const runTmp = mkdtempSync(path.join(tmpdir(), 'tzm-tests-'));
  process.env.TMPDIR = runTmp;
  return () => rmSync(runTmp, { recursive: true, force: true });
}
