export { LibraryButton } from './LibraryButton';
