import { openCamera, type OpenCamera } from '../pose/camera';
import { attachVideo, type VideoSource } from '../pose/video-source';

/**
 * The benchmark's control page (`npm run bench`, memory and soak): the camera opened with the
 * monitor's own request and attached to a video element the monitor's way, and nothing else. The
 * difference between the monitor page and this page is what the pose pipeline itself costs.
 */
interface CameraControl {
  start(): Promise<void>;
  stop(): void;
  state(): { playing: boolean; width: number; height: number };
}

declare global {
  interface Window {
    __cameraControl: CameraControl;
  }
}

let camera: OpenCamera | undefined;
let source: VideoSource | undefined;
const status = document.getElementById('status');

window.__cameraControl = {
  async start() {
    camera = await openCamera({ deviceId: '' }); // the system default, as a fresh install uses
    source = await attachVideo(camera.stream);
    if (status) status.textContent = 'playing';
  },
  stop() {
    source?.detach();
    camera?.stop();
    source = undefined;
    camera = undefined;
    if (status) status.textContent = 'stopped';
  },
  state: () => ({
    playing: source?.hasFrame() ?? false,
    width: source?.video.videoWidth ?? 0,
    height: source?.video.videoHeight ?? 0,
  }),
};
