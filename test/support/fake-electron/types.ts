/**
 * The named methods of an Electron module with Electron's own parameters; what they return is the
 * fake's stand-in (which implements the part of Electron's type that Poise uses).
 */
export type ElectronArgs<Module, Names extends keyof Module> = {
  [Name in Names]: Module[Name] extends (...args: infer Args) => unknown
    ? (...args: Args) => unknown
    : never;
};
