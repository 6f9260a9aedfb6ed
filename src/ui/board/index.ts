export { BoardView, type BoardViewProps } from './BoardView';
