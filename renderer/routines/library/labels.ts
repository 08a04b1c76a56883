import type { Translate } from '../../../shared/core/i18n/translator';
import type { FocusTag, ItemKind } from '../content/schema';

/** What an item is ("Stretch", "Dehnung"), for any view that shows it. */
export const itemKindName = (kind: ItemKind, t: Translate): string =>
  t(`routines:itemKinds.${kind}`);

/** What an item works on ("Chest opener", "Brust öffnen"). */
export const focusTagName = (tag: FocusTag, t: Translate): string => t(`routines:focusTags.${tag}`);
