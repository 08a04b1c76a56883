import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { initialAppStatus } from '../../../../shared/core/app-status';
import { defaultSettings } from '../../../../shared/core/settings/schema';
import { invokeContract, sendContract } from '../../../../shared/ipc/contract';
import type { InvokeHandlers, SendHandlers } from '../../../../shared/ipc/handlers';
import { makeSenderCheck, registerIpcHandlers } from '../../../../main/ipc/register-handlers';
import { FakeIpcMain, type IpcOrigin } from '../../../support/fake-electron/ipc-main';
import { FakeWebContents } from '../../../support/fake-electron/web-contents';

const OWN_ID = 7;
/** A message from a page at `url` in webContents `senderId` (7 is one of Poise's windows). */
function from(url: string | null, senderId = OWN_ID): IpcOrigin {
  const sender = new FakeWebContents(senderId);
  void sender.loadURL(url ?? 'about:blank');
  return { sender, frameUrl: url };
}
const ours = from('poise://app/app.html');

function setup() {
  const ipc = new FakeIpcMain();
  const invoke: InvokeHandlers = {
    'settings:get': vi.fn(() => defaultSettings()),
    'settings:update': vi.fn(() => ({ ok: true as const, settings: defaultSettings() })),
    'app:get-status': vi.fn(() => initialAppStatus),
    'app:command': vi.fn(),
    'app:signals': vi.fn(() => ({ fullscreen: true, dnd: false, call: true })),
    'history:read': vi.fn(async () => ({ minutes: [], skipped: 0, unreadable: [] })),
    'history:export': vi.fn(async () => ({ filename: 'x.csv', mimeType: 'text/csv', text: '' })),
    'history:delete-all': vi.fn(async () => undefined),
    'calibration:get': vi.fn(async () => []),
    'calibration:save': vi.fn(async () => undefined),
    'events:latest': vi.fn(() => null),
  };
  const send: SendHandlers = { 'posture:report': vi.fn(), 'monitor:status': vi.fn() };
  const log = { warn: vi.fn() };
  const check = makeSenderCheck('poise://app', () => new Set([OWN_ID]));
  // The fake's listener methods return the fake, not Electron's IpcMain, hence the cast.
  registerIpcHandlers(ipc as unknown as IpcMain, { invoke, send }, check, log);
  return { ipc, invoke, send, log };
}

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract', () => {
    const { ipc } = setup();
    expect(ipc.handledChannels().sort()).toEqual(Object.keys(invokeContract).sort());
    expect(ipc.eventNames().sort()).toEqual(Object.keys(sendContract).sort());
  });

  it('passes well-formed calls from our own windows to the handler, parsed', async () => {
    const { ipc, invoke } = setup();
    await ipc.invoke(ours, 'app:command', { type: 'take-break' });
    expect(invoke['app:command']).toHaveBeenCalledWith({ type: 'take-break', kind: 'micro' });
    await expect(ipc.invoke(ours, 'settings:get')).resolves.toMatchObject({ version: 1 });
  });

  it.each([
    ['another origin', from('https://evil.example/app.html')],
    ['a file page', from('file:///tmp/app.html')],
    ['a webContents Poise did not create', from('poise://app/app.html', 99)],
    ['a frame with no URL', from(null)],
  ])('refuses invokes from %s and logs it', async (_name, sender) => {
    const { ipc, invoke, log } = setup();
    await expect(ipc.invoke(sender, 'app:command', { type: 'resume' })).rejects.toThrow(
      'unknown sender',
    );
    expect(invoke['app:command']).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('unknown sender'));
  });

  it.each([
    ['an unknown command', [{ type: 'format-disk' }]],
    ['a pause of minus ten minutes', [{ type: 'pause', minutes: -10 }]],
    ['no argument at all', []],
    ['extra arguments', [{ type: 'resume' }, 'extra']],
    ['a string instead of an object', ['resume']],
  ])('refuses %s with a logged error, never calling the handler', async (_name, args) => {
    const { ipc, invoke, log } = setup();
    await expect(ipc.invoke(ours, 'app:command', ...args)).rejects.toThrow('malformed');
    expect(invoke['app:command']).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('malformed'));
  });

  it('refuses a history range that runs backwards and a calibration that is not a baseline', async () => {
    const { ipc, invoke } = setup();
    await expect(ipc.invoke(ours, 'history:read', { fromMs: 10, toMs: 5 })).rejects.toThrow(
      'malformed',
    );
    await expect(ipc.invoke(ours, 'history:export', 'xml')).rejects.toThrow('malformed');
    await expect(ipc.invoke(ours, 'calibration:save', { cameraId: 'x' })).rejects.toThrow(
      'malformed',
    );
    expect(invoke['history:read']).not.toHaveBeenCalled();
    expect(invoke['calibration:save']).not.toHaveBeenCalled();
    await ipc.invoke(ours, 'history:read', { fromMs: 0, toMs: 60_000 });
    expect(invoke['history:read']).toHaveBeenCalledWith({ fromMs: 0, toMs: 60_000 });
  });

  it('answers the latest event only for channels that are replayed', async () => {
    const { ipc, invoke } = setup();
    await ipc.invoke(ours, 'events:latest', 'monitor:control');
    expect(invoke['events:latest']).toHaveBeenCalledWith('monitor:control');
    await expect(ipc.invoke(ours, 'events:latest', 'history:changed')).rejects.toThrow('malformed');
    expect(invoke['events:latest']).toHaveBeenCalledTimes(1);
  });

  it('refuses settings patches with unknown keys or wrong types', async () => {
    const { ipc, invoke } = setup();
    await expect(ipc.invoke(ours, 'settings:update', { evil: true })).rejects.toThrow('malformed');
    await expect(
      ipc.invoke(ours, 'settings:update', { monitoring: { sensitivity: 'max' } }),
    ).rejects.toThrow('malformed');
    expect(invoke['settings:update']).not.toHaveBeenCalled();
  });

  it('drops malformed or foreign fire-and-forget messages without throwing', () => {
    const { ipc, send, log } = setup();
    const report = { timeMs: 1, state: 'slouching', reasons: [], slouchScore: 0.4 };
    ipc.send(ours, 'posture:report', report);
    expect(send['posture:report']).toHaveBeenCalledWith(report);

    expect(() => ipc.send(ours, 'posture:report', { ...report, state: 'asleep' })).not.toThrow();
    expect(() =>
      ipc.send(ours, 'posture:report', { ...report, slouchScore: Number.NaN }),
    ).not.toThrow();
    expect(() => ipc.send(from('https://x.test/'), 'posture:report', report)).not.toThrow();
    expect(send['posture:report']).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('keeps the camera-fallback flag of a running monitor and refuses a wrong type for it', () => {
    const { ipc, send, log } = setup();
    const running = { kind: 'running', backend: 'wasm', cameraFallback: true };
    ipc.send(ours, 'monitor:status', running);
    expect(send['monitor:status']).toHaveBeenCalledWith(running);
    ipc.send(ours, 'monitor:status', { ...running, cameraFallback: 'yes' });
    expect(send['monitor:status']).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('survives a handler that throws', () => {
    const { ipc, send, log } = setup();
    vi.mocked(send['monitor:status']).mockImplementation(() => {
      throw new Error('boom');
    });
    expect(() => ipc.send(ours, 'monitor:status', { kind: 'starting' })).not.toThrow();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('boom'));
  });
});
