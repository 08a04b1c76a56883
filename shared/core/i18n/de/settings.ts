import type { Translation } from '../translation-shape';
import type { settings as en } from '../en/settings';

/** German words for the settings area, key for key as in ../en/settings.ts. */
export const settings = {
  title: 'Einstellungen',
  loading: 'Einstellungen werden geladen …',
  runOnboarding: 'Ersteinrichtung erneut durchführen',
  notSaved: 'Nicht gespeichert: {{reason}}',
  wholeNumber: 'Wählen Sie eine ganze Zahl von {{min}} bis {{max}}.',
  timeExample: 'Geben Sie eine Uhrzeit wie 09:00 ein.',
  scaleValue: '{{value}} von {{max}}',
  signals: {
    unavailable:
      'Auf diesem System nicht verfügbar: {{list}}. Poise kann nicht erkennen, wann dies zutrifft, und erinnert Sie oder beginnt eine Pause dann womöglich trotzdem.',
    fullscreen: 'Erkennen einer anderen App im Vollbild oder einer Präsentation',
    dnd: 'Erkennen von „Nicht stören“',
    call: 'Erkennen eines Anrufs (eine andere App nutzt Mikrofon oder Kamera)',
  },
  sections: {
    general: 'Allgemein',
    monitoring: 'Haltungserkennung',
    nudges: 'Hinweise',
    breaks: 'Pausen',
    workingHours: 'Arbeitszeiten',
    routines: 'Routinen',
    history: 'Verlauf',
  },
  units: {
    seconds: 'Sekunden',
    minutes: 'Minuten',
    days: 'Tage',
    slouches: 'krummen Phasen',
    times: 'Mal',
    points: 'Punkte',
  },
  scale: {
    relaxed: 'Locker',
    strict: 'Streng',
  },
  escalation: {
    tray: 'Symbol in der Menü- bzw. Taskleiste',
    notification: 'Desktop-Benachrichtigung',
    glow: 'Sanftes Leuchten am Bildschirmrand',
    sound: 'Ein sanfter Ton',
  },
  lightSaver: {
    off: 'Aus: Die Kamera bleibt beim Beobachten an',
    every10: 'Alle 10 Sekunden hinsehen',
    every30: 'Alle 30 Sekunden hinsehen',
    every60: 'Einmal pro Minute hinsehen',
  },
  fields: {
    launchAtLogin: 'Poise bei der Anmeldung starten',
    launchAtLoginHelp: 'Poise startet unauffällig als Symbol in der Menü- bzw. Taskleiste.',
    language: 'Sprache',
    sensitivity: 'Empfindlichkeit',
    sensitivityHelp:
      'Je strenger, desto kleinere Abweichungen von Ihrer kalibrierten aufrechten Haltung bemerkt Poise.',
    monitoringEnabled: 'Meine Haltung mit der Kamera beobachten',
    monitoringEnabledHelp:
      'Aus: Poise erinnert Sie weiter an Ihre Pausen und schaltet die Kamera nie ein. An: Die Kamera beobachtet, sobald die Einrichtung abgeschlossen ist.',
    cameraLightSaver: 'Kameralicht sparen',
    cameraLightSaverHelp:
      'Schaltet die Kamera im gewählten Abstand für jeweils etwa drei Sekunden ein und dazwischen aus, sodass ihr Licht die meiste Zeit aus ist. Der Preis: Poise bemerkt krummes Sitzen später, nach bis zu zwei Abständen statt nach etwa 8 Sekunden; bei längeren Abständen kommt also auch der erste Hinweis später. Einrichtung, Neukalibrierung und die von der Kamera geprüften Übungen nutzen die Kamera weiterhin durchgehend.',
    allowWebgl: 'Grafikkarte nutzen, wenn es hilft',
    allowWebglHelp:
      'Es wird nur ein echter Grafikchip genutzt; sonst läuft Poise mit WebAssembly auf dem Prozessor.',
    graceSeconds: 'Wartezeit vor einem Hinweis',
    graceSecondsHelp:
      'Wie lange Sie krumm sitzen dürfen, bevor Poise etwas sagt. Kurze Blicke zählen nie.',
    escalateAfterSeconds: 'Zeit zwischen den Stufen',
    escalateAfterSecondsHelp:
      'Sitzen Sie nach einem Hinweis weiter krumm, wartet Poise so lange bis zur nächsten, deutlicheren Stufe.',
    cooldownSeconds: 'Ruhezeit nach einem Hinweis',
    cooldownSecondsHelp:
      'Nach einem Hinweis wartet Poise mindestens so lange, bevor es Sie auf eine neue krumme Haltung hinweist.',
    escalation: 'Wie Poise Sie hinweisen darf',
    escalationHelp: 'Sitzen Sie weiter krumm, geht Poise diese Stufen der Reihe nach durch.',
    suggestBreakAfterEpisodes: 'Dehnpause vorschlagen nach',
    suggestBreakAfterEpisodesHelp:
      'Nach so vielen krummen Phasen innerhalb einer Stunde schlägt Poise statt weiterer Hinweise eine Dehnpause vor.',
    microEnabled: 'Kurzpausen',
    microEnabledHelp: 'Ein paar Sekunden, um sich zu bewegen und vom Bildschirm wegzuschauen.',
    microEveryMinutes: 'Kurzpause alle',
    microDurationSeconds: 'Dauer der Kurzpause',
    longEnabled: 'Lange Pausen',
    longEnabledHelp: 'Ein paar Minuten für eine angeleitete Routine.',
    longEveryMinutes: 'Lange Pause alle',
    longDurationMinutes: 'Dauer der langen Pause',
    headsUpSeconds: 'Vor einer Pause vorwarnen',
    postponeMinutes: 'Verschieben um',
    maxPostpones: 'Erlaubtes Verschieben je Pause',
    allowSkip: 'Auslassen einer Pause erlauben',
    allDisplays: 'Pausen auf allen Bildschirmen zeigen',
    allDisplaysHelp: 'Sonst nur auf dem Hauptbildschirm.',
    naturalBreakMinutes: 'Abwesenheit als Pause zählen nach',
    naturalBreakMinutesHelp:
      'Sind Sie so lange vom Schreibtisch weg, beginnen die Pausenzeiten von vorn.',
    workingHoursEnabled: 'Nur während der Arbeitszeit begleiten',
    workingHoursEnabledHelp: 'Außerhalb dieser Zeiten bleibt Poise still.',
    start: 'Beginn',
    end: 'Ende',
    days: 'Tage',
    pregnant: 'Ich bin schwanger',
    pregnantHelp:
      'Blendet Übungen und Akupressurpunkte aus, die in der Schwangerschaft nicht empfohlen werden.',
    spokenCues: 'Schritte laut vorlesen',
    spokenCuesHelp: 'Nutzt die eingebaute Stimme Ihres Computers.',
    retentionDays: 'Verlauf aufbewahren für',
    retentionDaysHelp: 'Ältere Tage werden automatisch gelöscht.',
    dailyGoalScore: 'Tägliches Haltungsziel',
    dailyGoalScoreHelp: 'Ein Tag mit diesem Haltungswert oder höher zählt für Ihre Serie.',
  },
} satisfies Translation<typeof en>;
