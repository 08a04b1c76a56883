import type { Translation } from '../translation-shape';
import type { routines as en } from '../en/routines';

/** German words for the routines area, key for key as in ../en/routines.ts. */
export const routines = {
  doctorLink: 'Wann Sie zum Arzt gehen sollten',
  itemKinds: {
    stretch: 'Dehnung',
    mobility: 'Mobilisation',
    strength: 'Kräftigung',
    education: 'Wissenswertes',
    breathing: 'Atmung',
    relaxation: 'Entspannung',
    'self-massage': 'Selbstmassage',
    'heat-cold': 'Wärme oder Kälte',
    acupressure: 'Akupressur',
  },
  focusTags: {
    'chest-opener': 'Brust öffnen',
    'thoracic-extension': 'Streckung des oberen Rückens',
    neck: 'Nacken',
    shoulders: 'Schultern',
    'upper-back': 'Oberer Rücken',
    calm: 'Ruhe',
    'posture-awareness': 'Haltungsbewusstsein',
  },
  library: {
    heading: 'Routinen',
    kindTitle: {
      micro: 'Kurzpausen (unter einer Minute)',
      long: 'Lange Pausen (etwa fünf Minuten)',
    },
    yours: 'selbst erstellt',
    hiddenFromBreaks: 'in Pausen ausgeblendet',
    play: 'Starten',
    playLabel: '{{title}} starten',
    favourite: '☆ Favorit',
    favourited: '★ Favorit',
    favouriteLabel: '{{title}} als Favorit markieren',
    hide: 'Ausblenden',
    hidden: 'Ausgeblendet',
    hideLabel: '{{title}} in Pausen ausblenden',
    delete: 'Löschen',
    deleteLabel: '{{title}} löschen',
  },
  builder: {
    heading: 'Eigene Routine erstellen',
    name: 'Name',
    length: 'Länge',
    micro: 'Kurz (unter einer Minute)',
    long: 'Lang',
    exercises: 'Übungen, in der Reihenfolge, in der Sie sie ankreuzen',
    itemSeconds: '({{seconds}} s)',
    total: 'Gesamt: {{duration}}',
    saved: '„{{title}}“ gespeichert.',
    save: 'Routine speichern',
    problems: {
      unknownItems: 'Einige Übungen gibt es nicht mehr: {{ids}}',
      tooLongMicro: '{{seconds}} s sind länger, als eine Kurzpause erlaubt ({{max}} s)',
      tooLongLong: '{{seconds}} s sind länger, als eine lange Pause erlaubt ({{max}} s)',
      nameMissing: 'Geben Sie der Routine einen Namen.',
      nameTooLong: 'Der Name darf höchstens {{max}} Zeichen lang sein.',
      noExercises: 'Kreuzen Sie mindestens eine Übung an.',
      tooManyExercises: 'Wählen Sie höchstens {{max}} Übungen.',
      invalid: 'Diese Routine konnte nicht gespeichert werden.',
    },
  },
  player: {
    step: 'Schritt {{step}} von {{steps}}',
    part: 'Teil {{part}} von {{parts}}',
    round: 'Runde {{round}} von {{rounds}}',
    done: 'Fertig',
    progressLabel: 'Fortschritt der Routine, noch {{duration}}',
    finishedTitle: 'Gut gemacht.',
    endedTitle: 'Routine beendet.',
    stepsDone_one: '{{done}} von {{count}} Schritt erledigt.',
    stepsDone_other: '{{done}} von {{count}} Schritten erledigt.',
    where: 'Wo: {{location}}',
    leftInStep: 'Noch {{duration}} in diesem Schritt',
    leftInPart: 'Noch {{duration}} in diesem Teil',
    pausedAway: 'Pausiert, während Sie weg waren.',
    paused: 'Pausiert.',
    takeCare: 'Bitte beachten',
    announceFinished: '{{title}} abgeschlossen. Gut gemacht.',
    announceEnded: '{{title}} beendet.',
    announceStep: '{{position}}. {{title}}. {{text}}',
    announceStepPart: '{{position}}, {{part}}. {{title}}. {{text}}',
  },
  controls: {
    group: 'Steuerung der Routine',
    back: 'Zurück',
    pause: 'Pause',
    resume: 'Weiter',
    skip: 'Überspringen',
    end: 'Beenden',
    keys: 'Tasten: Leertaste Pause, ← zurück, → überspringen, Esc beenden.',
  },
  breath: {
    in: 'Einatmen',
    'hold-in': 'Halten',
    out: 'Ausatmen',
    'hold-out': 'Halten',
  },
  move: {
    meter: 'Wie weit Sie in der Bewegung sind',
    confirmed: 'von {{target}} von der Kamera bestätigt',
    lost: 'Die Kamera kann Sie nicht deutlich sehen. Machen Sie in Ihrem eigenen Tempo weiter.',
    calibrating: 'Bitte einen Moment still sitzen…',
  },
  moves: {
    'chin-tuck': {
      start: 'Schieben Sie den Kopf gerade nach hinten, das Kinn bleibt waagerecht.',
      further: 'Noch etwas weiter nach hinten.',
      hold: 'Gut so. Halten Sie die Position.',
      release: 'Und jetzt wieder locker nach vorn.',
    },
    'shoulder-squeeze': {
      start: 'Ziehen Sie die Schulterblätter nach hinten unten.',
      further: 'Noch etwas fester zusammenziehen.',
      hold: 'Genau so. Halten Sie die Spannung.',
      release: 'Und lösen.',
    },
    'overhead-reach': {
      start: 'Strecken Sie beide Arme über den Kopf.',
      further: 'Höher: die Hände über den Kopf.',
      hold: 'Sehr gut. Halten Sie die Arme oben.',
      release: 'Senken Sie die Arme.',
    },
  },
  illustrations: {
    'chin-tuck':
      'Seitenansicht: Der Kopf gleitet gerade nach hinten über die Schultern, das Kinn bleibt waagerecht.',
    'shoulder-squeeze':
      'Vorderansicht: Ellbogen gebeugt, die Schulterblätter nach hinten unten zusammengezogen.',
    'thoracic-extension':
      'Seitenansicht: Hände hinter dem Kopf, der obere Rücken wölbt sich sanft über die Stuhllehne.',
    'chest-stretch':
      'Vorderansicht: Unterarme auf Schulterhöhe an einen Türrahmen gelegt, die Brust schiebt sich sanft nach vorn.',
    'upper-trap-stretch':
      'Vorderansicht: Der Kopf neigt sich langsam zu einer Schulter, die andere Schulter bleibt unten.',
    'seated-rotation':
      'Vorderansicht: aufrecht sitzend, der Oberkörper dreht sich sanft zu einer Seite.',
    'overhead-reach':
      'Vorderansicht: Beide Arme strecken sich über den Kopf, die Handgelenke höher als die Nase.',
    'wall-slide':
      'Vorderansicht: Die Arme gleiten aus einer W-Form nach oben in eine Y-Form, die Schultern bleiben unten.',
    'sitting-posture':
      'Seitenansicht: aufrecht sitzend, Rücken gestützt, Füße flach aufgestellt, Bildschirm auf Augenhöhe.',
    'desk-setup':
      'Seitenansicht eines Schreibtischs: Bildschirm eine Armlänge entfernt, die Oberkante etwa auf Augenhöhe, Ellbogen seitlich am Körper.',
    breathing: 'Vorderansicht: entspannt sitzend, eine Hand auf dem Bauch, langsam atmend.',
    relaxation:
      'Vorderansicht: Die Schultern heben sich zu den Ohren, sinken dann ab und werden locker.',
    'body-scan':
      'Vorderansicht: Augen geschlossen, die Aufmerksamkeit wandert vom Kopf abwärts durch den Körper.',
    'ball-massage':
      'Seitenansicht: an eine Wand gelehnt, ein weicher Ball zwischen Wand und oberem Rücken.',
    'foam-roller':
      'Seitenansicht: eine Faszienrolle hinter dem oberen Rücken, die Hände stützen den Kopf.',
    'heat-cold':
      'Vorderansicht: eine eingewickelte Wärme- oder Kältepackung liegt oben auf einer Schulter.',
    'point-gb21':
      'Vorderansicht: GB 21 ist oben auf jeder Schulter markiert, auf halbem Weg zwischen Hals und Schulterspitze.',
    'point-gb10':
      'Vorderansicht: GB 10 ist hinten am Nacken markiert, etwa eine Daumenbreite unterhalb des Schädelansatzes.',
    'point-k27':
      'Vorderansicht: K 27 ist direkt unterhalb jedes Schlüsselbeins neben dem Brustbein markiert.',
    'point-lu5':
      'Vorderansicht: LU 5 ist in der Beugefalte an der Innenseite jedes Ellbogens markiert.',
    'point-li4': 'Handrücken: LI 4 ist in der Hautfalte zwischen Daumen und Zeigefinger markiert.',
    'point-hand-ring-little':
      'Handrücken: der Punkt in der Furche zwischen den Knöcheln von Ring- und kleinem Finger.',
  },
  choice: {
    slouchy: 'Ausgewählt, um nach einer Phase krummer Haltung Brust und oberen Rücken zu öffnen.',
    favourite: 'Einer Ihrer Favoriten.',
    own: 'Ihre eigene Routine.',
    change: 'Zur Abwechslung in dieser Pause.',
  },
  breakView: {
    micro: 'Eine kurze Pause',
    long: 'Eine längere Pause',
    playing: '{{title}} läuft',
    loadingRoutines: 'Routinen werden geladen…',
    gettingReady: 'Ihre Pause wird vorbereitet…',
    coverTitle: 'Zeit für eine Pause',
    coverText:
      'Ihre Routine läuft auf Ihrem Hauptbildschirm. Dieser Bildschirm wird wieder frei, sobald die Pause vorbei ist.',
  },
} satisfies Translation<typeof en>;
