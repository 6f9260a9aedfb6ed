// Files in the app: save, open, autosave and recovery, and exports.
import './files.css';

export { BoardPack } from './BoardPack';
export { ChartImageButton } from './ChartImageButton';
export { FileMenus } from './FileMenus';
export { createFiles, type Files } from './files';
export { FilesNotices } from './FilesNotices';
export { FileStatus } from './FileStatus';
export { PausedModel } from './PausedModel';
export { loadStartingPoint, type StartingPoint } from './startup';
