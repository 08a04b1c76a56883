import { SHARED_CAUTIONS } from '../cautions';
import type { ItemWords } from '../localize';

const { CHECK_FIRST } = SHARED_CAUTIONS.de;

/** German words for ../items/self-care.ts. */
export const germanSelfCare = {
  'ball-massage': {
    title: 'Ball an der Wand',
    summary:
      'Selbstmassage für die Muskeln neben den Schulterblättern mit einem weichen Ball und einer Wand.',
    steps: [
      'Legen Sie einen Tennisball oder einen ähnlich weichen Ball zwischen oberen Rücken und Wand, neben die Wirbelsäule, nicht darauf.',
      'Beugen Sie die Knie leicht, um den Ball langsam zu rollen. Verweilen Sie an einer verspannten Stelle und atmen Sie.',
      'Legen Sie den Ball auf die andere Seite der Wirbelsäule und machen Sie dasselbe.',
      'Treten Sie von der Wand weg und kreisen Sie die Schultern.',
    ],
    cautions: [
      'Rollen Sie den Ball nicht über die Wirbelsäule selbst und nicht über Knochenvorsprünge.',
      'Üben Sie nur sanften Druck aus: Leichte Empfindlichkeit ist in Ordnung, bei stechendem Schmerz hören Sie auf.',
    ],
  },
  'foam-roller-upper-back': {
    title: 'Faszienrolle für den oberen Rücken',
    summary: 'Rollt den oberen Rücken aus und lässt ihn sich sanft über die Rolle wölben.',
    steps: [
      'Setzen Sie sich auf den Boden, mit einer Faszienrolle quer hinter Ihrem oberen Rücken.',
      'Stützen Sie den Kopf mit den Händen, heben Sie das Becken etwas an und rollen Sie langsam zwischen den Schulterblättern hin und her.',
      'Verweilen Sie an der steifsten Stelle und atmen Sie aus, sodass sich Ihr Rücken über die Rolle wölbt.',
      'Senken Sie das Becken und rollen Sie zur Seite ab.',
    ],
    cautions: [
      'Bleiben Sie am oberen Rücken: Rollen Sie weder den Nacken noch den unteren Rücken.',
      'Lassen Sie diese Übung aus, wenn Sie eine Rückenverletzung, eine bekannte Wirbelsäulenerkrankung oder brüchige Knochen haben oder wenn Ihnen der Weg auf den Boden schwerfällt.',
      CHECK_FIRST,
    ],
  },
  'heat-or-cold': {
    title: 'Wärme oder Kälte?',
    summary: 'Wann Wärme helfen kann, wann Kälte helfen kann und wie Sie beides sicher anwenden.',
    steps: [
      'Bei steifen, verspannten Muskeln kann Wärme helfen: Sie fördert die Durchblutung. Probieren Sie eine Wärmepackung oder ein Heizkissen.',
      'Bei einer frischen Zerrung oder einem Schmerzschub kann Kälte beruhigen: Sie verlangsamt die Durchblutung und lindert Verkrampfungen.',
      'Wickeln Sie die Packung in ein Tuch und wenden Sie sie jeweils etwa 15 bis 20 Minuten an.',
      'Sanftes Dehnen fällt danach oft leichter.',
    ],
    cautions: [
      'Legen Sie Eis oder eine heiße Packung nie direkt auf die nackte Haut.',
      'Vermeiden Sie Wärme oder Kälte auf Haut mit vermindertem Empfinden, und holen Sie vorher ärztlichen Rat ein, wenn Sie Diabetes oder Durchblutungsstörungen haben.',
    ],
  },
} satisfies Record<string, ItemWords>;
