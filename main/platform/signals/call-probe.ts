import { anyReading, type SignalReading } from '../../../shared/core/signals/signal-poll';
import {
  cameraUsers,
  parseConsentStore,
  parsePactlSourceOutputs,
  type OpenFile,
} from '../../../shared/core/signals/call';
import type { ProbeReading, SignalProbe, SignalSystem } from './probe';

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** Whether another app uses the microphone or the camera (core/signals/call.ts says how). */
export function callProbe(system: SignalSystem): SignalProbe | null {
  const signal = 'call';
  switch (system.platform) {
    case 'win32':
      return {
        signal,
        read: async () => {
          const readings = await Promise.all(
            ['microphone', 'webcam'].map(async (device): Promise<ProbeReading> => {
              const result = await system.run('reg', [
                'query',
                `${CONSENT_STORE}\\${device}`,
                '/s',
              ]);
              if (!result.ok) return result.missing ? 'unavailable' : 'unknown';
              return parseConsentStore(result.stdout, system.ownExePath).length > 0;
            }),
          );
          return combine(readings);
        },
      };
    case 'linux':
      return {
        signal,
        read: async () => {
          const own = system.ownPids();
          const microphone = async (): Promise<ProbeReading> => {
            const result = await system.run('pactl', ['list', 'source-outputs']);
            if (!result.ok) return result.missing ? 'unavailable' : 'unknown';
            return parsePactlSourceOutputs(result.stdout, own).length > 0;
          };
          const camera = async (): Promise<ProbeReading> =>
            cameraUsers(await videoDeviceFiles(system), own).length > 0;
          return combine(await Promise.all([microphone(), camera()]));
        },
      };
    default:
      // macOS: nothing reliable tells without extra permissions.
      return null;
  }
}

/** Unavailable only when no part can be read; otherwise what the readable parts say. */
function combine(readings: readonly ProbeReading[]): ProbeReading {
  const readable = readings.filter((r): r is SignalReading => r !== 'unavailable');
  return readable.length === 0 ? 'unavailable' : anyReading(readable);
}

/**
 * The open files of this user's processes that are video devices (/proc/<pid>/fd/* links).
 * Other users' processes cannot be read and do not matter: a call is the person's own.
 */
async function videoDeviceFiles(system: SignalSystem): Promise<OpenFile[]> {
  const { files } = system;
  const pids = (await files.readdir('/proc').catch(() => [])).filter((n) => /^\d+$/.test(n));
  const found: OpenFile[] = [];
  await Promise.all(
    pids.map(async (pid) => {
      const fds = await files.readdir(`/proc/${pid}/fd`).catch(() => []);
      for (const fd of fds) {
        const target = await files.readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
        if (!target.startsWith('/dev/video')) continue;
        const command = await files.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
        found.push({ pid: Number(pid), target, command });
      }
    }),
  );
  return found;
}
