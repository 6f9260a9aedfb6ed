// Worksheet formulas as small trees: one tree gives both the formula text a
// spreadsheet recalculates and the figure cached beside it, so the two can
// never disagree. Only functions that Excel 2016, LibreOffice and HyperFormula
// all compute are offered.

/** A cell of the plan, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export type Fn = 'SUM' | 'COUNT' | 'MIN' | 'MAX' | 'IF' | 'AND' | 'OR' | 'INDEX' | 'MATCH' | 'SUMIF' | 'SUMIFS';
type Operator = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '=' | '<>';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'ref'; at: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  | { kind: 'op'; op: Operator; left: Expr; right: Expr }
  | { kind: 'call'; fn: Fn; args: Expr[] };

/** What a cell or a formula holds; null is an empty cell. */
export type Value = number | string | boolean | null;

export type Operand = Expr | number;

const expr = (x: Operand): Expr => (typeof x === 'number' ? { kind: 'number', value: x } : x);

export const ref = (at: CellRef): Expr => ({ kind: 'ref', at });
export const text = (value: string): Expr => ({ kind: 'text', value });
/** The rectangle from one cell to another, both included. */
export const range = (from: CellRef, to: CellRef): Expr => ({ kind: 'range', from, to });
export const call = (fn: Fn, ...args: Operand[]): Expr => ({ kind: 'call', fn, args: args.map(expr) });

const op = (o: Operator) => (left: Operand, right: Operand): Expr => ({ kind: 'op', op: o, left: expr(left), right: expr(right) });
export const plus = op('+');
export const minus = op('-');
export const times = op('*');
export const over = op('/');
export const power = op('^');
export const less = op('<');
export const atMost = op('<=');
export const more = op('>');
export const equals = op('=');
export const differs = op('<>');

/** a + b + …, or 0 for none. */
export function sum(terms: readonly Operand[]): Expr {
  if (terms.length === 0) return expr(0);
  return terms.slice(1).reduce<Expr>((total, term) => plus(total, term), expr(terms[0]));
}

// --- Formula text -----------------------------------------------------------

/** A, B, …, Z, AA, AB, … */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name as a formula writes it: quoted unless plain letters and digits. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function address(at: CellRef, from: string): string {
  return `${at.sheet === from ? '' : sheetPrefix(at.sheet)}${columnName(at.col)}${at.row + 1}`;
}

// Operators bind by these ranks (higher first); a child of lower rank is bracketed.
const RANK: Record<Operator, number> = { '^': 4, '*': 3, '/': 3, '+': 2, '-': 2, '<': 1, '<=': 1, '>': 1, '>=': 1, '=': 1, '<>': 1 };

function textOf(e: Expr, sheet: string): string {
  switch (e.kind) {
    case 'number':
      return e.value < 0 ? `(${String(e.value)})` : String(e.value);
    case 'text':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'ref':
      return address(e.at, sheet);
    case 'range':
      // A range lies within one sheet, named once before its first cell.
      return `${address(e.from, sheet)}:${columnName(e.to.col)}${e.to.row + 1}`;
    case 'call':
      return `${e.fn}(${e.args.map((a) => textOf(a, sheet)).join(',')})`;
    case 'op': {
      const rank = RANK[e.op];
      const side = (child: Expr, right: boolean) => {
        const inner = textOf(child, sheet);
        if (child.kind !== 'op') return inner;
        // Left-to-right operators need brackets on the right at equal rank: a-(b-c).
        const childRank = RANK[child.op];
        return childRank < rank || (right && childRank === rank) ? `(${inner})` : inner;
      };
      return `${side(e.left, false)}${e.op}${side(e.right, true)}`;
    }
  }
}

/** The formula as written in a cell of `sheet`, without the leading "=". */
export function formulaText(e: Expr, sheet: string): string {
  return textOf(e, sheet);
}

// --- Figures ----------------------------------------------------------------

/** Reads a cell's figure (working it out first if it holds a formula). */
export type CellReader = (at: CellRef) => Value;

export class FormulaError extends Error {}

function cellsOf(from: CellRef, to: CellRef): CellRef[][] {
  const rows: CellRef[][] = [];
  for (let row = from.row; row <= to.row; row++) {
    const cols: CellRef[] = [];
    for (let col = from.col; col <= to.col; col++) cols.push({ sheet: from.sheet, row, col });
    rows.push(cols);
  }
  return rows;
}

function numberOf(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean' || v === null) return Number(v);
  if (v === '') return 0;
  throw new FormulaError(`#VALUE!: "${v}" is not a number`);
}

/** Spreadsheet equality: text compares without regard to case, as in Excel's criteria. */
function same(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if ((a === null || a === '') && (b === null || b === '')) return true;
  return a === b;
}

function compare(o: Operator, a: Value, b: Value): boolean {
  if (o === '=') return same(a, b);
  if (o === '<>') return !same(a, b);
  const x = numberOf(a);
  const y = numberOf(b);
  return o === '<' ? x < y : o === '<=' ? x <= y : o === '>' ? x > y : x >= y;
}

function arithmetic(o: Operator, x: number, y: number): number {
  switch (o) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new FormulaError('#DIV/0!');
      return x / y;
    default:
      return Math.pow(x, y);
  }
}

/** Works out a formula's figure as Excel and LibreOffice do, for the functions offered here. */
export function evaluate(e: Expr, read: CellReader): Value {
  const grid = (a: Expr): Value[][] => {
    if (a.kind === 'range') return cellsOf(a.from, a.to).map((row) => row.map(read));
    return [[evaluate(a, read)]];
  };
  // Numbers among the arguments: references give only their numeric cells, as SUM, COUNT, MIN and MAX read them.
  const numbers = (args: Expr[]) =>
    args.flatMap((a) =>
      a.kind === 'range' || a.kind === 'ref' ? grid(a).flat().filter((v): v is number => typeof v === 'number') : [numberOf(evaluate(a, read))],
    );
  const column = (a: Expr) => grid(a).flat();
  switch (e.kind) {
    case 'number':
    case 'text':
      return e.value;
    case 'ref':
      return read(e.at);
    case 'range':
      throw new FormulaError('a range stands where one figure is needed');
    case 'op': {
      const a = evaluate(e.left, read);
      const b = evaluate(e.right, read);
      return RANK[e.op] === 1 ? compare(e.op, a, b) : arithmetic(e.op, numberOf(a), numberOf(b));
    }
    case 'call': {
      const { args } = e;
      switch (e.fn) {
        case 'SUM':
          return numbers(args).reduce((s, x) => s + x, 0);
        case 'COUNT':
          return numbers(args).length;
        case 'MIN':
        case 'MAX': {
          // Of no numbers at all, both give 0.
          const xs = numbers(args);
          return xs.length === 0 ? 0 : e.fn === 'MIN' ? Math.min(...xs) : Math.max(...xs);
        }
        case 'IF':
          return numberOf(evaluate(args[0], read)) !== 0 ? evaluate(args[1], read) : evaluate(args[2], read);
        case 'AND':
          return args.every((a) => numberOf(evaluate(a, read)) !== 0);
        case 'OR':
          return args.some((a) => numberOf(evaluate(a, read)) !== 0);
        case 'INDEX': {
          const row = numberOf(evaluate(args[1], read));
          const col = numberOf(evaluate(args[2], read));
          const value = grid(args[0])[row - 1]?.[col - 1];
          if (value === undefined) throw new FormulaError('#REF!: INDEX outside its range');
          return value;
        }
        case 'MATCH': {
          const wanted = evaluate(args[0], read);
          const at = column(args[1]).findIndex((v) => same(v, wanted));
          if (at < 0) throw new FormulaError(`#N/A: ${String(wanted)} not found`);
          return at + 1;
        }
        case 'SUMIF':
          return sumIfs(column(args[2]), [[column(args[0]), evaluate(args[1], read)]]);
        case 'SUMIFS': {
          const criteria: [Value[], Value][] = [];
          for (let i = 1; i < args.length; i += 2) criteria.push([column(args[i]), evaluate(args[i + 1], read)]);
          return sumIfs(column(args[0]), criteria);
        }
      }
    }
  }
}

/** The sum of the numbers whose every criterion cell equals its criterion. */
function sumIfs(values: Value[], criteria: [Value[], Value][]): number {
  let total = 0;
  values.forEach((v, i) => {
    if (typeof v === 'number' && criteria.every(([cells, wanted]) => same(cells[i], wanted))) total += v;
  });
  return total;
}
