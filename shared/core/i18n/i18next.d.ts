import type { resources } from './resources';

// Typed keys: t('core:status.sittingWell') is checked against the English words at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
    returnNull: false;
  }
}
