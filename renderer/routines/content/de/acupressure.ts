import { SHARED_CAUTIONS } from '../cautions';
import type { ItemWords } from '../localize';

const { ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT } = SHARED_CAUTIONS.de;

/** German words for ../items/acupressure.ts. Point names such as „GB 21“ stay as they are. */
export const germanAcupressure = {
  'acupressure-gb21': {
    title: 'Schulterpunkt (GB 21)',
    summary:
      'Ein traditioneller Punkt oben auf der Schulter, der bei Nacken- und Schulterverspannungen genutzt wird.',
    location: 'Oben auf der Schulter, auf halbem Weg zwischen Halsansatz und Schulterspitze.',
    steps: [
      'Suchen Sie den Punkt oben auf Ihrer linken Schulter, auf halbem Weg zwischen Hals und Schulterspitze.',
      'Drücken Sie mit zwei Fingern der rechten Hand und atmen Sie langsam.',
      'Lassen Sie los und suchen Sie denselben Punkt auf Ihrer rechten Schulter.',
      'Drücken Sie mit der linken Hand und atmen Sie langsam.',
    ],
    cautions: [
      'Nicht in der Schwangerschaft anwenden: Diesem Punkt wird traditionell nachgesagt, dass er Wehen auslösen kann.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
  },
  'acupressure-gb10': {
    title: 'Nackenpunkt (GB 10)',
    summary: 'Ein traditioneller Punkt im Nacken, der bei Nackenbeschwerden genutzt wird.',
    location: 'Im Nacken, etwa eine Daumenbreite unterhalb des unteren Schädelrands.',
    steps: [
      'Legen Sie die Daumen an den unteren Rand Ihres Schädels und lassen Sie sie dann etwa eine Daumenbreite nach unten gleiten.',
      'Drücken Sie sanft mit beiden Daumen und atmen Sie langsam.',
      'Lösen Sie den Druck langsam und senken Sie die Hände.',
    ],
    cautions: [
      'Drücken Sie hier nur leicht: Der Nacken ist empfindlich. Hören Sie auf, wenn Ihnen schwindlig wird oder Sie ein Kribbeln spüren.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
  },
  'acupressure-k27': {
    title: 'Schlüsselbeinpunkt (K 27)',
    summary:
      'Ein traditioneller Punkt unterhalb des Schlüsselbeins, der bei Verspannungen in Brust und oberem Rücken genutzt wird.',
    location:
      'Etwa eine Fingerbreite unterhalb des Schlüsselbeins, auf beiden Seiten, neben dem Brustbein.',
    steps: [
      'Suchen Sie die kleinen Mulden direkt unter Ihren Schlüsselbeinen, neben dem Brustbein.',
      'Drücken Sie beide Punkte mit den Fingerspitzen und atmen Sie langsam.',
      'Lösen Sie den Druck und lassen Sie die Hände ruhen.',
    ],
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
  },
  'acupressure-lu5': {
    title: 'Punkt in der Ellenbeuge (LU 5)',
    summary:
      'Ein traditioneller Punkt in der Ellenbeuge, der bei Engegefühl in der Brust im Zusammenhang mit Beschwerden im oberen Rücken genutzt wird.',
    location: 'In der Mitte der Beugefalte an der Innenseite des Ellbogens.',
    steps: [
      'Beugen Sie den linken Ellbogen leicht und suchen Sie die Mitte der Beugefalte.',
      'Drücken Sie mit dem rechten Daumen und atmen Sie langsam.',
      'Wechseln Sie den Arm und drücken Sie in die rechte Ellenbeuge.',
    ],
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
  },
  'acupressure-li4': {
    title: 'Handpunkt zwischen Daumen und Zeigefinger (LI 4)',
    summary:
      'Ein traditioneller Punkt an der Hand, der bei Nacken- und Schulterverspannungen und bei Stress genutzt wird.',
    location: 'Auf dem Handrücken, in der Hautfalte zwischen Daumen und Zeigefinger.',
    steps: [
      'Suchen Sie die fleischige Hautfalte zwischen Daumen und Zeigefinger Ihrer linken Hand.',
      'Drücken Sie sie zwischen Daumen und Finger der rechten Hand zusammen und atmen Sie langsam.',
      'Wechseln Sie die Hand.',
      'Drücken Sie die Hautfalte Ihrer rechten Hand zusammen und atmen Sie langsam.',
    ],
    cautions: [
      'Viele Akupressur-Ratgeber raten in der Schwangerschaft von diesem Punkt ab, deshalb blendet Poise ihn aus, wenn Sie schwanger sind.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
  },
  'acupressure-ring-little': {
    title: 'Handpunkt zwischen Ring- und kleinem Finger',
    summary:
      'Ein traditioneller Punkt an der Hand bei Verspannungen im oberen Rücken und bei Stress (in einer Quelle TE 3 genannt).',
    location:
      'Auf dem Handrücken, in der Rinne zwischen den Knöcheln von Ringfinger und kleinem Finger.',
    steps: [
      'Suchen Sie an Ihrer linken Hand die Rinne zwischen den Knöcheln von Ringfinger und kleinem Finger.',
      'Drücken Sie dort mit dem rechten Daumen und atmen Sie langsam.',
      'Wechseln Sie die Hand.',
      'Drücken Sie dieselbe Stelle an Ihrer rechten Hand und atmen Sie langsam.',
    ],
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
  },
} satisfies Record<string, ItemWords>;
