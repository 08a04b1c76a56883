import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { monitorProblemWords, reasonWords } from '../../../../shared/core/posture-words';
import { METRIC_IDS, metricDefinition } from '../../../../shared/posture/metrics';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

/** Reason ids the classifier gives besides the metrics (shared/posture). */
const OTHER_REASONS = [
  'presence',
  'people',
  'hand',
  'headOutOfSight',
  'keypoints',
  'calibration',
  'picture',
] as const;

describe('reason words', () => {
  it.each([
    ['headTilt', 'Your head is tilted to one side.', 'Ihr Kopf ist zur Seite geneigt.'],
    ['presence', 'Nobody is in front of the camera.', 'Niemand ist vor der Kamera.'],
    [
      'people',
      'More than one person is in view, so Poise is not judging posture.',
      'Mehr als eine Person ist im Bild, daher beurteilt Poise die Haltung nicht.',
    ],
  ])('%s reads in English and German', (metric, english, german) => {
    expect(reasonWords(metric, en)).toBe(english);
    expect(reasonWords(metric, de)).toBe(german);
  });

  it('has words in both languages for every reason the classifier gives', () => {
    for (const metric of [...METRIC_IDS, ...OTHER_REASONS]) {
      expect(reasonWords(metric, en), metric).toMatch(/\w/);
      expect(reasonWords(metric, de), metric).not.toBe(reasonWords(metric, en));
    }
  });

  it('matches the English the metrics keep for logs, so the two never drift apart', () => {
    for (const metric of METRIC_IDS)
      expect(reasonWords(metric, en)).toBe(metricDefinition(metric).message);
  });

  it('has no words for an unknown id or none', () => {
    expect(reasonWords('toString', en)).toBeNull();
    expect(reasonWords('neck', en)).toBeNull();
    expect(reasonWords(null, de)).toBeNull();
  });
});

describe('monitor problem words', () => {
  it('names a camera problem by its code in each language', () => {
    expect(monitorProblemWords('no-camera', en)).toBe(
      'No camera found. Plug one in and Poise will pick it up.',
    );
    expect(monitorProblemWords('no-camera', de)).toBe(
      'Keine Kamera gefunden. Schließen Sie eine an, dann erkennt Poise sie.',
    );
    expect(monitorProblemWords('model-missing', de)).toContain('Installieren Sie Poise neu');
  });
});
