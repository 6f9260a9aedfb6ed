// Pure steps that bring an older scenario file up to the current version
// (MODEL.md §9: "older versions are migrated"). MIGRATIONS[v] turns a version v
// file into a version v + 1 file. Version 1 is the first, so there are none
// yet; each new version adds one step and keeps its old files as fixtures.
import { FILE_VERSION } from './fileFormat';

export type RawFile = Record<string, unknown>;
export type Migration = (file: RawFile) => RawFile;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
