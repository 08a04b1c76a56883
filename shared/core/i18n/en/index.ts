export { common } from './common';
export { core } from './core';
export { onboarding } from './onboarding';
export { shell } from './shell';
export { dashboard } from './dashboard';
export { settings } from './settings';
export { routines } from './routines';
