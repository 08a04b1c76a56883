/**
 * A call in progress: another application using the microphone or the camera. Read where the
 * system tells (the reading is done by main/platform/signals/call-probe.ts):
 *
 * - Windows 10 (1903) and 11: the privacy settings' record of which apps use the microphone and
 *   the camera (the one behind the "in use" icon in the taskbar): under
 *   HKCU\...\CapabilityAccessManager\ConsentStore\{microphone,webcam}, an app that started
 *   (LastUsedTimeStart) and has not stopped (LastUsedTimeStop 0) is using it now.
 * - Linux: microphone recording streams from PulseAudio or PipeWire (`pactl list source-outputs`),
 *   and processes holding a /dev/video* device open (/proc/<pid>/fd).
 * - macOS: no source that is reliable without extra permissions, so the signal is unavailable.
 *
 * Poise's own processes never count: Poise itself holds the camera while it watches.
 */

/** Registry key names of apps using the device now, from `reg query <ConsentStore\device> /s`. */
export function parseConsentStore(stdout: string, ownExePath: string | null): string[] {
  const own = ownExePath?.replaceAll('\\', '#').toLowerCase() ?? null;
  const inUse: string[] = [];
  for (const block of stdout.split(/\r?\n(?=HKEY_)/)) {
    const key = /^HKEY_\S.*$/m.exec(block)?.[0].trim();
    if (!key) continue;
    const start = qword(block, 'LastUsedTimeStart');
    const stop = qword(block, 'LastUsedTimeStop');
    if (start === null || stop === null || start === 0n || stop !== 0n) continue;
    const app = key.slice(key.lastIndexOf('\\') + 1);
    if (own !== null && app.toLowerCase() === own) continue;
    inUse.push(app);
  }
  return inUse;
}

function qword(block: string, name: string): bigint | null {
  const hex = new RegExp(`^\\s+${name}\\s+REG_QWORD\\s+(0x[0-9a-f]+)`, 'im').exec(block)?.[1];
  return hex === undefined ? null : BigInt(hex);
}

export interface RecordingStream {
  readonly pid: number | null;
  readonly application: string | null;
}

/**
 * `LC_ALL=C pactl list source-outputs`: the recording streams that are running (not corked),
 * leaving out level meters ("Peak detect", as pavucontrol's) and Poise's own processes.
 */
export function parsePactlSourceOutputs(
  stdout: string,
  ownPids: ReadonlySet<number>,
): RecordingStream[] {
  const streams: RecordingStream[] = [];
  for (const block of stdout.split(/^(?=Source Output #\d+)/m)) {
    if (!block.startsWith('Source Output #')) continue;
    if (/^\s*Corked:\s*yes/m.test(block)) continue;
    const property = (name: string): string | null =>
      new RegExp(`^\\s*${name.replaceAll('.', '\\.')} = "([^"]*)"`, 'm').exec(block)?.[1] ?? null;
    if (property('media.name') === 'Peak detect') continue;
    const pidText = property('application.process.id');
    const pid = pidText !== null && /^\d+$/.test(pidText) ? Number(pidText) : null;
    if (pid !== null && ownPids.has(pid)) continue;
    streams.push({ pid, application: property('application.name') });
  }
  return streams;
}

export interface OpenFile {
  readonly pid: number;
  /** What /proc/<pid>/fd/<n> points at. */
  readonly target: string;
  /** /proc/<pid>/comm, the process name. */
  readonly command: string;
}

/**
 * Sound and video servers that may hold a camera device open without anyone watching (PipeWire
 * probes cameras for its own clients); an app that films through them is seen by its microphone.
 */
const CAMERA_BROKERS: ReadonlySet<string> = new Set(['pipewire', 'wireplumber']);

/** The processes other than Poise's own holding a video device (/dev/video0, …) open. */
export function cameraUsers(files: readonly OpenFile[], ownPids: ReadonlySet<number>): number[] {
  const pids = new Set<number>();
  for (const file of files) {
    if (!/^\/dev\/video\d+$/.test(file.target)) continue;
    if (ownPids.has(file.pid) || CAMERA_BROKERS.has(file.command.trim())) continue;
    pids.add(file.pid);
  }
  return [...pids];
}
