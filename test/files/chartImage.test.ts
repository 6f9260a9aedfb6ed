import { describe, expect, it } from 'vitest';
import { composeChartPicture, type ChartPart, type PictureContext } from '../../src/files/chartImage';

/** A stand-in 2D context that records what is written and drawn; text is 7 px a character at 14 px type. */
function recordingContext() {
  const texts: { text: string; x: number; y: number; font: string }[] = [];
  const images: { x: number; y: number }[] = [];
  const context = {
    font: '',
    fillStyle: '',
    textBaseline: 'alphabetic',
    fillText(text: string, x: number, y: number) {
      texts.push({ text, x, y, font: this.font });
    },
    fillRect() {},
    drawImage(_image: unknown, x: number, y: number) {
      images.push({ x, y });
    },
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 14);
      return { width: text.length * size * 0.5 } as TextMetrics;
    },
  };
  return { context: context as unknown as PictureContext, texts, images };
}

/** A chart canvas drawn at twice its CSS size, as on a high-density screen. */
const canvas = (width: number, height: number) => ({ width, height, clientWidth: width / 2 }) as HTMLCanvasElement;

const ABOUT = {
  title: 'Spend by level: baseline and scenario',
  subtitle: "Gloucestershire-shaped county · 2008/09 to 2025/26",
  key: ['Left bar each year: baseline (no change)', 'Right bar: scenario'],
};

describe('a chart picture with its context', () => {
  it('puts the title, the scenario and years and the key above the chart, on a larger picture than the bare chart', () => {
    const { context, texts, images } = recordingContext();
    const target = { width: 0, height: 0 };
    composeChartPicture(target, context, [{ canvas: canvas(1200, 600) }], ABOUT);
    expect(texts.map((t) => t.text)).toEqual([ABOUT.title, ABOUT.subtitle, ...ABOUT.key]);
    expect(target.width).toBeGreaterThan(1200);
    expect(target.height).toBeGreaterThan(600);
    // Everything written sits above the chart, at the chart's own pixel density (type twice its CSS size).
    const chartTop = images[0].y;
    for (const text of texts) expect(text.y).toBeLessThan(chartTop);
    expect(texts[0].font).toContain('36px');
  });

  it('wraps a title too long for the chart’s width over more lines', () => {
    const { context, texts } = recordingContext();
    const long = 'Who pays and who saves in a scenario whose name runs on and on past the width of the chart itself';
    composeChartPicture({ width: 0, height: 0 }, context, [{ canvas: canvas(400, 200) }], { ...ABOUT, title: long, key: [] });
    const titleLines = texts.filter((t) => t.font.includes('650'));
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((t) => t.text).join(' ')).toBe(long);
  });

  it('names each of several small charts and stacks them', () => {
    const { context, texts, images } = recordingContext();
    const parts: ChartPart[] = [
      { canvas: canvas(600, 300), caption: 'County Council' },
      { canvas: canvas(600, 300), caption: 'NHS' },
    ];
    const target = { width: 0, height: 0 };
    composeChartPicture(target, context, parts, { ...ABOUT, key: [] });
    expect(texts.map((t) => t.text)).toContain('NHS');
    expect(images[1].y).toBeGreaterThanOrEqual(images[0].y + 300);
    expect(target.height).toBeGreaterThan(600);
  });

  it('without context, is the bare chart', () => {
    const { context, texts } = recordingContext();
    const target = { width: 0, height: 0 };
    composeChartPicture(target, context, [{ canvas: canvas(400, 200) }]);
    expect(target).toEqual({ width: 400, height: 200 });
    expect(texts).toEqual([]);
  });
});
