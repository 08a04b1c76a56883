// `npm run test:security`: run Doyensec's Electronegativity over Poise's own source and fail on
// any finding that is not listed, with a written reason, in scripts/electronegativity-accepted.json.
//
// Why a staged copy: Electronegativity walks every file under its input (it filters node_modules
// only after listing them, which is slow) and would also scan dist/ bundles, whose vendored
// libraries are not ours to judge. So the app's sources (main/, preload/, renderer/, shared/) and package.json (for the
// Electron version) are copied into a temp folder and scanned there; file names in findings are
// relative to the repository root either way. The pages are staged as the build ships them,
// with the Content-Security-Policy <meta> that vite.config.ts writes into each, made by the same
// function (shared/security/content-security-policy.ts): the CSP checks judge the real policy,
// and a page the build could not give it would fail here too.
//
// Usage: node scripts/security-scan.mjs [--input DIR] [--accepted FILE]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['main', 'preload', 'renderer', 'shared', 'package.json'];

/**
 * Checks that are switched off, and why. Only checks that cannot give a stable answer here belong
 * in this list; a check that finds something in our code is answered in the accepted file instead.
 */
const EXCLUDED_CHECKS = {
  // Downloads Electron's release feed from GitHub on every run: the result changes with the day
  // and the network, and CI has no network. Electron's version is pinned in package.json and
  // moved forward by hand.
  availablesecurityfixesglobalcheck: 'needs the network (Electron release feed)',
};

const { values: args } = parseArgs({
  options: {
    input: { type: 'string' },
    accepted: {
      type: 'string',
      default: join(repoRoot, 'scripts/electronegativity-accepted.json'),
    },
  },
});

/** "renderer/*.html" style patterns: `*` matches within one path segment. */
function fileMatches(pattern, file) {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

function loadAccepted(path) {
  const entries = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a JSON array`);
  entries.forEach((entry, index) => {
    for (const key of ['id', 'file', 'why']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${path}[${index}]: "${key}" must be a non-empty string`);
      }
    }
    // A reason must be a reason, not a placeholder.
    if (entry.why.trim().length < 30) {
      throw new Error(`${path}[${index}] (${entry.id}): "why" is too short to be a justification`);
    }
  });
  return entries;
}

async function stageSources() {
  const { withPolicyMetaTag } = await tsImport(
    '../shared/security/content-security-policy.ts',
    import.meta.url,
  );
  const stage = mkdtempSync(join(tmpdir(), 'poise-security-'));
  for (const entry of SCANNED) {
    cpSync(join(repoRoot, entry), join(stage, entry), { recursive: true });
  }
  const pages = join(stage, 'renderer');
  for (const page of readdirSync(pages).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(pages, page), 'utf8');
    writeFileSync(join(pages, page), withPolicyMetaTag(html, `renderer/${page}`));
  }
  return stage;
}

async function scan(input) {
  // Electronegativity logs network failures (translations, release feed) with console.warn/error
  // through winston; they are noise offline, so they are kept and shown only if the scan fails.
  const run = require('@doyensec/electronegativity');
  return run({
    input,
    isRelative: true,
    customScan: [],
    excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    parserPlugins: [],
  });
}

const accepted = loadAccepted(args.accepted);
const input = args.input ? resolve(args.input) : await stageSources();
let result;
try {
  result = await scan(input);
} finally {
  if (!args.input) rmSync(input, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file,
  line: issue.location?.line ?? 0,
  severity: issue.severity?.name ?? '?',
  confidence: issue.confidence?.name ?? '?',
  description: issue.description,
}));
const used = new Set();
let passed = 0;
let failed = 0;

const scope = args.input ? input : SCANNED.join(', ');
console.log(
  `Electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ${scope}`,
);
for (const [check, why] of Object.entries(EXCLUDED_CHECKS))
  console.log(`  skipped ${check}: ${why}`);

// A file that fails to parse is a file nobody checked: that is a failure, not a pass.
for (const error of result.errors) {
  const label = error.tolerable ? 'parse warning' : 'FAIL parse error';
  console.log(`  ${label}: ${error.file}: ${error.message}`);
  if (!error.tolerable) failed += 1;
}

for (const finding of findings) {
  const index = accepted.findIndex(
    (entry) => entry.id === finding.id && fileMatches(entry.file, finding.file),
  );
  const where = `${finding.id} ${finding.file}:${finding.line} [${finding.severity}/${finding.confidence}]`;
  if (index >= 0) {
    used.add(index);
    passed += 1;
    console.log(`  accepted ${where}\n    why: ${accepted[index].why}`);
  } else {
    failed += 1;
    console.log(`  FAIL ${where}\n    ${finding.description}`);
  }
}

accepted.forEach((entry, index) => {
  if (!used.has(index)) {
    console.log(`  note: accepted entry no longer matches anything: ${entry.id} ${entry.file}`);
  }
});
if (failed > 0) {
  console.log(
    'Fix the code, or add the finding to scripts/electronegativity-accepted.json with a reason.',
  );
}
console.log(`security: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
