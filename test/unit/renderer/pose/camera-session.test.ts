import { describe, expect, it } from 'vitest';
import { createCameraSession } from '../../../../renderer/pose/camera-session';
import { fakeClock } from './support/fake-clock';
import { FakeMediaDevices, FakePermissions, fakeVideoSources } from './support/fake-media';

const MINUTE = 60_000;

/** A session on a fake clock and fake camera, recording what it tells its owner in order. */
function setup() {
  const clock = fakeClock();
  const media = new FakeMediaDevices();
  const permissions = new FakePermissions();
  const video = fakeVideoSources();
  const told: string[] = [];
  const session = createCameraSession({
    media,
    permissions,
    clock,
    attach: video.attach,
    request: () => ({ deviceId: '' }),
    onCamera: (camera) => told.push(camera ? 'camera' : 'released'),
    onReady: () => told.push('ready'),
    onProblem: (problem) => told.push(problem),
  });
  return { clock, media, permissions, video, told, session };
}

describe('camera session: opening and retrying', () => {
  it('retries a busy camera with a doubling backoff, then opens it', async () => {
    const { clock, media, told, session } = setup();
    media.camera = 'busy';
    await session.open();
    expect(told).toEqual(['camera-busy']);

    await clock.advance(999);
    expect(media.requests).toBe(1);
    await clock.advance(1);
    expect(media.requests).toBe(2);
    await clock.advance(1999);
    expect(media.requests).toBe(2);
    await clock.advance(1);
    expect(media.requests).toBe(3);

    media.camera = 'ready';
    await clock.advance(4000);
    expect(media.requests).toBe(4);
    expect(told).toEqual(['camera-busy', 'camera-busy', 'camera-busy', 'camera', 'ready']);
    expect(media.liveTracks()).toBe(1);
  });

  it('starts the backoff over once the camera has delivered frames', async () => {
    const { clock, media, session } = setup();
    media.camera = 'busy';
    await session.open();
    await clock.advance(1000); // second failure: the next wait would be 2 s, then 4 s
    media.camera = 'ready';
    await clock.advance(2000);
    expect(media.liveTracks()).toBe(1);

    media.camera = 'busy';
    media.liveTrack().end();
    await clock.advance(999);
    expect(media.requests).toBe(3);
    await clock.advance(1);
    expect(media.requests).toBe(4);
  });

  it('waits for the permission, not a timer, after a denial, and holds no camera meanwhile', async () => {
    const { clock, media, permissions, told, session } = setup();
    media.camera = 'denied';
    permissions.camera.state = 'denied';
    await session.open();
    expect(told).toEqual(['permission-denied']);
    await clock.advance(10 * MINUTE);
    expect(media.requests).toBe(1);
    expect(media.liveTracks()).toBe(0);

    media.camera = 'ready';
    permissions.camera.change('granted');
    await clock.settle();
    expect(media.requests).toBe(2);
    expect(told.slice(-2)).toEqual(['camera', 'ready']);
  });

  it('a permission revoked mid-run: the camera is released, the denial reported, the grant awaited', async () => {
    const { clock, media, permissions, told, session } = setup();
    await session.open();
    // Chromium ends the camera's tracks when its permission is taken away.
    permissions.camera.change('denied');
    media.camera = 'denied';
    media.liveTrack().end();
    expect(told.slice(-2)).toEqual(['released', 'camera-lost']);
    expect(media.liveTracks()).toBe(0);

    await clock.advance(1000);
    expect(told.at(-1)).toBe('permission-denied');
    await clock.advance(10 * MINUTE);
    expect(media.requests).toBe(2);

    media.camera = 'ready';
    permissions.camera.change('prompt');
    await clock.settle();
    expect(told.at(-1)).toBe('ready');
    expect(media.liveTracks()).toBe(1);
  });

  it('an unplugged camera is retried, and reopened the moment it is plugged back in', async () => {
    const { clock, media, told, session } = setup();
    await session.open();
    media.unplug();
    await clock.settle();
    // 'ended' reports the loss; the devicechange that follows tries at once and finds nothing.
    expect(told.slice(2)).toEqual(['released', 'camera-lost', 'no-camera']);
    expect(media.liveTracks()).toBe(0);

    await clock.advance(1500); // inside the backoff: no blind retry yet
    expect(media.requests).toBe(2);
    media.plugIn();
    await clock.settle();
    expect(media.requests).toBe(3);
    expect(told.slice(-2)).toEqual(['camera', 'ready']);
    expect(media.liveTracks()).toBe(1);
  });
});

describe('camera session: letting go', () => {
  it('close() stops every track and every retry', async () => {
    const { clock, media, told, session } = setup();
    await session.open();
    session.close();
    expect(media.liveTracks()).toBe(0);
    expect(told.at(-1)).toBe('released');

    media.camera = 'busy';
    await session.open();
    session.close();
    await clock.advance(10 * MINUTE);
    expect(media.requests).toBe(2);
    expect(clock.pendingTimers).toBe(0);
  });

  it('close() while getUserMedia is pending stops the late stream: no light left on', async () => {
    const { media, told, session } = setup();
    const answer = media.holdAnswers();
    const opening = session.open();
    session.close();
    answer();
    await opening;
    expect(media.streams).toHaveLength(1);
    expect(media.liveTracks()).toBe(0);
    expect(told).toEqual([]);
  });

  it('close() while the video is attaching releases the camera and detaches the late video', async () => {
    const { clock, media, video, told, session } = setup();
    const attached = video.holdAttach();
    const opening = session.open();
    await clock.settle();
    expect(told).toEqual(['camera']);
    session.close();
    expect(media.liveTracks()).toBe(0);
    attached();
    await opening;
    expect(video.sources[0]?.detached).toBe(true);
    expect(told).toEqual(['camera', 'released']);
  });

  it('rest() lets go of the camera and opens it again on time, reporting no problem', async () => {
    const { clock, media, told, session } = setup();
    await session.open();
    session.rest(6500);
    expect(session.resting).toBe(true);
    expect(media.liveTracks()).toBe(0);

    await clock.advance(6499);
    expect(media.requests).toBe(1);
    await clock.advance(1);
    expect(media.requests).toBe(2);
    expect(media.liveTracks()).toBe(1);
    expect(session.resting).toBe(false);
    expect(told).toEqual(['camera', 'ready', 'released', 'camera', 'ready']);
  });
});
