/**
 * Baselines are per camera, stored under the camera chosen in settings; '' (the system default
 * camera) is stored as 'default'. The monitor reads under this key and recalibration saves under it.
 */
export const baselineKey = (cameraId: string): string => cameraId || 'default';
