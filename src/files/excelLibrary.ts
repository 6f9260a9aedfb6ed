// exceljs is large (about 1 MB), so it is loaded only when a workbook is
// written or read, keeping it out of the app's startup bundle.
type ExcelJs = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJs> {
  const module = await import('exceljs');
  // Node hands over the CommonJS exports as `default`; a bundler may flatten them.
  return (module as { default?: ExcelJs }).default ?? module;
}

/** A workbook's .xlsx bytes, exactly: Node gives a Buffer, a view on a shared pool, so those are copied out. */
export async function workbookBytes(workbook: InstanceType<ExcelJs['Workbook']>): Promise<ArrayBuffer> {
  const bytes: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer();
  return bytes instanceof ArrayBuffer ? bytes : (new Uint8Array(bytes).buffer as ArrayBuffer);
}
