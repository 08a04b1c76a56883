import { callProbe } from './call-probe';
import { dndProbe } from './dnd-probe';
import { fullscreenProbe } from './fullscreen-probe';
import type { SignalProbe, SignalSystem } from './probe';

/** The probes this OS and desktop can offer; a signal with none is unavailable here. */
export const systemProbes = (system: SignalSystem): SignalProbe[] =>
  [fullscreenProbe(system), dndProbe(system), callProbe(system)].filter(
    (probe): probe is SignalProbe => probe !== null,
  );
