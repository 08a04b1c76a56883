import type { Translation } from '../translation-shape';
import type { onboarding as en } from '../en/onboarding';

/** German words for the onboarding area, key for key as in ../en/onboarding.ts. */
export const onboarding = {
  kicker: {
    first: 'Poise einrichten',
    rerun: 'Poise erneut einrichten',
  },
  stepsLabel: 'Schritte',
  steps: {
    welcome: 'Willkommen bei Poise',
    camera: 'Kamera auswählen',
    placement: 'Kamera ausrichten',
    calibration: 'Aufrechte Haltung kalibrieren',
    schedule: 'Pausen',
    login: 'Mit dem Computer starten',
  },
  nav: {
    back: 'Zurück',
    notNow: 'Jetzt nicht',
    withoutCamera: 'Ohne Kamera fortfahren (nur Pausen)',
    continueAnyway: 'Trotzdem fortfahren',
    allowCamera: 'Kamera erlauben',
    next: 'Weiter',
    finish: 'Fertigstellen',
  },
  welcome: {
    intro:
      'Poise beobachtet über Ihre Webcam Ihre Haltung, während Sie arbeiten. Sitzen Sie eine Weile krumm, gibt es Ihnen einen sanften Hinweis, und es leitet kurze Pausen an, damit Sie sich regelmäßig bewegen.',
    privacyTitle: 'Ihre Privatsphäre',
    privacy: {
      onDevice:
        'Das Kamerabild wird auf diesem Computer ausgewertet und verlässt ihn nie. Es wird niemals ein Bild gespeichert.',
      offline:
        'Poise verbindet sich nie mit dem Internet: keine Konten, keine Uploads, kein Tracking.',
      numbersOnly:
        'Gespeichert werden nur Zahlen, etwa die Minuten aufrechten Sitzens pro Tag, und Sie können sie jederzeit exportieren oder löschen.',
      pause:
        'Sie können Poise jederzeit über sein Symbol in der Menü- bzw. Taskleiste pausieren; solange Poise pausiert, ist die Kamera aus.',
    },
    cameraTitle: 'Ihre Kamera',
    cameraBefore: 'Poise schaltet die Kamera nur ein, wenn Sie ',
    cameraAfter:
      ' wählen. Lieber nicht, oder keine Kamera vorhanden? Poise kann Ihre Pausen auch ohne Kamera anleiten, und Sie können diese Einrichtung später erneut durchlaufen.',
  },
  camera: {
    label: 'Kamera',
    unnamed: 'Kamera {{number}}',
    hint: 'Verwenden Sie die Kamera, die auf Sie gerichtet ist, meist die oben am Bildschirm.',
    orWithout: 'Oder fahren Sie ohne Kamera fort: Poise leitet Ihre Pausen trotzdem an.',
    tryAgain: 'Erneut versuchen',
    seen: 'Poise kann Sie sehen: Die Punkte folgen Ihrem Gesicht und Ihren Schultern.',
    looking: 'Poise sucht nach Ihnen …',
    opening: 'Die Kamera wird geöffnet …',
    previewLabel: 'Live-Vorschau der Kamera',
    noPicture: 'Noch kein Kamerabild.',
    problem: {
      'permission-denied':
        'Poise darf die Kamera nicht verwenden. Erlauben Sie Poise den Kamerazugriff in den Einstellungen Ihres Browsers oder Systems, und wählen Sie dann „Erneut versuchen“.',
      'no-camera':
        'Keine Kamera gefunden. Schließen Sie eine an, und wählen Sie dann „Erneut versuchen“.',
      'camera-busy':
        'Die Kamera ist belegt: Möglicherweise verwendet eine andere App sie. Schließen Sie diese App, und wählen Sie dann „Erneut versuchen“.',
      'camera-lost':
        'Die Verbindung zur Kamera wurde getrennt. Schließen Sie sie wieder an, und wählen Sie dann „Erneut versuchen“.',
      engine:
        'Die Haltungserkennung von Poise konnte nicht starten, daher kann die Einrichtung Sie nicht sehen. Starten Sie Poise neu und versuchen Sie es erneut, oder fahren Sie ohne Kamera fort.',
    },
  },
  placement: {
    intro:
      'Setzen Sie sich so hin, wie Sie normalerweise arbeiten. Poise braucht Ihr Gesicht und beide Schultern im Bild, bei gutem Licht.',
    ready: 'Alles bereit: Die Kamera ist gut ausgerichtet.',
    notReady:
      'Korrigieren Sie die Position, bis jede Prüfung OK ist, oder fahren Sie trotzdem fort.',
    status: {
      ok: 'OK',
      problem: 'Änderung nötig',
      unknown: 'Wird geprüft',
    },
    label: {
      face: 'Gesicht im Bild',
      shoulders: 'Beide Schultern im Bild',
      distance: 'Abstand zur Kamera',
      light: 'Licht',
    },
    advice: {
      notSeenYet:
        'Poise kann Sie noch nicht sehen: Setzen Sie sich etwa eine Armlänge entfernt vor die Kamera, mit Kopf und Schultern im Bild.',
      faceUnclear:
        'Ihr Gesicht ist nicht deutlich zu sehen: Wenden Sie sich der Kamera zu und achten Sie darauf, dass nichts es verdeckt.',
      faceAtEdge: 'Ihr Gesicht ist am Bildrand: Drehen Sie die Kamera zu sich.',
      faceOk: 'Ihr Gesicht ist im Bild.',
      waitingForPicture: 'Warten auf ein Bild von Ihnen.',
      shouldersMissing:
        'Poise muss beide Schultern sehen: Neigen Sie die Kamera etwas nach unten, oder setzen Sie sich etwas weiter zurück.',
      shouldersOk: 'Beide Schultern sind im Bild.',
      tooClose:
        'Sie sind sehr nah an der Kamera: Rücken Sie zurück, oder stellen Sie die Kamera weiter weg.',
      distanceUnknown: 'Der Abstand wird gemessen, sobald beide Schultern zu sehen sind.',
      tooFar:
        'Sie sind recht weit von der Kamera entfernt: Rücken Sie näher heran, oder stellen Sie die Kamera näher zu sich.',
      distanceOk: 'Guter Abstand.',
      measuringLight: 'Das Licht wird gemessen …',
      tooDark: 'Das Bild ist zu dunkel: Schalten Sie ein Licht vor sich ein, nicht hinter sich.',
      washedOut:
        'Das Bild ist überbelichtet: Vermeiden Sie ein helles Fenster oder eine Lampe, die in die Kamera scheint.',
      lightOk: 'Das Licht ist gut.',
    },
  },
  calibration: {
    intro:
      'Setzen Sie sich bequem aufrecht hin, die Schultern locker, und schauen Sie einige Sekunden lang auf den Bildschirm. Poise misst Ihre eigene aufrechte Haltung und vergleicht später damit. So passt es zu Ihrem Körper und Ihrem Arbeitsplatz.',
    upright: {
      start: 'Kalibrierung starten',
      again: 'Erneut kalibrieren',
      getReady: 'Setzen Sie sich bequem aufrecht hin und schauen Sie auf den Bildschirm.',
      holdStill: 'Bitte stillhalten …',
      done: 'Kalibriert. Poise kennt jetzt Ihre aufrechte Haltung.',
    },
    slump: {
      start: 'Meine krumme Haltung aufnehmen',
      again: 'Noch einmal aufnehmen',
      getReady: 'Setzen Sie sich jetzt so hin, wie Sie zusammensacken, wenn Sie müde sind.',
      holdStill: 'Bleiben Sie zusammengesackt und halten Sie still …',
      done: 'Verstanden. Poise weiß jetzt auch, wie Sie zusammensacken.',
    },
    slumpTitle: 'Optional: Zeigen Sie Poise, wie Sie zusammensacken',
    slumpIntro:
      'Setzen Sie sich jetzt so hin, wie Sie zusammensacken, wenn Sie müde sind, und lassen Sie Poise einige Sekunden zusehen. Dann kennt es Ihre eigene krumme Haltung ebenso wie Ihre aufrechte. Dieser Schritt ist optional: Wählen Sie „{{button}}“, um ihn zu überspringen.',
    startingIn: 'Es geht los in {{seconds}} …',
    tryAgain: 'Erneut versuchen',
    failed: {
      uprightNotSeen:
        'Poise konnte Ihren Kopf und Ihre Schultern nicht sehen. Setzen Sie sich mit dem Gesicht zur Kamera, die Schultern im Bild, und versuchen Sie es dann erneut.',
      uprightTooBrief:
        'Poise hat Sie nur kurz gesehen. Sitzen Sie einige Sekunden still und aufrecht, und versuchen Sie es dann erneut.',
      slumpNotSeen:
        'Poise konnte Sie nicht deutlich sehen, während Sie zusammengesackt saßen. Behalten Sie Kopf und Schultern im Bild und versuchen Sie es erneut, oder überspringen Sie diesen Schritt.',
      slumpLikeUpright:
        'Das sah genauso aus wie Ihre aufrechte Haltung, daher behält Poise seine übliche Grenze bei. Sie können es erneut versuchen oder diesen Schritt überspringen.',
    },
  },
  schedule: {
    setupAgain: 'Sie können diese Einrichtung in den Einstellungen erneut durchlaufen.',
    setupAgainWithoutCamera:
      'Sie können diese Einrichtung in den Einstellungen erneut durchlaufen, damit Poise doch noch auf Ihre Haltung achtet.',
    intro:
      'Regelmäßige Pausen tun Ihrem Rücken mehr Gutes als eine perfekte Haltung. Poise beginnt mit diesen Werten; Sie können sie jederzeit in den Einstellungen ändern.',
    micro: 'Kurzpausen',
    long: 'Lange Pausen',
    field: {
      microEveryMinutes: 'Kurzpause alle (Minuten)',
      microDurationSeconds: 'Dauer der Kurzpause (Sekunden)',
      longEveryMinutes: 'Lange Pause alle (Minuten)',
      longDurationMinutes: 'Dauer der langen Pause (Minuten)',
    },
    help: {
      microEveryMinutes: 'Eine kurze Unterbrechung, um wegzuschauen und sich zu lockern.',
      longEveryMinutes: 'Stehen Sie auf und bewegen Sie sich mit einer angeleiteten Routine.',
    },
    wholeNumber: 'Geben Sie eine ganze Zahl von {{min}} bis {{max}} ein.',
  },
  notifications: {
    title: 'Benachrichtigungen',
    why: 'Lassen Sie sich von Poise benachrichtigen, wenn eine Pause ansteht – auch wenn dieser Tab im Hintergrund ist.',
    allow: 'Benachrichtigungen erlauben',
    granted: 'Benachrichtigungen sind erlaubt: Poise sagt Ihnen Bescheid, wenn eine Pause ansteht.',
    denied:
      'Benachrichtigungen sind blockiert, daher zeigt Poise Pausen nur auf dieser Seite an. Sie können sie später in den Einstellungen Ihres Browsers für diese Website erlauben.',
  },
  login: {
    toggle: 'Poise bei meiner Anmeldung starten',
    note: 'Poise wartet dann unauffällig als Symbol in der Menü- bzw. Taskleiste. Sie können diese Einrichtung in den Einstellungen erneut durchlaufen.',
    noteWithoutCamera:
      'Poise wartet dann unauffällig als Symbol in der Menü- bzw. Taskleiste. Sie können diese Einrichtung in den Einstellungen erneut durchlaufen, damit Poise doch noch auf Ihre Haltung achtet.',
  },
} satisfies Translation<typeof en>;
