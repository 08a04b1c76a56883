import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordingFrames, repoRoot } from './repo-paths';

/**
 * Fake-camera videos for Chromium's --use-file-for-fake-video-capture, made with ffmpeg from the
 * real recordings in ../shared/data/frontal-webcam. Chromium loops the file, so each video is a
 * whole scene. Built once per machine into .cache/videos (never committed).
 */
export type FakeCameraVideo =
  | 'upright' // the upright recording, played in order
  | 'slouched' // the slouched recording
  | 'upright-then-slouched' // 12 s upright, then 25 s slouched, then 25 s upright again
  | 'upright-then-slumped' // 45 s upright, then 45 s slouched: time to calibrate both in onboarding
  | 'slouched-settled' // the slouched recording from where the slump has settled, from the first frame
  | 'still'; // one upright frame held: a perfectly still subject

const FPS = 10;
const cacheDir = resolve(repoRoot, '.cache/videos');
/** Repeat frames so a segment lasts `seconds` at FPS, cycling through the recording in order. */
function segment(list: string[], seconds: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < seconds * FPS; i += 1) out.push(list[i % list.length]!);
  return out;
}

function playlist(video: FakeCameraVideo): string[] {
  const upright = recordingFrames('upright');
  const slouched = recordingFrames('slouched');
  switch (video) {
    case 'upright':
      return upright;
    case 'slouched':
      return slouched;
    case 'upright-then-slouched':
      // Skip the first slouched frames: the recording opens on a transition that still looks upright.
      return [
        ...segment(upright, 12),
        ...segment(slouched.slice(Math.floor(slouched.length / 4)), 25),
        ...segment(upright.slice(Math.floor(upright.length / 2)), 25),
      ];
    case 'upright-then-slumped':
      return [
        ...segment(upright, 45),
        ...segment(slouched.slice(Math.floor(slouched.length / 4)), 45),
      ];
    case 'slouched-settled':
      // Chromium's fake camera starts its file again each time the camera is opened, so a
      // camera opened in short bursts (the camera-light saver) sees only the file's first
      // seconds: they must already show the slouch.
      return segment(slouched.slice(Math.floor(slouched.length / 4)), 25);
    case 'still':
      return segment([upright[Math.floor(upright.length / 2)]!], 3);
  }
}

/** Path of a y4m video for the fake camera; built with ffmpeg on first use. */
export function fakeCameraVideo(video: FakeCameraVideo): string {
  const target = join(cacheDir, `${video}.y4m`);
  if (existsSync(target)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const list = join(cacheDir, `${video}.txt`);
  writeFileSync(
    list,
    playlist(video)
      .map((file) => `file '${file.replace(/'/g, "'\\''")}'\nduration ${1 / FPS}`)
      .join('\n') + '\n',
  );
  const partial = `${target}.partial.y4m`;
  rmSync(partial, { force: true });
  execFileSync(
    'ffmpeg',
    [
      '-loglevel',
      'error',
      '-y',
      '-f',
      'concat',
      '-safe',
      '0',
      '-i',
      list,
      '-r',
      String(FPS),
      '-vf',
      'scale=640:360',
      '-pix_fmt',
      'yuv420p',
      partial,
    ],
    { stdio: 'inherit' },
  );
  // Rename last, so a killed build never leaves a half-written video that looks finished.
  renameSync(partial, target);
  return target;
}
