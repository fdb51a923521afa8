import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import type { MenuCommand } from '../../../shared/bridge';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = menu?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return template.find((m) => m.label?.replace('&', '') === label);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as unknown as ((...args: unknown[]) => void) | undefined;
  handler?.({}, undefined, {});
}

describe('application menu', () => {
  it('sends a menu command for each File and Help item', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const template = buildMenuTemplate({ platform: 'linux', isDev: false, send });
    const file = items(find(template, 'File'));
    for (const label of ['Import…', 'Export…', 'Print…', 'Open Plan for Review…', 'Back up…', 'Restore from Backup…', 'Settings'])
      click(file.find((i) => i.label === label));
    click(items(find(template, 'Help')).find((i) => i.label === 'About Blendwise'));
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'import',
      'export',
      'print',
      'openReview',
      'backup',
      'restore',
      'settings',
      'about',
    ]);
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('has File, Edit, View and Help, with roles in Edit', () => {
    const template = buildMenuTemplate({ platform: 'win32', isDev: false, send: () => undefined });
    expect(template.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(
      items(find(template, 'Edit'))
        .map((i) => i.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('offers reload only in development', () => {
    const roles = (isDev: boolean) =>
      items(find(buildMenuTemplate({ platform: 'linux', isDev, send: () => undefined }), 'View')).map(
        (i) => i.role,
      );
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(roles(true)).toContain('reload');
  });

  it('offers Toggle Developer Tools only in development builds, on every platform', () => {
    const everyRole = (list: MenuItemConstructorOptions[]): string[] =>
      list.flatMap((i) => [...(i.role ? [String(i.role)] : []), ...everyRole(items(i))]);
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const packaged = everyRole(buildMenuTemplate({ platform, isDev: false, send: () => undefined }));
      const dev = everyRole(buildMenuTemplate({ platform, isDev: true, send: () => undefined }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(dev).toContain('toggleDevTools');
    }
  });

  it('never ends a menu on a separator or puts two in a row', () => {
    for (const isDev of [false, true]) {
      for (const menu of buildMenuTemplate({ platform: 'linux', isDev, send: () => undefined })) {
        const types = items(menu).map((i) => i.type ?? 'normal');
        expect(types.at(-1)).not.toBe('separator');
        expect(types.join(' ')).not.toContain('separator separator');
      }
    }
  });

  it('follows macOS conventions: app menu first, About and Settings there', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const template = buildMenuTemplate({ platform: 'darwin', isDev: false, send });
    expect(template[0]?.label).toBe('Blendwise');
    const appMenu = items(template[0]);
    expect(appMenu.map((i) => i.role).filter(Boolean)).toContain('quit');
    click(appMenu.find((i) => i.label === 'Settings…'));
    expect(send).toHaveBeenCalledWith('settings', undefined);
  });

  it('uses only commands the bridge knows', () => {
    const sent: MenuCommand[] = [];
    const walk = (list: MenuItemConstructorOptions[]): void => {
      for (const item of list) {
        click(item);
        walk(items(item));
      }
    };
    for (const platform of ['darwin', 'linux'] as const) {
      walk(buildMenuTemplate({ platform, isDev: true, send: (c) => void sent.push(c) }));
    }
    expect(new Set(sent)).toEqual(new Set(['import', 'export', 'print', 'openReview', 'backup', 'restore', 'settings', 'about']));
  });
});
