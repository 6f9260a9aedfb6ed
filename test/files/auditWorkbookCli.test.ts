// `npm run -s model -- FILE --workbook OUT.xlsx` writes the audit workbook, and
// refuses a bad file as every other mode does: problems on stderr, exit 1.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/model';
import { loadExcelJs } from '../../src/files/excelLibrary';

const example = fileURLToPath(new URL('../../../shared/spec/example-a.scenario.json', import.meta.url));

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('the CLI --workbook flag', () => {
  const folder = mkdtempSync(join(tmpdir(), 'audit-cli-'));

  it('writes the audit workbook of a scenario file', async () => {
    const out = join(folder, 'example-a.xlsx');
    const { code, stdout, stderr } = await run(example, '--workbook', out);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(out);
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Summary')).toBeDefined();
  });

  it('exits 1 with the problems on stderr, and writes nothing, for a bad file', async () => {
    const bad = join(folder, 'bad.upstream.json');
    const out = join(folder, 'bad.xlsx');
    const text = readFileSync(example, 'utf8').replace('"unitCost": 2000', '"unitCost": -5');
    expect(text).not.toBe(readFileSync(example, 'utf8'));
    writeFileSync(bad, text);
    const { code, stdout, stderr } = await run(bad, '--workbook', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unitCost/);
    expect(existsSync(out)).toBe(false);
  });

  it('says what --workbook needs when the output file is missing, and --help mentions it', async () => {
    expect((await run(example, '--workbook')).stderr).toMatch(/--workbook needs the file to write/);
    expect((await run('--help')).stdout).toMatch(/--workbook OUT\.xlsx/);
  });
});
