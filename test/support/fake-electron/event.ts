/**
 * The event object Electron hands to listeners of cancellable events ('before-quit',
 * 'will-navigate', 'close'...): `Electron.Event` is `{ preventDefault, defaultPrevented } & Params`.
 */
export function electronEvent<Params extends object = object>(
  params: Params = {} as Params,
): Electron.Event<Params> {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    },
    params,
  );
}
