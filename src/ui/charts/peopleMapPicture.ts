// The whole-system map drawn on a canvas, for Save as PNG only (on screen the
// map is an HTML table): the same rows, columns, lines, shades and note.
import { FONT_FAMILY } from '../../files/chartImage';
import { wrapLabel } from './chartData';
import { cellLines, cellShade, COUNTED_TWICE, lineLabels, type PeopleMapData } from './peopleMapData';
import { GRID_LINE, INK, MUTED } from './palette';

const LEVEL_WIDTH = 200;
const LABEL_WIDTH = 150;
const COLUMN_WIDTH = 130;
const HEADER_HEIGHT = 52;
const ROW_HEIGHT = 78;
const LINE_HEIGHT = 20;
const PAD = 10;
const NOTE_HEIGHT = 34;

/** Sizes `canvas` to the map and draws it on white. */
export function drawPeopleMap(canvas: HTMLCanvasElement, data: PeopleMapData): void {
  const firstColumn = LEVEL_WIDTH + LABEL_WIDTH;
  canvas.width = firstColumn + COLUMN_WIDTH * data.settings.length;
  const rowsEnd = HEADER_HEIGHT + ROW_HEIGHT * data.levels.length;
  canvas.height = rowsEnd + NOTE_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'top';
  const text = (line: string, x: number, y: number, weight: number, colour: string, align: CanvasTextAlign = 'left') => {
    context.font = `${weight} 14px ${FONT_FAMILY}`;
    context.fillStyle = colour;
    context.textAlign = align;
    context.fillText(line, x, y);
  };
  /** Three lines, the middle one (the scenario) in bold. */
  const lines = (three: ReturnType<typeof cellLines>, x: number, top: number, colour: string, align: CanvasTextAlign) => {
    text(three.now, x, top + PAD, 400, colour, align);
    text(three.scenario, x, top + PAD + LINE_HEIGHT, 700, INK, align);
    text(three.baseline, x, top + PAD + 2 * LINE_HEIGHT, 400, colour, align);
  };
  text('Level', PAD, HEADER_HEIGHT - PAD - 16, 650, INK);
  data.settings.forEach((setting, c) =>
    wrapLabel(setting.words, 14)
      .reverse()
      .forEach((line, i) => text(line, firstColumn + (c + 1) * COLUMN_WIDTH - PAD, HEADER_HEIGHT - PAD - 16 - i * 18, 650, INK, 'right')),
  );
  data.levels.forEach((level, l) => {
    const top = HEADER_HEIGHT + l * ROW_HEIGHT;
    context.fillStyle = GRID_LINE;
    context.fillRect(0, top, canvas.width, 1);
    wrapLabel(level, 22).forEach((line, i) => text(line, PAD, top + PAD + i * 18, 650, INK));
    lines(lineLabels(data), LEVEL_WIDTH, top, MUTED, 'left');
    data.cells[l].forEach((cell, c) => {
      const left = firstColumn + c * COLUMN_WIDTH;
      if (!cell) return text('–', left + COLUMN_WIDTH - PAD, top + PAD, 400, MUTED, 'right');
      context.fillStyle = cellShade(cell, data.most);
      context.fillRect(left + 2, top + 3, COLUMN_WIDTH - 4, ROW_HEIGHT - 6);
      lines(cellLines(cell), left + COLUMN_WIDTH - PAD, top, INK, 'right');
    });
  });
  text(COUNTED_TWICE, PAD, rowsEnd + PAD + 4, 400, MUTED);
}
