import { describe, expect, it } from 'vitest';
import { classifyCameraError, isTransient } from '../../../../renderer/pose/camera-errors';
import { RETRY_MAX_MS, retryDelayMs } from '../../../../renderer/pose/retry-policy';
import { isSoftwareRenderer } from '../../../../renderer/pose/software-renderer';

describe('classifyCameraError', () => {
  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotReadableError', 'camera-busy'],
    ['TrackStartError', 'camera-busy'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['DevicesNotFoundError', 'no-camera'],
  ])('%s -> %s', (name, problem) => {
    const failure = classifyCameraError(new DOMException('x', name));
    expect(failure.problem).toBe(problem);
    expect(failure.message.length).toBeGreaterThan(10);
  });

  it('treats an unknown failure as transient (busy), never as a denial', () => {
    expect(classifyCameraError(new Error('weird')).problem).toBe('camera-busy');
    expect(classifyCameraError('nonsense').problem).toBe('camera-busy');
  });

  it('retries everything except a denial', () => {
    expect(isTransient('permission-denied')).toBe(false);
    expect(isTransient('camera-lost')).toBe(true);
    expect(isTransient('no-camera')).toBe(true);
  });
});

describe('retryDelayMs', () => {
  it('doubles from one second and caps at 30 s', () => {
    expect([0, 1, 2, 3].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(5)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(1000)).toBe(RETRY_MAX_MS);
    expect(() => retryDelayMs(-1)).toThrow(RangeError);
  });
});

describe('isSoftwareRenderer', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)', true],
    ['', true],
    [null, true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Apple M1', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', false],
  ])('%s -> %s', (renderer, software) => {
    expect(isSoftwareRenderer(renderer)).toBe(software);
  });
});
