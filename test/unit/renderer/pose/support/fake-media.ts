import type { CameraPermissions } from '../../../../../renderer/pose/camera-recovery';
import type { VideoSource } from '../../../../../renderer/pose/video-source';

/**
 * Stand-ins for the browser's camera objects, behaving as Chromium's do where the monitor can
 * tell: stop() ends a track silently, a camera that goes away ends its track with an 'ended'
 * event and fires 'devicechange', and getUserMedia fails with the spec's error names.
 */
export class FakeTrack extends EventTarget {
  readonly kind = 'video';
  readyState: 'live' | 'ended' = 'live';
  constructor(readonly deviceId: string) {
    super();
  }
  getSettings() {
    return { deviceId: this.deviceId };
  }
  stop() {
    this.readyState = 'ended';
  }
  /** What the browser does when the camera is unplugged or taken away. */
  end() {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export class FakeStream {
  constructor(readonly tracks: readonly FakeTrack[]) {}
  getTracks() {
    return [...this.tracks];
  }
  getVideoTracks() {
    return this.tracks.filter((track) => track.kind === 'video');
  }
}

export type FakeCameraState = 'ready' | 'busy' | 'absent' | 'denied';

const ERROR_NAMES: Record<Exclude<FakeCameraState, 'ready'>, string> = {
  busy: 'NotReadableError',
  absent: 'NotFoundError',
  denied: 'NotAllowedError',
};

export class FakeMediaDevices extends EventTarget {
  camera: FakeCameraState = 'ready';
  readonly streams: FakeStream[] = [];
  requests = 0;
  private gate: Promise<void> | undefined;

  async getUserMedia(): Promise<MediaStream> {
    this.requests += 1;
    await this.gate;
    if (this.camera !== 'ready') throw new DOMException('fake camera', ERROR_NAMES[this.camera]);
    const stream = new FakeStream([new FakeTrack('fake-camera')]);
    this.streams.push(stream);
    return stream as unknown as MediaStream;
  }

  /** Hold every getUserMedia answer until the returned function is called (a slow camera). */
  holdAnswers(): () => void {
    let open = () => {};
    this.gate = new Promise<void>((resolve) => (open = resolve));
    return () => {
      this.gate = undefined;
      open();
    };
  }

  liveTracks(): number {
    return this.streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length;
  }

  liveTrack(): FakeTrack {
    const live = this.streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live');
    if (live.length !== 1) throw new Error(`expected one live track, found ${live.length}`);
    return live[0]!;
  }

  unplug(): void {
    this.camera = 'absent';
    for (const stream of this.streams) for (const track of stream.getTracks()) track.end();
    this.dispatchEvent(new Event('devicechange'));
  }

  plugIn(): void {
    this.camera = 'ready';
    this.dispatchEvent(new Event('devicechange'));
  }
}

export class FakePermissionStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }
  change(state: PermissionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

export class FakePermissions implements CameraPermissions {
  readonly camera = new FakePermissionStatus('granted');
  async query() {
    return this.camera;
  }
}

/** A camera's frames: `scene` is the thumbnail the next grab returns; change it to move. */
export interface FakeFrames extends VideoSource {
  scene: Uint8Array;
  grabs: number;
  detached: boolean;
}

export function fakeFrames(): FakeFrames {
  const frames: FakeFrames = {
    video: {} as HTMLVideoElement,
    scene: still(),
    grabs: 0,
    detached: false,
    hasFrame: () => !frames.detached,
    grab: async () => {
      frames.grabs += 1;
      const pixels = { data: new Uint8Array(4 * 32 * 24), width: 32, height: 24 };
      return { pixels, thumbnail: frames.scene };
    },
    detach: () => {
      frames.detached = true;
    },
  };
  return frames;
}

/** attachVideo's stand-in: every stream becomes fake frames; `holdAttach` makes it slow. */
export function fakeVideoSources() {
  const sources: FakeFrames[] = [];
  let gate: Promise<void> | undefined;
  const attach = async (): Promise<VideoSource> => {
    await gate;
    const frames = fakeFrames();
    sources.push(frames);
    return frames;
  };
  const holdAttach = (): (() => void) => {
    let open = () => {};
    gate = new Promise<void>((resolve) => (open = resolve));
    return () => {
      gate = undefined;
      open();
    };
  };
  return { attach, sources, holdAttach };
}

/** A 32x24 thumbnail of one grey level: a scene where nothing moves. */
export function still(level = 100): Uint8Array {
  return new Uint8Array(32 * 24).fill(level);
}

/** `still()` with every other pixel changed: motion far above any threshold. */
export function moved(): Uint8Array {
  const thumb = still();
  for (let i = 0; i < thumb.length; i += 2) thumb[i] = 250;
  return thumb;
}
