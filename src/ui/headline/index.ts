export { HeadlineStrip } from './HeadlineStrip';
