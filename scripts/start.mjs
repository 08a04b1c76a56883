// `npm start`: build everything, then start the desktop app. Where no Electron binary can be had
// (CI machines, sandboxes), say so and offer the browser host instead of failing obscurely.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);

let electronBinary;
try {
  electronBinary = require('electron'); // the package's main export is the binary's path
} catch {
  electronBinary = undefined;
}
const { existsSync } = await import('node:fs');
if (typeof electronBinary !== 'string' || !existsSync(electronBinary)) {
  console.error(
    'The Electron binary is not installed here (it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD or could not be downloaded).\n' +
      'Reinstall with `npm install` on a machine with internet access, or try Poise in your browser: `npm run web`.',
  );
  process.exit(1);
}
const child = spawn(electronBinary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
