// Pure steps that bring an older scenario file up to the current version
// (MODEL.md §9: "older versions are migrated"; §12). MIGRATIONS[v] turns a
// version v file into a version v + 1 file; each version keeps its old files
// as frozen test fixtures (test/model/file/frozen-v1/).
import { FILE_VERSION } from './fileFormat';
import { checkNoNewerFields } from './newerFields';

export type RawFile = Record<string, unknown>;
export type Migration = (file: RawFile) => RawFile;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // §12: version 2 only adds optional fields, so a v1 file is a v2 file once its version says so.
  1: (file) => ({ ...file, version: 2 }),
};

export function migrateToCurrent(
  file: RawFile,
  fromVersion: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = FILE_VERSION,
): RawFile {
  let migrated = file;
  for (let version = fromVersion; version < currentVersion; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from scenario file version ${version} to ${version + 1}`);
    migrated = { ...step(migrated), version: version + 1 };
  }
  return migrated;
}

/**
 * A draft entering the app (autosave, the library, a sample, an import) at the
 * current version, so the app never holds an older one: a valid older version
 * is migrated; anything else, a version 1 draft with a version 2 field
 * included, is handed back as it is, for the reader to report.
 */
export function migrateDraft<T>(draft: T): T {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return draft;
  const file = draft as RawFile;
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version >= FILE_VERSION) return draft;
  if (checkNoNewerFields(file, version).length > 0) return draft;
  return migrateToCurrent(file, version) as T;
}
