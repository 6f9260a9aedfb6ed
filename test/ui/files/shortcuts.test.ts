import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileCommandOf } from '../../../src/ui/files/shortcuts';

/** A keydown as the browser reports it; only the fields the shortcuts read. */
const keydown = (key: string, keys: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  ({ key, ctrlKey: !!keys.ctrl, metaKey: !!keys.meta, shiftKey: !!keys.shift, altKey: !!keys.alt }) as KeyboardEvent;

describe('which file command a key press asks for', () => {
  it('reads Ctrl+S, Ctrl+Shift+S and Ctrl+O, or Cmd on a Mac', () => {
    expect(fileCommandOf(keydown('s', { ctrl: true }))).toBe('save');
    expect(fileCommandOf(keydown('S', { ctrl: true, shift: true }))).toBe('saveAs');
    expect(fileCommandOf(keydown('o', { ctrl: true }))).toBe('open');
    expect(fileCommandOf(keydown('s', { meta: true }))).toBe('save');
    expect(fileCommandOf(keydown('S', { meta: true, shift: true }))).toBe('saveAs');
    expect(fileCommandOf(keydown('O', { meta: true }))).toBe('open');
  });

  it('leaves every other key to the page: no modifier, Alt held, Shift with O, other letters', () => {
    expect(fileCommandOf(keydown('s'))).toBeNull();
    expect(fileCommandOf(keydown('S', { shift: true }))).toBeNull();
    expect(fileCommandOf(keydown('s', { ctrl: true, alt: true }))).toBeNull();
    expect(fileCommandOf(keydown('O', { ctrl: true, shift: true }))).toBeNull();
    expect(fileCommandOf(keydown('p', { ctrl: true }))).toBeNull();
    expect(fileCommandOf(keydown('z', { meta: true }))).toBeNull();
  });
});

describe('how a shortcut is shown and announced', () => {
  /** The module as a browser with this user agent loads it: it looks for a Mac once, on loading. */
  async function shortcutsIn(userAgent: string) {
    vi.stubGlobal('navigator', { userAgent });
    vi.resetModules();
    return import('../../../src/ui/files/shortcuts');
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('shows Ctrl away from a Mac, and announces both Control and Meta', async () => {
    const { shortcutOf } = await shortcutsIn('Mozilla/5.0 (Windows NT 10.0; Win64; x64)');
    expect(shortcutOf('open')).toEqual({ shown: 'Ctrl+O', keys: 'Control+O Meta+O' });
    expect(shortcutOf('save')).toEqual({ shown: 'Ctrl+S', keys: 'Control+S Meta+S' });
    expect(shortcutOf('saveAs')).toEqual({ shown: 'Ctrl+Shift+S', keys: 'Control+Shift+S Meta+Shift+S' });
  });

  it('shows the Mac symbols on a Mac', async () => {
    const { shortcutOf } = await shortcutsIn('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)');
    expect(shortcutOf('open')).toEqual({ shown: '⌘O', keys: 'Control+O Meta+O' });
    expect(shortcutOf('saveAs')).toEqual({ shown: '⇧⌘S', keys: 'Control+Shift+S Meta+Shift+S' });
  });
});
