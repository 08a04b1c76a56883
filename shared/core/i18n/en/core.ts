/** English words for the core area. German mirrors every key in ../de/core.ts. */
export const core = {
  /** Short clock-style durations in status lines: "30 s", "1:15". */
  duration: {
    seconds: '{{seconds}} s',
    minutesSeconds: '{{minutes}}:{{seconds}}',
    /** Spoken (break prompt): "1 min 30 s"; whole minutes and seconds use common:minutes/seconds. */
    minutesAndSeconds: '{{minutes}} min {{seconds}} s',
  },
  status: {
    starting: 'Starting…',
    pausedUntil: 'Paused until {{time}}',
    onBreakWithRoutine: {
      micro: 'On a micro break: routine playing',
      long: 'On a long break: routine playing',
    },
    onBreak: {
      micro: 'On a micro break ({{left}} left)',
      long: 'On a long break ({{left}} left)',
    },
    headsUp: {
      micro: 'A micro break starts in {{time}}',
      long: 'A long break starts in {{time}}',
    },
    routinePlaying: 'Playing a routine: posture checks wait until it ends',
    locked: 'Screen locked: monitoring is off',
    outsideWorkingHours: 'Outside working hours',
    inCall:
      'Another app is using the microphone or camera: Poise waits and leaves the camera to it',
    notWatching: {
      needsSetup: 'Finish setting up Poise to start posture watching',
      off: 'Posture watching is off: run setup again to turn it on',
    },
    recalibrating: 'Recalibrating your posture…',
    sittingWell: 'Sitting well',
    slouching: 'Slouching',
    slouchingNudged: 'Slouching: time to sit up',
    away: 'Away from the desk',
    unclear: 'Watching, but the view is unclear',
    /** {{action}}: the menu's "Recalibrate posture". */
    notCalibrated: 'Not calibrated yet: choose {{action}} in the menu',
    waitingForReading: 'Waiting for the first reading…',
    startingCamera: 'Starting the camera…',
  },
  /** What went wrong with the camera or the pose engine, by MonitorStatus problem. */
  monitorProblem: {
    noCamera: 'No camera found. Plug one in and Poise will pick it up.',
    permissionDenied:
      'Poise is not allowed to use the camera. Allow camera access in your system or browser settings.',
    cameraBusy:
      'The camera is in use by another app or could not be started. Poise will try again.',
    cameraLost: 'The camera was disconnected. Poise will resume when it is back.',
    modelMissing: 'The pose model files are missing. Reinstall Poise to restore them.',
    modelCorrupt:
      'The pose model files are damaged and could not be loaded. Reinstall Poise to restore them.',
    noBackend: 'Poise could not start its pose engine. Restart Poise to try again.',
  },
  /** Why Poise says what it says, by the reason's metric id (shared/posture). */
  reason: {
    earLine: 'Your head is lower than when you sat upright.',
    eyeLine: 'Your head is lower than when you sat upright.',
    shoulderLine: 'Your shoulders have sunk lower than when you sat upright.',
    neckHeight: 'Your head has dropped toward your shoulders.',
    neckHeightByEyes: 'Your head has dropped toward your shoulders.',
    headSize:
      'Your head is closer to the screen than your shoulders, or your shoulders are rounded.',
    neckAngle: 'Your head is pushed forward of your shoulders.',
    torsoNeck: 'Your head has sunk toward your chest.',
    shoulderWidth: 'Your shoulders are rolled forward.',
    trunkLean: 'Your upper body is leaning away from upright.',
    headPitch: 'Your chin is tucked down.',
    headTilt: 'Your head is tilted to one side.',
    shoulderTilt: 'One shoulder is higher than the other.',
    headOutOfSight: 'Your head has dropped forward, lower than when you sat upright.',
    presence: 'Nobody is in front of the camera.',
    people: 'More than one person is in view, so Poise is not judging posture.',
    hand: 'Your hand is in front of your face, so Poise waits before judging your posture.',
    keypoints: 'Poise cannot see your head and shoulders clearly enough to judge.',
    calibration: 'Sit upright and calibrate so Poise learns your posture.',
    picture:
      'The picture no longer matches your calibration (the camera or your seat may have moved), so Poise is not judging your posture. Recalibrate here if you work like this now.',
  },
  nudge: {
    tray: 'Time to sit tall.',
    notification: 'You have been slouching for a while: sit tall, ears over shoulders.',
    glow: 'Still slouching: roll your shoulders back and lengthen your neck.',
    sound: 'Poise here: a gentle reminder to sit up.',
    /** A nudge with the classifier's reason, so the person learns why. */
    withReason: '{{nudge}} ({{reason}})',
    acknowledge: 'Nice, that is better.',
    suggestStretch:
      'Slouching keeps coming back: a short stretch break may help more than another reminder.',
  },
  notification: {
    headsUp: {
      micro_one: 'A micro break starts in {{count}} second.',
      micro_other: 'A micro break starts in {{count}} seconds.',
      long_one: 'A long break starts in {{count}} second.',
      long_other: 'A long break starts in {{count}} seconds.',
    },
  },
  notice: {
    historyNotSaved:
      'Poise could not save your history ({{error}}). It keeps the last minutes in memory and will try again.',
    cameraMoved:
      'Your camera seems to have moved since you calibrated. Sit upright and choose “{{action}}” so Poise judges you fairly.',
    cameraFallback:
      'The camera you chose in Settings is not connected, so Poise is using your default camera. Plug it in and Poise will use it the next time monitoring starts, or choose another camera in Settings.',
    settingsFileUnreadable:
      'Your settings file could not be read, so Poise started with its default settings. The old file was kept as {{path}}.',
    settingsFileInvalid:
      'Some settings were not valid and went back to their defaults ({{fields}}). The old file was kept as {{path}}.',
    settingsUnreadable:
      'Your saved settings could not be read, so Poise started with its default settings.',
    settingsInvalid: 'Some settings were not valid and went back to their defaults ({{fields}}).',
  },
  tray: {
    tooltip: 'Poise: {{status}}',
    resume: 'Resume monitoring',
    pause: 'Pause',
    pauseHalfHour: 'For 30 minutes',
    pauseHour: 'For 1 hour',
    pauseUntilTomorrow: 'Until tomorrow',
    takeBreak: 'Take a break now',
    recalibrate: 'Recalibrate posture',
    finishSetup: 'Finish setting up Poise…',
    runSetupAgain: 'Run setup again…',
    openDashboard: 'Open dashboard',
    settings: 'Settings…',
    quit: 'Quit Poise',
  },
  /** The window's title while something needs the person (the tab strip and taskbar show it). */
  windowTitle: {
    plain: 'Poise',
    withNews: '{{news}} · Poise',
    slouching: 'Sit up',
    break: 'Break time',
    cameraProblem: 'Camera problem',
  },
  /** The Linux autostart entry's comment (the desktop shows it in its own language). */
  autostartComment: 'Posture coach: notices slouching and leads short breaks',
  breakPrompt: {
    kind: {
      micro: 'Micro break',
      long: 'Long break',
    },
    headsUpTitle: '{{kind}} in {{duration}}',
    onBreakTitle: '{{kind}}: {{duration}} left',
    headsUpDetail: 'Time to stretch, breathe or step away from the screen for a moment.',
    onBreakDetail: 'Step away from the screen. Poise will let you know when the break is over.',
    takeNow: 'Take it now',
    postpone: 'Postpone {{minutes}} min ({{left}} left)',
    noPostponesLeft: 'No postpones left',
    skipThisOne: 'Skip this one',
    skipTheRest: 'Skip the rest',
    finish: 'I am done',
  },
};
