// Handsontable as the input grids use it (ENGINEERING.md): the base build with
// only the cell types and plugins the grids need, the licence key from
// configuration, and every piece of user data written as text. UndoRedo is
// deliberately not registered: the scenario store keeps one history for all grids.
import Handsontable from 'handsontable/base';
import type { CellProperties, ColumnSettings, GridSettings, HotInstance } from 'handsontable/base';
import { CheckboxCellType } from 'handsontable/cellTypes/checkboxType';
import { DropdownCellType } from 'handsontable/cellTypes/dropdownType';
import { registerCellType } from 'handsontable/cellTypes/registry';
import { registerEditor } from 'handsontable/editors/registry';
import { TextEditor } from 'handsontable/editors/textEditor';
import { Autofill } from 'handsontable/plugins/autofill';
import { CopyPaste } from 'handsontable/plugins/copyPaste';
import { ManualColumnResize } from 'handsontable/plugins/manualColumnResize';
import { registerPlugin } from 'handsontable/plugins/registry';
import { StretchColumns } from 'handsontable/plugins/stretchColumns';
import { textRenderer } from 'handsontable/renderers/textRenderer';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main.min.css';
import { displayNumber, isNumberKind } from './cellKinds';
import type { ColumnSpec } from './sheet';

registerCellType(CheckboxCellType);
registerCellType(DropdownCellType);
registerPlugin(CopyPaste);
registerPlugin(Autofill);
registerPlugin(ManualColumnResize);
registerPlugin(StretchColumns);

export { Handsontable };
export type { HotInstance };

/** The class that themes the grid; it goes on the element the grid is mounted in. */
export const THEME_CLASS = 'ht-theme-main';

const LICENSE_KEY: string = import.meta.env.VITE_HANDSONTABLE_LICENSE_KEY || 'non-commercial-and-evaluation';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Handsontable writes headers (and its own menus) as HTML: this makes every
 * such surface show its text literally. A pasted HTML table is left whole:
 * Handsontable reads it through an inert DOMParser and keeps only cell text.
 */
function textOnly(html: string, context?: string): string {
  return context === 'CopyPaste.paste' || context === 'CopyPaste.paste.sourceData' ? html : escapeHtml(html);
}

/** Settings every input grid shares. */
export function sharedSettings(): GridSettings {
  return {
    licenseKey: LICENSE_KEY,
    sanitizer: textOnly,
    locale: 'en-GB',
    rowHeaders: true,
    height: 'auto',
    width: '100%',
    stretchH: 'last',
    manualColumnResize: true,
    fillHandle: { direction: 'vertical', autoInsertRow: false },
    outsideClickDeselects: false,
    autoWrapRow: false,
    autoWrapCol: false,
    allowInvalid: true,
    // Rows and columns come from the scenario: a paste that runs past the edge is cut there.
    allowInsertRow: false,
    allowInsertColumn: false,
    wordWrap: false,
  };
}

/**
 * Handsontable's text editor, except that it no longer lays its hidden text
 * box over every cell the selection reaches. That is for typing with an input
 * method straight into a cell (`imeFastEdit`, off here); it reads the page's
 * layout, and so costs every Enter key a few milliseconds before the edit
 * can reach the charts. Opening the editor still puts it over its cell.
 */
class TextCellEditor extends TextEditor {
  constructor(hot: HotInstance) {
    super(hot);
    this.autoResize = resizedOnInputOnly(this.autoResize);
  }

  override refreshDimensions(force = false): void {
    if (force && !this.isOpened()) return;
    super.refreshDimensions(force);
  }

  /**
   * After every change Handsontable writes the cell's value into the closed
   * editor's text box, which has the focus, so Chromium lays out the page to
   * place its caret: a few milliseconds of each Enter key. Closed, the box is
   * never read, and opening the editor clears it or writes the cell's value.
   */
  override refreshValue(): void {
    const { row, col } = this;
    if (this.isOpened() || row === null || col === null) super.refreshValue();
    else this.originalValue = this.hot.getSourceDataAtCell(this.hot.toPhysicalRow(row), col);
  }
}

/**
 * The editor's text box grows with what is typed, measured on each input.
 * Handsontable's resizer also measures on a timer after every key down, and
 * the timer the Enter key sets fires after the editor has closed, forcing a
 * layout while the edit's results wait to be drawn.
 */
function resizedOnInputOnly(resizer: TextEditor['autoResize']): TextEditor['autoResize'] {
  let observed: HTMLElement | undefined;
  const stop = () => observed?.removeEventListener('input', resizer.resize);
  return {
    init: (element, config, observe = false) => {
      stop();
      resizer.init(element, config, false);
      observed = observe ? element : undefined;
      observed?.addEventListener('input', resizer.resize);
    },
    resize: resizer.resize,
    unObserve: () => {
      stop();
      resizer.unObserve();
    },
  };
}

const TEXT_CELL_EDITOR = 'upstream.text';
registerEditor(TEXT_CELL_EDITOR, TextCellEditor);

/** Numbers and text are written with textContent, numbers formatted for reading (£12,000; 2026/27). */
function displayRenderer(column: ColumnSpec) {
  return (instance: HotInstance, td: HTMLTableCellElement, row: number, col: number, prop: string | number, value: unknown, cellProperties: CellProperties) => {
    const shown = isNumberKind(column.kind) && typeof value === 'number' ? displayNumber(value, column.kind) : value;
    textRenderer(instance, td, row, col, prop, shown, cellProperties);
  };
}

export function columnSettings(column: ColumnSpec): ColumnSettings {
  const shared: ColumnSettings = {
    width: column.width,
    readOnly: column.readOnly ?? false,
    placeholder: column.placeholder,
    // No validator: Handsontable runs validators a microtask later and then redraws the cell, delaying every
    // edit; the instant check is drawn with the cell instead (ScenarioGrid's markCell, sheet.ts cellProblems).
  };
  const classes = (...names: Array<string | undefined>) => names.filter(Boolean).join(' ') || undefined;
  if (column.kind === 'flag') return { ...shared, type: 'checkbox', className: classes('htCenter', column.className) };
  if (column.choices) return { ...shared, type: 'dropdown', source: [...column.choices], className: classes(isNumberKind(column.kind) ? 'htCenter' : undefined, column.className) };
  return { ...shared, type: 'text', editor: TEXT_CELL_EDITOR, renderer: displayRenderer(column), className: classes(isNumberKind(column.kind) ? 'htRight htNumeric' : undefined, column.className) };
}
