/** English words for the onboarding area. German mirrors every key in ../de/onboarding.ts. */
export const onboarding = {
  kicker: {
    first: 'Setting up Poise',
    rerun: 'Set up Poise again',
  },
  stepsLabel: 'Steps',
  steps: {
    welcome: 'Welcome to Poise',
    camera: 'Choose your camera',
    placement: 'Place the camera',
    calibration: 'Calibrate your upright posture',
    schedule: 'Breaks',
    login: 'Start with your computer',
  },
  nav: {
    back: 'Back',
    notNow: 'Not now',
    withoutCamera: 'Continue without a camera (breaks only)',
    continueAnyway: 'Continue anyway',
    allowCamera: 'Allow camera',
    next: 'Next',
    finish: 'Finish',
  },
  welcome: {
    intro:
      'Poise watches your posture through your webcam while you work. When you slouch for a while it gives you a gentle nudge, and it leads short guided breaks so you move regularly.',
    privacyTitle: 'Your privacy',
    privacy: {
      onDevice:
        'The camera picture is analysed on this computer and never leaves it. No image is ever saved.',
      offline: 'Poise never connects to the internet: no accounts, no uploads, no tracking.',
      numbersOnly:
        'Only numbers are kept, such as minutes upright per day, and you can export or delete them at any time.',
      pause: 'Pause Poise from the tray whenever you like; the camera turns off while paused.',
    },
    cameraTitle: 'Your camera',
    /** The sentence around the "Allow camera" button's name, which is shown in bold. */
    cameraBefore: 'Poise turns the camera on only when you choose ',
    cameraAfter:
      '. Rather not, or no camera? Poise can lead your breaks without one, and you can run this setup again later.',
  },
  camera: {
    label: 'Camera',
    /** A camera the system gives no name. */
    unnamed: 'Camera {{number}}',
    hint: 'Use the camera that faces you, usually the one at the top of your screen.',
    orWithout: 'Or go on without a camera: Poise still leads your breaks.',
    tryAgain: 'Try again',
    seen: 'Poise can see you: the dots follow your face and shoulders.',
    looking: 'Looking for you…',
    opening: 'Opening the camera…',
    previewLabel: 'Live camera preview',
    noPicture: 'No camera picture yet.',
    /** Why setup cannot see the camera; setup waits for "Try again". */
    problem: {
      'permission-denied':
        'Poise is not allowed to use the camera. Allow camera access for Poise in your browser or system settings, then choose Try again.',
      'no-camera': 'No camera found. Plug one in, then choose Try again.',
      'camera-busy':
        'The camera is busy: another app may be using it. Close that app, then choose Try again.',
      'camera-lost': 'The camera was disconnected. Plug it back in, then choose Try again.',
      engine:
        'Poise’s pose detection could not start, so setup cannot see you. Restart Poise and try again, or go on without a camera.',
    },
  },
  placement: {
    intro:
      'Sit as you normally work. Poise needs your face and both shoulders in the picture, in good light.',
    ready: 'All set: the camera is well placed.',
    notReady: 'Adjust until every check is OK, or continue anyway.',
    /** Read out after each check's name. */
    status: {
      ok: 'OK',
      problem: 'Needs a change',
      unknown: 'Checking',
    },
    label: {
      face: 'Face in the picture',
      shoulders: 'Both shoulders in the picture',
      distance: 'Distance from the camera',
      light: 'Light',
    },
    advice: {
      notSeenYet:
        "Poise can't see you yet: sit in front of the camera, about an arm's length away, head and shoulders in the picture.",
      faceUnclear:
        'Your face is not clearly visible: face the camera and make sure nothing covers it.',
      faceAtEdge: 'Your face is at the edge of the picture: turn the camera towards you.',
      faceOk: 'Your face is in the picture.',
      waitingForPicture: 'Waiting for a picture of you.',
      shouldersMissing:
        'Poise needs to see both shoulders: tilt the camera down a little, or sit a little further back.',
      shouldersOk: 'Both shoulders are in the picture.',
      tooClose: 'You are very close to the camera: sit back or move the camera further away.',
      distanceUnknown: 'Distance is measured once both shoulders are visible.',
      tooFar: 'You are quite far from the camera: move closer or bring the camera nearer.',
      distanceOk: 'Good distance.',
      measuringLight: 'Measuring the light…',
      tooDark: 'The picture is too dark: turn on a light in front of you, not behind you.',
      washedOut:
        'The picture is washed out: avoid a bright window or lamp shining into the camera.',
      lightOk: 'The light is fine.',
    },
  },
  calibration: {
    intro:
      'Sit comfortably upright, shoulders relaxed, and look at the screen for a few seconds. Poise measures your own upright posture and later compares against it, so it works for your body and your desk.',
    upright: {
      start: 'Start calibration',
      again: 'Calibrate again',
      getReady: 'Sit comfortably upright and look at the screen.',
      holdStill: 'Hold still…',
      done: 'Calibrated. Poise now knows your upright posture.',
    },
    slump: {
      start: 'Record my slump',
      again: 'Record it again',
      getReady: 'Now sit the way you slump when you are tired.',
      holdStill: 'Stay slumped and hold still…',
      done: 'Got it. Poise now knows how you slump, too.',
    },
    slumpTitle: 'Optional: show Poise how you slump',
    /** {{button}}: the name of the button that moves on ("Next", "Done"). */
    slumpIntro:
      'Now sit the way you slump when you are tired, and let Poise watch for a few seconds. It then knows your own slouch as well as your upright posture. This is optional: choose {{button}} to skip it.',
    /** After what to do: {{seconds}} is the countdown, already formatted. */
    startingIn: 'Starting in {{seconds}}…',
    tryAgain: 'Try again',
    failed: {
      uprightNotSeen:
        'Poise could not see your head and shoulders. Sit facing the camera with your shoulders in view, then try again.',
      uprightTooBrief:
        'Poise saw you only briefly. Sit still and upright for a few seconds, then try again.',
      slumpNotSeen:
        'Poise could not see you clearly while you slumped. Keep your head and shoulders in view and try again, or skip this step.',
      slumpLikeUpright:
        'That looked just like your upright posture, so Poise kept its usual line. You can try again or skip this step.',
    },
  },
  schedule: {
    /** Where setup ends with the breaks (the browser host, which cannot start with the computer). */
    setupAgain: 'You can run this setup again from Settings.',
    setupAgainWithoutCamera:
      'You can run this setup again from Settings, to let Poise watch your posture after all.',
    intro:
      'Regular breaks do more for your back than perfect posture. Poise starts with these; change them any time in Settings.',
    micro: 'Micro breaks',
    long: 'Long breaks',
    field: {
      microEveryMinutes: 'Micro break every (minutes)',
      microDurationSeconds: 'Micro break length (seconds)',
      longEveryMinutes: 'Long break every (minutes)',
      longDurationMinutes: 'Long break length (minutes)',
    },
    help: {
      microEveryMinutes: 'A short pause to look away and loosen up.',
      longEveryMinutes: 'Stand up and move with a guided routine.',
    },
    /** {{min}} and {{max}} are already formatted numbers. */
    wholeNumber: 'Use a whole number from {{min}} to {{max}}.',
  },
  notifications: {
    title: 'Notifications',
    why: 'Let Poise tell you when a break is due, even while this tab is in the background.',
    allow: 'Allow notifications',
    granted: 'Notifications are allowed: Poise will tell you when a break is due.',
    denied:
      'Notifications are blocked, so Poise shows breaks in this page only. You can allow them later in your browser’s settings for this site.',
  },
  login: {
    toggle: 'Start Poise when I log in',
    note: 'Poise then sits quietly in the tray. You can run this setup again from Settings.',
    noteWithoutCamera:
      'Poise then sits quietly in the tray. You can run this setup again from Settings, to let Poise watch your posture after all.',
  },
};
