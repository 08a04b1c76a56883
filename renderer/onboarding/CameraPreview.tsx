import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-wording';
import type { Keypoint } from '../../shared/posture/keypoints';
import { meanBrightness } from './placement-checks';
import { drawSkeleton } from './skeleton';

export interface CameraPreviewProps {
  readonly stream: MediaStream | null;
  readonly keypoints: readonly Keypoint[] | null;
  /** Mean brightness 0..1, measured twice a second from a 32x18 copy of the picture. */
  readonly onBrightness?: (brightness: number) => void;
}

const SAMPLE_W = 32;
const SAMPLE_H = 18;

/**
 * The live picture with the detected skeleton drawn over it. The picture stays in this element:
 * it is shown, never stored or sent anywhere.
 */
export function CameraPreview({ stream, keypoints, onBrightness }: CameraPreviewProps) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const brightnessCallback = useRef(onBrightness);
  brightnessCallback.current = onBrightness;

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    el.srcObject = stream;
    if (stream) void el.play().catch(() => undefined);
  }, [stream]);

  useEffect(() => {
    const canvas = overlay.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    drawSkeleton(ctx, keypoints, canvas.width, canvas.height);
  }, [keypoints]);

  useEffect(() => {
    if (!stream) return undefined;
    const sample = document.createElement('canvas');
    sample.width = SAMPLE_W;
    sample.height = SAMPLE_H;
    const ctx = sample.getContext('2d', { willReadFrequently: true });
    const timer = setInterval(() => {
      const el = video.current;
      if (!ctx || !el || el.readyState < 2) return;
      ctx.drawImage(el, 0, 0, SAMPLE_W, SAMPLE_H);
      brightnessCallback.current?.(meanBrightness(ctx.getImageData(0, 0, SAMPLE_W, SAMPLE_H).data));
    }, 500);
    return () => clearInterval(timer);
  }, [stream]);

  return (
    <div class="ob-preview">
      <video
        ref={video}
        class="ob-preview__video"
        muted
        playsInline
        aria-label={t('onboarding:camera.previewLabel')}
      />
      <canvas
        ref={overlay}
        class="ob-preview__overlay"
        width={640}
        height={480}
        aria-hidden="true"
      />
      {!stream && <p class="ob-preview__empty">{t('onboarding:camera.noPicture')}</p>}
    </div>
  );
}
