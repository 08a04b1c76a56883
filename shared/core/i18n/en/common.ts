/** English words used across the app. German mirrors every key in ../de/common.ts. */
export const common = {
  appName: 'Poise',
  language: {
    system: 'Same as the system',
    en: 'English',
    de: 'Deutsch',
  },
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  seconds_one: '{{count}} second',
  seconds_other: '{{count}} seconds',
  safety: {
    back: 'Back',
  },
};
