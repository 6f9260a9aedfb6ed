// Importing population projections and services from a CSV file or an Excel
// workbook (src/files/importTables.ts): choose a file, see what would change
// and every problem by row and column, then Apply (one step of Undo) or
// Cancel (nothing changes).
import { createSignal, createUniqueId, For, Match, Show, Switch } from 'solid-js';
import { applyImport, importProblemLine, previewImport, type ImportProblem } from '../../files/importTables';
import { problemLine, type Problem } from '../../model';
import type { Scenario } from '../../model';
import { ModalDialog } from '../dialog/ModalDialog';
import type { ModelClient } from '../model/modelClient';
import { importChanges, type ImportChanges } from './importPreviewTables';
import { PopulationTable, ServicesTable } from './PreviewTables';
import './import.css';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'current invalid'; problems: Problem[] }
  | { kind: 'problems'; fileName: string; problems: ImportProblem[] }
  | { kind: 'ready'; fileName: string; scenario: Scenario; changes: ImportChanges };

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NO_ANSWER = 'The model did not answer, so the scenario on screen could not be checked. Please choose the file again.';

export interface ImportDialogProps {
  /** The scenario on screen as it is now. */
  draft: () => unknown;
  run: ModelClient['runOnce'];
  /** Puts the imported scenario on screen; the file's name is for the message after. */
  onApply: (scenario: Scenario, fileName: string) => void;
  onClose: () => void;
}

function summary(changes: ImportChanges): string {
  const parts: string[] = [];
  const { population, services } = changes;
  if (population) {
    const bands = population.rows.length;
    parts.push(
      `population for ${bands} age band${bands === 1 ? '' : 's'} over ${population.years.length} years, ` +
        `${population.changedFigures === 1 ? '1 figure changes' : `${population.changedFigures} figures change`}`,
    );
  }
  if (services) {
    const counted = (status: string) => services.rows.filter((row) => row.status === status).length;
    parts.push(
      `${services.rows.length} services: ${counted('Added')} added, ${counted('Changed')} changed, ${services.removed.length} removed`,
    );
  }
  const { capacityCount, budgetsCount } = changes;
  if (capacityCount !== undefined) parts.push(`capacity for ${capacityCount} service${capacityCount === 1 ? '' : 's'}`);
  if (budgetsCount !== undefined) parts.push(`budgets for ${budgetsCount} partner${budgetsCount === 1 ? '' : 's'}`);
  return parts.join('; ');
}

export function ImportDialog(props: ImportDialogProps) {
  const inputId = createUniqueId();
  const [stage, setStage] = createSignal<Stage>({ kind: 'choose' });
  /** Only the latest file chosen counts, if another is picked while one is read. */
  let latest = 0;

  async function preview(file: File): Promise<void> {
    const mine = ++latest;
    const current = () => mine === latest;
    setStage({ kind: 'reading', fileName: file.name });
    let outcome;
    try {
      outcome = await props.run(props.draft());
    } catch {
      if (current()) setStage({ kind: 'failed', reason: NO_ANSWER });
      return;
    }
    if (!current()) return;
    if (!outcome.ok) return void setStage({ kind: 'current invalid', problems: outcome.problems });
    const base = outcome.scenario;
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      if (current()) setStage({ kind: 'failed', reason: `Could not read ${file.name} (${error instanceof Error ? error.message : String(error)}). Please choose it again.` });
      return;
    }
    const found = await previewImport(bytes, file.name, base);
    if (!current()) return;
    const applied = applyImport(base, found);
    if (!applied.ok) return void setStage({ kind: 'problems', fileName: file.name, problems: applied.problems });
    const changes = importChanges(base, applied.scenario, {
      population: found.population !== undefined,
      services: found.services !== undefined,
      capacityCount: found.capacity?.size,
      budgetsCount: found.budgets?.size,
    });
    setStage({ kind: 'ready', fileName: file.name, scenario: applied.scenario, changes });
  }

  /** The stage, narrowed to one kind, or null: for <Match when>. */
  const stageIs = <K extends Stage['kind']>(kind: K) => {
    const now = stage();
    return now.kind === kind ? (now as Extract<Stage, { kind: K }>) : null;
  };
  const ready = () => {
    const now = stageIs('ready');
    return now && now.changes.differences.length > 0 ? now : null;
  };

  return (
    <ModalDialog
      title="Import population and services"
      subtitle="From a CSV file or an Excel workbook (.xlsx). Nothing changes until you press Apply."
      size="medium"
      onClose={props.onClose}
      footer={
        <>
          <button
            type="button"
            class="primary"
            disabled={!ready()}
            onClick={() => {
              const now = ready();
              if (now) props.onApply(now.scenario, now.fileName);
            }}
          >
            Apply
          </button>
          <button type="button" onClick={() => props.onClose()}>
            Cancel
          </button>
        </>
      }
    >
      <div class="import">
        <div class="import__choose">
          <label for={inputId}>File to import</label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={`${inputId}-help`}
            // Cleared before the picker opens, so choosing the same file again after correcting it is read again.
            onClick={(event) => (event.currentTarget.value = '')}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void preview(file);
            }}
          />
          <p id={`${inputId}-help`} class="import__help">
            Population: age bands down the side and financial years across (or years down and age bands across), with a figure for every year of
            the scenario. Services: a header row with Id, Name, Level, Funder, Unit and Unit cost, and a users column per age band. Capacity: Service
            id, Capacity in the base year and the units opened (+) or closed (−) under each year. Budgets: Partner id and £ under each year. The
            workbook Upstream exports has all four.
          </p>
        </div>

        <Switch>
          <Match when={stage().kind === 'reading'}>
            <p class="import__status" role="status">
              Reading the file…
            </p>
          </Match>
          <Match when={stageIs('failed')}>
            {(now) => (
              <p class="import-problems" role="alert">
                {now().reason}
              </p>
            )}
          </Match>
          <Match when={stageIs('current invalid')}>
            {(now) => (
              <div class="import-problems" role="alert">
                <p>The scenario on screen has inputs to fix before anything can be imported into it:</p>
                <ul>
                  <For each={now().problems}>{(problem) => <li>{problemLine(problem)}</li>}</For>
                </ul>
              </div>
            )}
          </Match>
          <Match when={stageIs('problems')}>
            {(now) => (
              <div class="import-problems" role="alert">
                <p>
                  <strong>
                    {now().problems.length === 1 ? '1 problem' : `${now().problems.length} problems`} in {now().fileName}. Nothing has been changed.
                  </strong>{' '}
                  Correct the file and choose it again.
                </p>
                <ul>
                  <For each={now().problems}>{(problem) => <li>{importProblemLine(problem)}</li>}</For>
                </ul>
              </div>
            )}
          </Match>
          <Match when={stageIs('ready')}>
            {(now) => (
              <div class="import__preview">
                <p class="import__status" role="status">
                  <Show
                    when={now().changes.differences.length > 0}
                    fallback={<>{now().fileName} holds the same figures as the scenario on screen: importing it would change nothing.</>}
                  >
                    From {now().fileName}: {summary(now().changes)}. Press Apply to use these figures.
                  </Show>
                </p>
                <Show when={now().changes.population}>{(population) => <PopulationTable preview={population()} />}</Show>
                <Show when={now().changes.services}>{(services) => <ServicesTable preview={services()} />}</Show>
                <Show when={now().changes.differences.length > 0}>
                  <details class="import__differences">
                    <summary>Every change in words ({now().changes.differences.length})</summary>
                    <ul>
                      <For each={now().changes.differences}>{(difference) => <li>{difference.text}</li>}</For>
                    </ul>
                  </details>
                </Show>
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </ModalDialog>
  );
}
