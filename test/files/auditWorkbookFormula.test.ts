// The formula trees of the audit workbook: the text a spreadsheet reads
// (brackets where precedence needs them, quoted sheet names) and the figure
// cached beside it, worked out as Excel and LibreOffice do.
import { describe, expect, it } from 'vitest';
import {
  call,
  differs,
  evaluate,
  formulaText,
  FormulaError,
  minus,
  over,
  plus,
  power,
  range,
  ref,
  sum,
  text,
  times,
  type CellRef,
  type Value,
} from '../../src/files/auditWorkbook/formula';

const at = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });
const A1 = at('Inputs', 0, 0);
const B1 = at('Inputs', 0, 1);
const C1 = at('Inputs', 0, 2);

function reader(cells: Record<string, Value>) {
  return (where: CellRef) => cells[`${where.sheet}!${where.row}!${where.col}`] ?? null;
}

describe('formula text', () => {
  it('brackets a lower-ranked or right-hand operand of equal rank, and nothing else', () => {
    expect(formulaText(minus(ref(A1), minus(ref(B1), ref(C1))), 'Inputs')).toBe('A1-(B1-C1)');
    expect(formulaText(minus(minus(ref(A1), ref(B1)), ref(C1)), 'Inputs')).toBe('A1-B1-C1');
    expect(formulaText(times(plus(ref(A1), 1), ref(B1)), 'Inputs')).toBe('(A1+1)*B1');
    expect(formulaText(over(ref(A1), power(plus(1, ref(B1)), ref(C1))), 'Inputs')).toBe('A1/(1+B1)^C1');
    expect(formulaText(plus(ref(A1), -0.01), 'Inputs')).toBe('A1+(-0.01)');
  });

  it('names another sheet, quoted when its name has spaces or quotes, and writes ranges and text', () => {
    expect(formulaText(ref(at('Partners and pool', 2, 27)), 'Summary')).toBe("'Partners and pool'!AB3");
    expect(formulaText(ref(at("Ann's", 0, 0)), 'Summary')).toBe("'Ann''s'!A1");
    expect(formulaText(call('SUMIF', range(A1, at('Inputs', 9, 0)), text('say "yes"'), range(B1, at('Inputs', 9, 1))), 'Summary')).toBe(
      'SUMIF(Inputs!A1:A10,"say ""yes""",Inputs!B1:B10)',
    );
    expect(formulaText(sum([]), 'Summary')).toBe('0');
  });
});

describe('formula figures', () => {
  const cells = reader({ 'Inputs!0!0': 2, 'Inputs!0!1': 'Yes', 'Inputs!0!2': 'none', 'Inputs!1!0': 3, 'Inputs!1!1': 'no' });
  const column = (col: number) => range(at('Inputs', 0, col), at('Inputs', 1, col));

  it('sums, counts and takes MIN over numbers only, as a reference gives them', () => {
    expect(evaluate(call('SUM', column(0)), cells)).toBe(5);
    expect(evaluate(call('COUNT', range(A1, C1)), cells)).toBe(1);
    expect(evaluate(call('MIN', range(B1, C1)), cells)).toBe(0);
  });

  it('matches text criteria without regard to case, as SUMIF and MATCH do', () => {
    expect(evaluate(call('SUMIF', column(1), text('yes'), column(0)), cells)).toBe(2);
    expect(evaluate(call('SUMIFS', column(0), column(1), text('NO')), cells)).toBe(3);
    expect(evaluate(call('INDEX', column(0), call('MATCH', text('No'), column(1), 0), 1), cells)).toBe(3);
  });

  it('treats an empty cell as 0 and as "", and refuses text in arithmetic or a division by 0', () => {
    const empty = at('Inputs', 5, 5);
    expect(evaluate(plus(ref(empty), 1), cells)).toBe(1);
    expect(evaluate(call('IF', differs(ref(empty), text('')), 1, 0), cells)).toBe(0);
    expect(() => evaluate(plus(ref(C1), 1), cells)).toThrow(FormulaError);
    expect(() => evaluate(over(1, ref(empty)), cells)).toThrow(/#DIV\/0!/);
  });
});
