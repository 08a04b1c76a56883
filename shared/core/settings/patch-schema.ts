import { z } from 'zod';
import type { SettingsPatch } from './patch';
import { settingsSchema } from './schema';

/**
 * The shape of a settings patch as it arrives over IPC: any subset of sections, each a partial
 * section. Defaults are stripped on purpose: a patch that names one field must not reset its
 * siblings to their defaults. Ranges are checked again when the patch meets the whole object.
 */
const withoutDefault = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault
    ? withoutDefault(schema.unwrap() as z.ZodType)
    : schema;

const partialSection = (section: z.ZodType): z.ZodType => {
  const inner = withoutDefault(section);
  if (!(inner instanceof z.ZodObject)) return inner.optional();
  const fields = Object.entries(inner.shape as Record<string, z.ZodType>).map(
    ([key, field]) => [key, withoutDefault(field).optional()] as const,
  );
  return z.object(Object.fromEntries(fields)).strict().optional();
};

const { version: _version, ...sections } = settingsSchema.shape;

export const settingsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(sections).map(([key, section]) => [key, partialSection(section as z.ZodType)]),
    ),
  )
  .strict() as unknown as z.ZodType<SettingsPatch, SettingsPatch>;
