import type { AppEffect, HistoryFact } from '../core/app-effects';
import {
  acknowledgeMessage,
  nudgeMessage,
  suggestStretchMessage,
} from '../core/coach/nudge-messages';
import type { Wording } from '../core/i18n/wording';
import { noticeView } from '../core/notice-message';
import type { Broadcaster, Notifier, Shell } from './ports';

export interface EffectPorts {
  readonly notifier: Notifier;
  readonly shell: Shell;
  readonly broadcast: Broadcaster;
  /** Where `record` facts go (the history pipeline). */
  readonly history: { record(fact: HistoryFact): void };
  /** Asked for each effect: the language setting may change between two of them. */
  readonly wording: () => Wording;
}

/**
 * Carries out what the core decided, through the ports, and decides nothing itself: every
 * "whether" and "when" is the core's (shared/core/app-state.ts); this only knows "how".
 */
export function createEffectInterpreter(ports: EffectPorts): (effect: AppEffect) => void {
  const { notifier, shell, broadcast, history } = ports;
  return (effect) => {
    const words = ports.wording();
    const title = words.t('appName');
    switch (effect.type) {
      case 'nudge': {
        const message = nudgeMessage(effect.level, effect.reason, words);
        if (effect.level === 'notification') notifier.notify(title, message);
        if (effect.level === 'glow') shell.showGlow(true);
        broadcast.emit('coach:feedback', { kind: 'nudge', level: effect.level, message });
        return;
      }
      case 'nudge:clear':
        shell.showGlow(false);
        broadcast.emit('coach:feedback', { kind: 'clear' });
        return;
      case 'acknowledge':
        broadcast.emit('coach:feedback', {
          kind: 'acknowledge',
          message: acknowledgeMessage(words),
        });
        return;
      case 'suggest-stretch': {
        const message = suggestStretchMessage(words);
        notifier.notify(title, message);
        broadcast.emit('coach:feedback', { kind: 'suggest-stretch', message });
        return;
      }
      case 'break:heads-up':
        notifier.notify(
          title,
          words.t(`core:notification.headsUp.${effect.kind}`, { count: effect.inSeconds }),
        );
        return;
      case 'break:start':
        shell.showGlow(false);
        shell.openBreak(effect.kind);
        broadcast.emit('break:start', {
          kind: effect.kind,
          durationSeconds: effect.durationSeconds,
          recentSlouchShare: effect.recentSlouchShare,
          ...(effect.suggestedFocus ? { suggestedFocus: effect.suggestedFocus } : {}),
        });
        return;
      case 'break:end':
        shell.closeBreak();
        return;
      case 'camera':
        broadcast.emit('monitor:control', { run: effect.on, mode: effect.mode });
        return;
      case 'record':
        history.record(effect.fact);
        return;
      case 'notice':
        broadcast.emit('app:notice', noticeView(effect.notice, words));
        return;
    }
  };
}
