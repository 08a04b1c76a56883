/** macOS's dock icon, the only place `app.dock` exists. */
export class FakeDock implements Pick<Electron.Dock, 'hide' | 'show' | 'isVisible'> {
  private visible = true;
  hide(): void {
    this.visible = false;
  }
  show(): Promise<void> {
    this.visible = true;
    return Promise.resolve();
  }
  isVisible(): boolean {
    return this.visible;
  }
}
