import { z } from 'zod';

/**
 * What a person can ask Poise to do, from the tray menu, a window, or a notification. One schema
 * serves the tray (which builds these) and IPC (which must never trust what a renderer sends).
 */
export const appCommandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('pause'),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  }),
  z.object({ type: z.literal('pause-until-tomorrow') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('take-break'), kind: z.enum(['micro', 'long']).default('micro') }),
  z.object({ type: z.literal('postpone-break') }),
  z.object({ type: z.literal('skip-break') }),
  /** The break window is done: its routine ran to the end (completed) or the person closed it. */
  z.object({
    type: z.literal('finish-break'),
    routineId: z.string().max(80).optional(),
    completed: z.boolean(),
  }),
  /**
   * A routine came on screen, in a break (`inBreak`) or played from the library: posture is not
   * judged while it plays, and a break's routine decides when the break ends
   * (schedule/routine-hold.ts). A break's routine that starts after its break ended holds nothing.
   */
  z.object({
    type: z.literal('routine-started'),
    seconds: z.number().int().min(1).max(3600),
    inBreak: z.boolean(),
  }),
  /** A routine played from the library left the screen (finished, ended or its view closed). */
  z.object({ type: z.literal('routine-stopped') }),
  /** A routine played from the library (outside a break) ran to its end: it counts in history. */
  z.object({ type: z.literal('routine-done'), routineId: z.string().max(80) }),
  /** Open the guided recalibration (the tray's "Recalibrate posture"). */
  z.object({ type: z.literal('recalibrate') }),
  /**
   * A calibration page opened (on) or closed (off) its own camera: meanwhile the background
   * monitor stands aside, so the camera is never opened twice.
   */
  z.object({ type: z.literal('calibration-hold'), on: z.boolean() }),
  z.object({ type: z.literal('open-onboarding') }),
  z.object({ type: z.literal('open-dashboard') }),
  z.object({ type: z.literal('open-settings') }),
  z.object({ type: z.literal('quit') }),
]);

export type AppCommand = z.infer<typeof appCommandSchema>;
