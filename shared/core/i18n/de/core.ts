import type { Translation } from '../translation-shape';
import type { core as en } from '../en/core';

/** German words for the core area, key for key as in ../en/core.ts. */
export const core = {
  duration: {
    seconds: '{{seconds}} s',
    minutesSeconds: '{{minutes}}:{{seconds}}',
    minutesAndSeconds: '{{minutes}} Min. {{seconds}} s',
  },
  status: {
    starting: 'Wird gestartet…',
    pausedUntil: 'Pausiert bis {{time}}',
    onBreakWithRoutine: {
      micro: 'Kurzpause: Routine läuft',
      long: 'Lange Pause: Routine läuft',
    },
    onBreak: {
      micro: 'Kurzpause (noch {{left}})',
      long: 'Lange Pause (noch {{left}})',
    },
    headsUp: {
      micro: 'Eine Kurzpause beginnt in {{time}}',
      long: 'Eine lange Pause beginnt in {{time}}',
    },
    routinePlaying: 'Routine läuft: Die Haltungsprüfung wartet, bis sie endet',
    locked: 'Bildschirm gesperrt: Die Überwachung ist aus',
    outsideWorkingHours: 'Außerhalb der Arbeitszeit',
    inCall: 'Eine andere App nutzt Mikrofon oder Kamera: Poise wartet und überlässt ihr die Kamera',
    notWatching: {
      needsSetup:
        'Schließen Sie die Einrichtung von Poise ab, um die Haltungsbeobachtung zu starten',
      off: 'Die Haltungsbeobachtung ist aus: Führen Sie die Einrichtung erneut aus, um sie einzuschalten',
    },
    recalibrating: 'Ihre Haltung wird neu kalibriert…',
    sittingWell: 'Gute Haltung',
    slouching: 'Krumme Haltung',
    slouchingNudged: 'Krumme Haltung: Zeit, sich aufzurichten',
    away: 'Nicht am Platz',
    unclear: 'Beobachtung läuft, aber die Sicht ist unklar',
    notCalibrated: 'Noch nicht kalibriert: Wählen Sie im Menü „{{action}}“',
    waitingForReading: 'Warten auf die erste Messung…',
    startingCamera: 'Kamera wird gestartet…',
  },
  monitorProblem: {
    noCamera: 'Keine Kamera gefunden. Schließen Sie eine an, dann erkennt Poise sie.',
    permissionDenied:
      'Poise darf die Kamera nicht verwenden. Erlauben Sie den Kamerazugriff in den Einstellungen Ihres Systems oder Browsers.',
    cameraBusy:
      'Die Kamera wird von einer anderen App verwendet oder ließ sich nicht starten. Poise versucht es erneut.',
    cameraLost: 'Die Kamera wurde getrennt. Poise macht weiter, sobald sie wieder da ist.',
    modelMissing:
      'Die Dateien des Posenmodells fehlen. Installieren Sie Poise neu, um sie wiederherzustellen.',
    modelCorrupt:
      'Die Dateien des Posenmodells sind beschädigt und ließen sich nicht laden. Installieren Sie Poise neu, um sie wiederherzustellen.',
    noBackend:
      'Poise konnte seine Posenerkennung nicht starten. Starten Sie Poise neu, um es erneut zu versuchen.',
  },
  reason: {
    earLine: 'Ihr Kopf ist tiefer als beim aufrechten Sitzen.',
    eyeLine: 'Ihr Kopf ist tiefer als beim aufrechten Sitzen.',
    shoulderLine: 'Ihre Schultern sind tiefer gesunken als beim aufrechten Sitzen.',
    neckHeight: 'Ihr Kopf ist zu den Schultern hin abgesunken.',
    neckHeightByEyes: 'Ihr Kopf ist zu den Schultern hin abgesunken.',
    headSize:
      'Ihr Kopf ist näher am Bildschirm als Ihre Schultern, oder Ihre Schultern sind nach vorn gerundet.',
    neckAngle: 'Ihr Kopf ist vor die Schultern geschoben.',
    torsoNeck: 'Ihr Kopf ist zur Brust hin abgesunken.',
    shoulderWidth: 'Ihre Schultern sind nach vorn gerollt.',
    trunkLean: 'Ihr Oberkörper neigt sich aus der aufrechten Haltung.',
    headPitch: 'Ihr Kinn ist zur Brust gesenkt.',
    headTilt: 'Ihr Kopf ist zur Seite geneigt.',
    shoulderTilt: 'Eine Schulter steht höher als die andere.',
    headOutOfSight: 'Ihr Kopf ist nach vorn gesunken, tiefer als beim aufrechten Sitzen.',
    presence: 'Niemand ist vor der Kamera.',
    people: 'Mehr als eine Person ist im Bild, daher beurteilt Poise die Haltung nicht.',
    hand: 'Ihre Hand ist vor Ihrem Gesicht, daher wartet Poise mit der Beurteilung Ihrer Haltung.',
    keypoints:
      'Poise sieht Ihren Kopf und Ihre Schultern nicht deutlich genug, um die Haltung zu beurteilen.',
    calibration:
      'Setzen Sie sich aufrecht hin und kalibrieren Sie, damit Poise Ihre Haltung kennenlernt.',
    picture:
      'Das Bild passt nicht mehr zu Ihrer Kalibrierung (vielleicht wurden die Kamera oder Ihr Sitzplatz verschoben), daher beurteilt Poise Ihre Haltung nicht. Kalibrieren Sie hier neu, wenn Sie jetzt so arbeiten.',
  },
  nudge: {
    tray: 'Zeit, sich aufzurichten.',
    notification:
      'Sie sitzen schon eine Weile krumm: Richten Sie sich auf, die Ohren über den Schultern.',
    glow: 'Immer noch krumm: Rollen Sie die Schultern nach hinten und machen Sie den Nacken lang.',
    sound: 'Hier ist Poise: eine sanfte Erinnerung, sich aufzurichten.',
    withReason: '{{nudge}} ({{reason}})',
    acknowledge: 'Schön, so ist es besser.',
    suggestStretch:
      'Die krumme Haltung kommt immer wieder: Eine kurze Dehnpause hilft vielleicht mehr als eine weitere Erinnerung.',
  },
  notification: {
    headsUp: {
      micro_one: 'Eine Kurzpause beginnt in {{count}} Sekunde.',
      micro_other: 'Eine Kurzpause beginnt in {{count}} Sekunden.',
      long_one: 'Eine lange Pause beginnt in {{count}} Sekunde.',
      long_other: 'Eine lange Pause beginnt in {{count}} Sekunden.',
    },
  },
  notice: {
    historyNotSaved:
      'Poise konnte Ihren Verlauf nicht speichern ({{error}}). Die letzten Minuten bleiben im Speicher, und Poise versucht es erneut.',
    cameraMoved:
      'Ihre Kamera wurde anscheinend seit der Kalibrierung bewegt. Setzen Sie sich aufrecht hin und wählen Sie „{{action}}“, damit Poise Sie fair beurteilt.',
    cameraFallback:
      'Die in den Einstellungen gewählte Kamera ist nicht angeschlossen, daher verwendet Poise Ihre Standardkamera. Schließen Sie sie an, dann verwendet Poise sie beim nächsten Start der Überwachung, oder wählen Sie in den Einstellungen eine andere Kamera.',
    settingsFileUnreadable:
      'Ihre Einstellungsdatei ließ sich nicht lesen, daher hat Poise mit den Standardeinstellungen begonnen. Die alte Datei wurde als {{path}} aufbewahrt.',
    settingsFileInvalid:
      'Einige Einstellungen waren ungültig und wurden auf ihre Standardwerte zurückgesetzt ({{fields}}). Die alte Datei wurde als {{path}} aufbewahrt.',
    settingsUnreadable:
      'Ihre gespeicherten Einstellungen ließen sich nicht lesen, daher hat Poise mit den Standardeinstellungen begonnen.',
    settingsInvalid:
      'Einige Einstellungen waren ungültig und wurden auf ihre Standardwerte zurückgesetzt ({{fields}}).',
  },
  tray: {
    tooltip: 'Poise: {{status}}',
    resume: 'Überwachung fortsetzen',
    pause: 'Pausieren',
    pauseHalfHour: 'Für 30 Minuten',
    pauseHour: 'Für 1 Stunde',
    pauseUntilTomorrow: 'Bis morgen',
    takeBreak: 'Jetzt eine Pause machen',
    recalibrate: 'Haltung neu kalibrieren',
    finishSetup: 'Einrichtung von Poise abschließen…',
    runSetupAgain: 'Einrichtung erneut ausführen…',
    openDashboard: 'Übersicht öffnen',
    settings: 'Einstellungen…',
    quit: 'Poise beenden',
  },
  windowTitle: {
    plain: 'Poise',
    withNews: '{{news}} · Poise',
    slouching: 'Aufrichten',
    break: 'Pausenzeit',
    cameraProblem: 'Kameraproblem',
  },
  autostartComment: 'Haltungscoach: bemerkt krumme Haltung und leitet kurze Pausen an',
  breakPrompt: {
    kind: {
      micro: 'Kurzpause',
      long: 'Lange Pause',
    },
    headsUpTitle: '{{kind}} in {{duration}}',
    onBreakTitle: '{{kind}}: noch {{duration}}',
    headsUpDetail: 'Zeit, sich zu strecken, durchzuatmen oder kurz vom Bildschirm wegzugehen.',
    onBreakDetail:
      'Gehen Sie vom Bildschirm weg. Poise sagt Ihnen Bescheid, wenn die Pause vorbei ist.',
    takeNow: 'Jetzt Pause machen',
    postpone: 'Um {{minutes}} Min. verschieben (noch {{left}})',
    noPostponesLeft: 'Kein Verschieben mehr möglich',
    skipThisOne: 'Diese Pause auslassen',
    skipTheRest: 'Rest der Pause auslassen',
    finish: 'Ich bin fertig',
  },
} satisfies Translation<typeof en>;
