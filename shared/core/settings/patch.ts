import { settingsSchema, type Settings } from './schema';

/** A partial update: any subset of sections and fields. Arrays replace, they do not merge. */
export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends readonly unknown[]
    ? Settings[K]
    : Settings[K] extends object
      ? Partial<Settings[K]>
      : Settings[K];
};

export type PatchResult =
  | { readonly ok: true; readonly settings: Settings }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Apply a patch and validate the result as a whole; invalid patches change nothing. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): PatchResult {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const existing = (current as Record<string, unknown>)[key];
    merged[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof existing === 'object'
        ? { ...(existing as object), ...value }
        : value;
  }
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`,
    ),
  };
}
