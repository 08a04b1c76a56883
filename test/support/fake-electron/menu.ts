import type { ElectronArgs } from './types';

type Template = Electron.MenuItemConstructorOptions;

/** One built menu item: what the person sees, and what a click runs. */
export class FakeMenuItem implements Pick<Electron.MenuItem, 'label' | 'enabled' | 'type' | 'id'> {
  readonly label: string;
  readonly enabled: boolean;
  readonly type: Electron.MenuItem['type'];
  readonly id: string;
  readonly submenu: FakeMenu | undefined;
  private readonly onClick: Template['click'];

  constructor(template: Template) {
    // Electron refuses an item that says nothing about itself.
    if (template.label === undefined && template.role === undefined && template.type === undefined)
      throw new Error(
        'Invalid template for MenuItem: must have at least one of label, role or type',
      );
    this.label = template.label ?? '';
    this.enabled = template.enabled ?? true;
    this.id = template.id ?? '';
    this.onClick = template.click;
    const submenu = template.submenu;
    this.submenu = Array.isArray(submenu) ? FakeMenu.buildFromTemplate(submenu) : undefined;
    this.type = template.type ?? (this.submenu ? 'submenu' : 'normal');
  }

  /** The person clicks it. A disabled item cannot be clicked, as in a real menu. */
  click(): void {
    if (!this.enabled) throw new Error(`the menu item "${this.label}" is disabled`);
    // Electron passes (menuItem, focusedWindow, event); Poise's items use none of them.
    this.onClick?.(this as never, undefined, {} as KeyboardEvent as never);
  }
}

/** A built menu: items, found by their labels as the person reads them. */
export class FakeMenu {
  static buildFromTemplate(template: readonly Template[]): FakeMenu {
    return new FakeMenu(template.map((item) => new FakeMenuItem(item)));
  }

  private constructor(readonly items: readonly FakeMenuItem[]) {}

  labels(): string[] {
    return this.items.filter((item) => item.type !== 'separator').map((item) => item.label);
  }

  /** The item at a path of labels (a submenu's label, then an item in it); undefined if none. */
  find(...path: string[]): FakeMenuItem | undefined {
    const [first, ...rest] = path;
    const item = this.items.find((candidate) => candidate.label === first);
    if (!item || rest.length === 0) return item;
    return item.submenu?.find(...rest);
  }

  /** Click the item at a path of labels; throws if it is missing or disabled. */
  click(...path: string[]): void {
    const item = this.find(...path);
    if (!item) throw new Error(`no menu item ${path.join(' > ')} in [${this.labels().join(', ')}]`);
    item.click();
  }
}

export const fakeMenu = {
  buildFromTemplate(template: (Template | Electron.MenuItem)[]) {
    // Poise builds its menus from plain templates; Electron also takes built MenuItems.
    if (template.some((item) => item instanceof FakeMenuItem))
      throw new Error('the fake builds menus from templates only');
    return FakeMenu.buildFromTemplate(template as Template[]);
  },
} satisfies ElectronArgs<typeof Electron.Menu, 'buildFromTemplate'>;
