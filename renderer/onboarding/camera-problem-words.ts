import type { CameraProblem } from '../pose/camera-errors';

/**
 * Why setup cannot see the camera, and what the person can do about it. Not the monitor's words
 * (pose/camera-errors.ts): the monitor retries by itself, while setup waits for "Try again", and
 * always offers to go on without a camera.
 */
export const SETUP_CAMERA_WORDS: Record<CameraProblem, string> = {
  'permission-denied':
    'Poise is not allowed to use the camera. Allow camera access for Poise in your browser or system settings, then choose Try again.',
  'no-camera': 'No camera found. Plug one in, then choose Try again.',
  'camera-busy':
    'The camera is busy: another app may be using it. Close that app, then choose Try again.',
  'camera-lost': 'The camera was disconnected. Plug it back in, then choose Try again.',
};
