/** English words for the shell area. German mirrors every key in ../de/shell.ts. */
export const shell = {
  /** The section buttons (and the views only reached from elsewhere). */
  views: {
    navLabel: 'Sections',
    today: 'Today',
    routines: 'Routines',
    settings: 'Settings',
    help: 'Help',
    onboarding: 'Set up',
    recalibrate: 'Recalibrate',
  },
  notices: {
    label: 'Notices',
    dismiss: 'Dismiss',
  },
  footer:
    'Poise works entirely on this device: camera frames never leave it and nothing is sent over any network.',
  menu: {
    button: 'Menu',
    label: 'Poise controls',
  },
  loading: 'Loading…',
  /** The browser host after "Quit Poise". */
  stopped: 'Poise has stopped. Reload the page to start it again.',
  livePosture: {
    label: 'How you sit now',
    gauge: 'Slouch, on your own scale',
    /** {{value}} and {{line}} are already formatted numbers. */
    gaugeValue: '{{value}} of 100; your slouch line is at {{line}}',
    cannotJudge: 'Poise cannot judge your posture right now.',
    pastLine: 'You are past your slouch line.',
    closeToLine: 'Upright, but close to your slouch line.',
    upright: 'Upright: close to how you calibrated.',
  },
  help: {
    title: 'What Poise sees, and what it keeps',
    frames: 'Poise analyses camera frames on this computer. No image is stored or sent anywhere.',
    offline: 'It never connects to the internet: the pose model ships with the app.',
    cameraOff:
      'The camera is switched off while Poise is paused, during breaks, and while the screen is locked or the computer sleeps.',
    history:
      'Your history is a small record per minute, kept on this computer. You can export it or delete it from Today.',
    notMedical:
      'Poise is a coach for better sitting habits. It does not diagnose or treat any condition.',
  },
  today: {
    loading: 'Loading your history…',
    /** {{number}} is {{count}}, formatted. */
    damaged_one: '{{number}} damaged history record was skipped; everything else is shown.',
    damaged_other: '{{number}} damaged history records were skipped; everything else is shown.',
  },
  recalibrate: {
    title: 'Recalibrate your posture',
    intro:
      'Sit upright and hold still for a few seconds, the way you want to sit while you work. Poise measures your upright posture again, so it judges you fairly from now on.',
    cameraOff:
      'Poise has turned the camera off for now (paused, on a break, or outside your working hours), so it cannot recalibrate. Try again when Poise is watching.',
    opening: 'Opening the camera…',
    looking: 'Looking for you: sit facing the camera with your face and shoulders in view.',
    cancel: 'Cancel',
    done: 'Done',
    recording: {
      start: 'Start now',
      again: 'Recalibrate again',
      getReady: 'Sit upright and hold still.',
      holdStill: 'Hold still…',
      done: 'Recalibrated. Poise now knows your upright posture.',
    },
  },
};
