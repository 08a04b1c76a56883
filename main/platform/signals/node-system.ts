import { execFile, spawn } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { App, BrowserWindow, Screen } from 'electron';
import type { SignalSystem } from './probe';
import { commandRunner } from './run-command';
import { startWindowsShell, type WindowsShell } from './windows-shell';

/** What the signal probes need from Electron (typed by Electron's own definitions). */
export interface ElectronForSignals {
  readonly app: Pick<App, 'getAppMetrics'>;
  readonly screen: Pick<Screen, 'getAllDisplays'>;
  readonly focusedWindow: () => BrowserWindow | null;
}

/** The real system behind the probes: this process's OS, commands, /proc and Electron's view. */
export function nodeSignalSystem(electron: ElectronForSignals): {
  system: SignalSystem;
  dispose: () => void;
} {
  let shell: WindowsShell | null = null;
  const system: SignalSystem = {
    platform: process.platform,
    env: process.env,
    homeDir: homedir(),
    run: commandRunner(execFile, process.env),
    files: {
      readFile: (path, encoding) => readFile(path, encoding),
      readdir: (path) => readdir(path),
      readlink: (path) => readlink(path),
    },
    ownPids: () =>
      new Set([process.pid, ...electron.app.getAppMetrics().map((metric) => metric.pid)]),
    ownExePath: process.execPath,
    displays: () => electron.screen.getAllDisplays().map((display) => display.bounds),
    ownWindowFocused: () => electron.focusedWindow() !== null,
    windowsShell: () => (shell ??= startWindowsShell(spawn)),
    now: () => Date.now(),
  };
  return { system, dispose: () => shell?.stop() };
}
