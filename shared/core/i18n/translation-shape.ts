/**
 * A translation must have exactly the English keys, each a string: German (and any later
 * language) is declared `satisfies Translation<typeof en.x>`, so a missing key fails the type check.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
