import type {
  InvokeChannel,
  InvokeParsed,
  InvokeResults,
  SendChannel,
  SendParsed,
} from './contract';

/**
 * What answers each channel of the contract, once its arguments have been parsed. Kept apart from
 * the Electron wiring (main/ipc/register-handlers.ts) because the browser host answers the same
 * contract inside a page, with no Electron at all.
 */
export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: InvokeParsed<C>) => InvokeResults[C] | Promise<InvokeResults[C]>;
};
export type SendHandlers = { [C in SendChannel]: (...args: SendParsed<C>) => void };
