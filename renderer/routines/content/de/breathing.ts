import type { ItemWords } from '../localize';

const LIGHT_HEADED =
  'Wenn Sie sich benommen fühlen, folgen Sie nicht länger dem Takt und atmen Sie normal.';

/** German words for ../items/breathing.ts. */
export const germanBreathing = {
  'box-breathing': {
    title: 'Box-Atmung',
    summary:
      'Einatmen, halten, ausatmen, halten, jeweils gleich lang gezählt, um Atem und Geist zur Ruhe zu bringen.',
    steps: [
      'Setzen Sie sich bequem hin, lassen Sie die Schultern sinken und atmen Sie aus.',
      'Folgen Sie dem Quadrat: einatmen bis vier, halten bis vier, ausatmen bis vier, halten bis vier.',
    ],
    cautions: [
      LIGHT_HEADED,
      'Lassen Sie das Anhalten weg, wenn es unangenehm ist, zum Beispiel bei einer Atemwegserkrankung.',
    ],
  },
  'extended-exhale': {
    title: 'Langes Ausatmen',
    summary:
      'Länger aus- als einatmen – ein einfacher Weg, dem Körper zu helfen, zur Ruhe zu kommen.',
    steps: [
      'Setzen Sie sich bequem hin und legen Sie eine Hand auf den Bauch.',
      'Atmen Sie sanft durch die Nase ein und zählen Sie dabei bis vier, dann langsam aus bis sechs.',
    ],
    cautions: [LIGHT_HEADED],
  },
} satisfies Record<string, ItemWords>;
