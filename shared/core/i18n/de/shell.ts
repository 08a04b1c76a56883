import type { Translation } from '../translation-shape';
import type { shell as en } from '../en/shell';

/** German words for the shell area, key for key as in ../en/shell.ts. */
export const shell = {
  views: {
    navLabel: 'Bereiche',
    today: 'Heute',
    routines: 'Routinen',
    settings: 'Einstellungen',
    help: 'Hilfe',
    onboarding: 'Einrichten',
    recalibrate: 'Neu kalibrieren',
  },
  notices: {
    label: 'Hinweise',
    dismiss: 'Ausblenden',
  },
  footer:
    'Poise arbeitet vollständig auf diesem Gerät: Kamerabilder verlassen es nie, und nichts wird über ein Netzwerk gesendet.',
  menu: {
    button: 'Menü',
    label: 'Poise-Steuerung',
  },
  loading: 'Wird geladen …',
  stopped: 'Poise wurde beendet. Laden Sie die Seite neu, um es wieder zu starten.',
  livePosture: {
    label: 'Wie Sie gerade sitzen',
    gauge: 'Krummes Sitzen, auf Ihrer eigenen Skala',
    gaugeValue: '{{value}} von 100; Ihre Grenze für krummes Sitzen liegt bei {{line}}',
    cannotJudge: 'Poise kann Ihre Haltung gerade nicht beurteilen.',
    pastLine: 'Sie haben Ihre Grenze für krummes Sitzen überschritten.',
    closeToLine: 'Aufrecht, aber nah an Ihrer Grenze für krummes Sitzen.',
    upright: 'Aufrecht: nah an Ihrer kalibrierten Haltung.',
  },
  help: {
    title: 'Was Poise sieht und was es speichert',
    frames:
      'Poise wertet Kamerabilder auf diesem Computer aus. Kein Bild wird gespeichert oder irgendwohin gesendet.',
    offline:
      'Es verbindet sich nie mit dem Internet: Das Modell zur Haltungserkennung wird mit der App geliefert.',
    cameraOff:
      'Die Kamera ist ausgeschaltet, solange Poise pausiert, während der Pausen und solange der Bildschirm gesperrt ist oder der Computer im Ruhezustand ist.',
    history:
      'Ihr Verlauf besteht aus einem kleinen Eintrag pro Minute und wird auf diesem Computer gespeichert. Sie können ihn unter „Heute“ exportieren oder löschen.',
    notMedical:
      'Poise ist ein Coach für bessere Sitzgewohnheiten. Es stellt keine Diagnosen und behandelt keine Erkrankungen.',
  },
  today: {
    loading: 'Ihr Verlauf wird geladen …',
    damaged_one:
      '{{number}} beschädigter Verlaufseintrag wurde übersprungen; alles andere wird angezeigt.',
    damaged_other:
      '{{number}} beschädigte Verlaufseinträge wurden übersprungen; alles andere wird angezeigt.',
  },
  recalibrate: {
    title: 'Haltung neu kalibrieren',
    intro:
      'Setzen Sie sich aufrecht hin und halten Sie einige Sekunden still, so wie Sie beim Arbeiten sitzen möchten. Poise misst Ihre aufrechte Haltung neu, damit es Sie von nun an fair beurteilt.',
    cameraOff:
      'Poise hat die Kamera vorerst ausgeschaltet (pausiert, in einer Pause oder außerhalb Ihrer Arbeitszeiten) und kann daher nicht neu kalibrieren. Versuchen Sie es erneut, wenn Poise wieder beobachtet.',
    opening: 'Die Kamera wird geöffnet …',
    looking:
      'Poise sucht nach Ihnen: Setzen Sie sich mit dem Gesicht zur Kamera, Gesicht und Schultern im Bild.',
    cancel: 'Abbrechen',
    done: 'Fertig',
    recording: {
      start: 'Jetzt starten',
      again: 'Noch einmal kalibrieren',
      getReady: 'Setzen Sie sich aufrecht hin und halten Sie still.',
      holdStill: 'Bitte stillhalten …',
      done: 'Neu kalibriert. Poise kennt jetzt Ihre aufrechte Haltung.',
    },
  },
} satisfies Translation<typeof en>;
