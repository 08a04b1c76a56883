import { describe, expect, it } from 'vitest';
import {
  cameraUsers,
  parseConsentStore,
  parsePactlSourceOutputs,
} from '../../../../../shared/core/signals/call';

const POISE = new Set([4100, 4107, 4122]);

describe('a call on Windows (reg query ConsentStore\\microphone /s)', () => {
  const STORE =
    'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\microphone';
  const sample = [
    '',
    STORE,
    '    Value    REG_SZ    Allow',
    '',
    `${STORE}\\Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe`,
    '    Value    REG_SZ    Allow',
    '    LastUsedTimeStart    REG_QWORD    0x1da6f1c2b3e4f50',
    '    LastUsedTimeStop    REG_QWORD    0x1da6f1c9a0b1c20',
    '',
    `${STORE}\\NonPackaged`,
    '    Value    REG_SZ    Allow',
    '',
    `${STORE}\\NonPackaged\\C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe`,
    '    LastUsedTimeStart    REG_QWORD    0x1da7020d4c5e6f7',
    '    LastUsedTimeStop    REG_QWORD    0x0',
    '',
    `${STORE}\\NonPackaged\\C:#Program Files#Poise#Poise.exe`,
    '    LastUsedTimeStart    REG_QWORD    0x1da7020a1b2c3d4',
    '    LastUsedTimeStop    REG_QWORD    0x0',
    '',
    `${STORE}\\NonPackaged\\C:#Tools#never-used.exe`,
    '    LastUsedTimeStart    REG_QWORD    0x0',
    '    LastUsedTimeStop    REG_QWORD    0x0',
    '',
  ].join('\r\n');

  it('finds the app that started and has not stopped, leaving Poise itself out', () => {
    expect(parseConsentStore(sample, 'C:\\Program Files\\Poise\\Poise.exe')).toEqual([
      'C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe',
    ]);
  });

  it('sees Poise too when asked without its path, and nothing in an idle store', () => {
    expect(parseConsentStore(sample, null)).toHaveLength(2);
    const idle = sample.replaceAll(
      'LastUsedTimeStop    REG_QWORD    0x0\r',
      'LastUsedTimeStop    REG_QWORD    0x1da70\r',
    );
    expect(parseConsentStore(idle, null)).toEqual([]);
    expect(
      parseConsentStore(
        'ERROR: The system was unable to find the specified registry key or value.',
        null,
      ),
    ).toEqual([]);
  });
});

describe('a call on Linux: recording streams (LC_ALL=C pactl list source-outputs)', () => {
  const output = (n: number, props: Record<string, string>, corked = 'no') =>
    [
      `Source Output #${n}`,
      '\tDriver: PipeWire',
      '\tOwner Module: n/a',
      '\tClient: 88',
      '\tSource: 57',
      '\tSample Specification: float32le 1ch 48000Hz',
      '\tChannel Map: mono',
      '\tFormat: pcm, format.sample_format = "\\"float32le\\""  format.rate = "48000"  format.channels = "1"  format.channel_map = "\\"mono\\""',
      `\tCorked: ${corked}`,
      '\tMute: no',
      '\tVolume: mono: 65536 / 100% / 0.00 dB',
      '\t        balance 0.00',
      '\tBuffer Latency: 0 usec',
      '\tSource Latency: 0 usec',
      '\tResample method: PipeWire',
      '\tProperties:',
      ...Object.entries(props).map(([k, v]) => `\t\t${k} = "${v}"`),
      '',
    ].join('\n');

  it('finds a running recording stream of another app', () => {
    const firefox = output(91, {
      'media.name': 'AudioCallbackDriver',
      'application.name': 'Firefox',
      'application.process.id': '23817',
      'application.process.binary': 'firefox',
      'node.name': 'Firefox',
    });
    expect(parsePactlSourceOutputs(firefox, POISE)).toEqual([
      { pid: 23817, application: 'Firefox' },
    ]);
  });

  it('leaves out paused (corked) streams, level meters and Poise itself', () => {
    const text = [
      output(92, { 'application.name': 'Zoom', 'application.process.id': '3001' }, 'yes'),
      output(93, {
        'media.name': 'Peak detect',
        'application.name': 'PulseAudio Volume Control',
        'application.process.id': '3002',
      }),
      output(94, { 'application.name': 'Poise', 'application.process.id': '4122' }),
    ].join('');
    expect(parsePactlSourceOutputs(text, POISE)).toEqual([]);
    expect(parsePactlSourceOutputs('', POISE)).toEqual([]);
  });
});

describe('a call on Linux: video devices open (/proc/<pid>/fd)', () => {
  it("counts another app's /dev/video*, not Poise's and not the sound server's", () => {
    const files = [
      { pid: 4122, target: '/dev/video0', command: 'poise\n' },
      { pid: 1650, target: '/dev/video0', command: 'pipewire\n' },
      { pid: 2200, target: '/dev/dri/card0', command: 'zoom\n' },
      { pid: 2200, target: 'socket:[81234]', command: 'zoom\n' },
      { pid: 2200, target: '/dev/video2', command: 'zoom\n' },
      { pid: 2200, target: '/dev/video3', command: 'zoom\n' },
    ];
    expect(cameraUsers(files, POISE)).toEqual([2200]);
    expect(cameraUsers(files.slice(0, 4), POISE)).toEqual([]);
  });
});
