// Desktop menu commands inside the renderer: the editor's commands travel as a window event.
import type { MenuCommand } from '../../shared/ipc/shell-names';

/** Menu commands the open editor handles arrive as this window event (detail = command). */
export const MENU_EVENT = 'nianbao-menu';

export function postMenuCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(MENU_EVENT, { detail: command }));
}

/** Subscribes to menu commands posted with postMenuCommand; returns the unsubscribe function. */
export function onMenuEvent(listener: (command: MenuCommand) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<MenuCommand>).detail);
  window.addEventListener(MENU_EVENT, handler);
  return () => window.removeEventListener(MENU_EVENT, handler);
}
