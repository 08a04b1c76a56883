import type { Wording } from './i18n/wording';

/**
 * What had to be repaired when the settings were read: kept as data, because the words depend on
 * the language setting, which is only known once the settings are read.
 */
export type SettingsProblem =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'invalid'; readonly fields: readonly string[] };

/**
 * The notice for a repaired settings file (the desktop app names the backup it kept) or for
 * repaired stored settings (the browser host keeps its backup out of sight).
 */
export function settingsNotice(
  problem: SettingsProblem,
  backupPath: string | null,
  wording: Wording,
): string {
  const { t } = wording;
  const fields = problem.kind === 'invalid' ? problem.fields.join(', ') : '';
  if (backupPath !== null) {
    return problem.kind === 'unreadable'
      ? t('core:notice.settingsFileUnreadable', { path: backupPath })
      : t('core:notice.settingsFileInvalid', { fields, path: backupPath });
  }
  return problem.kind === 'unreadable'
    ? t('core:notice.settingsUnreadable')
    : t('core:notice.settingsInvalid', { fields });
}
