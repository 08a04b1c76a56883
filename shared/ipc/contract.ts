import { z } from 'zod';
import type { AppStatus } from '../core/app-status';
import { appCommandSchema } from '../core/commands';
import type { PostureReport } from '../core/posture-status';
import type { PatchResult } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import type { SignalAvailability } from '../core/signals/signal-poll';
import { settingsPatchSchema } from '../core/settings/patch-schema';
import type { BreakPromptView } from '../core/break-prompt-view';
import type { HistoryReadResult } from '../core/history/history-store';
import type { ExportFile } from '../core/history/export-format';
import type { NudgeLevel, BreakKind } from '../core/app-effects';
import { baselineSchema, type Baseline } from '../posture/baseline';
import {
  REPLAYED_EVENT_CHANNELS,
  type EVENT_CHANNELS,
  type INVOKE_CHANNELS,
  type ReplayedEventChannel,
  type SEND_CHANNELS,
} from './channels';

/**
 * The one IPC contract (after Electron Fiddle's ipc-events.ts, typed end to end). Channel names
 * are `domain:verb`. Argument schemas are checked in main on every call: a renderer is never
 * trusted. The preload API and the renderer's `window.poise` type are derived from this file.
 */

const finite = z.number().finite();
const reasonSchema = z.object({
  metric: z.string().max(64),
  deviation: finite,
  message: z.string().max(300),
});

export const postureReportSchema = z.object({
  timeMs: finite,
  state: z.enum(['upright', 'slouching', 'away', 'uncertain']),
  reasons: z.array(reasonSchema).max(16).readonly(),
  slouchScore: z.number().min(0).max(1),
  recalibrationSuggested: z.boolean().optional(),
});

const problem = z.enum([
  'no-camera',
  'permission-denied',
  'camera-busy',
  'camera-lost',
  'model-missing',
  'model-corrupt',
  'no-backend',
]);
export const monitorStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('starting') }),
  z.object({
    kind: z.literal('running'),
    backend: z.string().max(32),
    cameraFallback: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('stopped'),
    reason: z.enum(['paused', 'break', 'locked', 'suspended', 'user', 'calibrating']),
  }),
  z.object({ kind: z.literal('error'), problem, message: z.string().max(500) }),
]);

/** renderer -> main, with a result (ipcRenderer.invoke / ipcMain.handle). */
export const invokeContract = {
  'settings:get': { args: z.tuple([]) },
  'settings:update': { args: z.tuple([settingsPatchSchema]) },
  'app:get-status': { args: z.tuple([]) },
  'app:command': { args: z.tuple([appCommandSchema]) },
  'app:signals': { args: z.tuple([]) },
  'history:read': {
    args: z.tuple([z.object({ fromMs: finite, toMs: finite }).refine((r) => r.fromMs <= r.toMs)]),
  },
  'history:export': { args: z.tuple([z.enum(['csv', 'json'])]) },
  'history:delete-all': { args: z.tuple([]) },
  'calibration:get': { args: z.tuple([z.string().max(256)]) },
  'calibration:save': { args: z.tuple([baselineSchema]) },
  'events:latest': { args: z.tuple([z.enum(REPLAYED_EVENT_CHANNELS)]) },
} as const satisfies Record<(typeof INVOKE_CHANNELS)[number], { args: z.ZodType }>;

export interface InvokeResults {
  'settings:get': Settings;
  'settings:update': PatchResult;
  'app:get-status': AppStatus;
  'app:command': void;
  /** Which platform signals (fullscreen, do-not-disturb, a call) this system can read. */
  'app:signals': SignalAvailability;
  'history:read': HistoryReadResult;
  'history:export': ExportFile;
  'history:delete-all': void;
  'calibration:get': Baseline[];
  'calibration:save': void;
  /** The latest payload sent on a replayed event channel, for a listener that started late. */
  'events:latest': EventPayloads[ReplayedEventChannel] | null;
}

/** renderer -> main, fire and forget (ipcRenderer.send / ipcMain.on). */
export const sendContract = {
  'posture:report': { args: z.tuple([postureReportSchema]) },
  'monitor:status': { args: z.tuple([monitorStatusSchema]) },
} as const satisfies Record<(typeof SEND_CHANNELS)[number], { args: z.ZodType }>;

/** main -> renderer events (webContents.send / ipcRenderer.on). */
export interface EventPayloads {
  'app:status': AppStatus;
  'settings:changed': Settings;
  /**
   * Whether the camera may run. mode 'calibrating': a calibration page (guided recalibration)
   * has its own camera and pose model, so the background monitor stands aside and `run` tells
   * that page whether it may keep the camera on (a pause, a break or a lock turns it off).
   */
  'monitor:control': {
    readonly run: boolean;
    readonly mode: 'normal' | 'calibrating' | 'exercise';
  };
  'app:notice': { readonly level: 'info' | 'warning' | 'error'; readonly message: string };
  /** Bring a view of the app window to the front: 'today', 'settings', 'onboarding', … */
  'app:show-view': { readonly view: string };
  /** What the coach wants shown right now: a nudge, its end, a thank-you, a stretch suggestion. */
  'coach:feedback':
    | { readonly kind: 'nudge'; readonly level: NudgeLevel; readonly message: string }
    | { readonly kind: 'clear' }
    | { readonly kind: 'acknowledge'; readonly message: string }
    | { readonly kind: 'suggest-stretch'; readonly message: string };
  /** The heads-up / on-break prompt, or null when no break is near. */
  'break:prompt': BreakPromptView | null;
  /** A break begins: the break window picks a routine that fits. */
  'break:start': {
    readonly kind: BreakKind;
    readonly durationSeconds: number;
    readonly recentSlouchShare: number;
    readonly suggestedFocus?: 'posture';
  };
  /** New minutes were saved (or all were deleted): dashboards re-read. */
  'history:changed': Record<string, never>;
}
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Compile-time check: channels.ts and the payload map name the same events. */
export const eventsCovered: SameKeys<(typeof EVENT_CHANNELS)[number], keyof EventPayloads> = true;

export type InvokeChannel = keyof typeof invokeContract;
export type SendChannel = keyof typeof sendContract;
export type EventChannel = keyof EventPayloads;

export type InvokeArgs<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['args']>;
export type SendArgs<C extends SendChannel> = z.input<(typeof sendContract)[C]['args']>;
/** What a handler in main receives: the arguments after schema parsing (defaults applied). */
export type InvokeParsed<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['args']>;
export type SendParsed<C extends SendChannel> = z.output<(typeof sendContract)[C]['args']>;

/** What the preload exposes as `window.poise`: derived, never hand-written. */
export type PoiseApi = {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResults[C]>;
  send<C extends SendChannel>(channel: C, ...args: SendArgs<C>): void;
  on<C extends EventChannel>(channel: C, listener: (payload: EventPayloads[C]) => void): () => void;
};

export type { PostureReport };
