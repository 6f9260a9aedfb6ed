// The File and Export menus of the header.
import type { Files } from './files';
import { bringChartsUpToDate } from '../charts/visibility';
import { MenuButton } from './MenuButton';
import { shortcutOf } from './shortcuts';

export function FileMenus(props: { files: Files }) {
  const scenario = props.files.scenarioFiles;
  const unavailable = props.files.exportUnavailable;
  return (
    <>
      <MenuButton
        label="File"
        entries={[
          { label: 'Open…', shortcut: shortcutOf('open'), run: scenario.open },
          { label: 'Open a sample…', run: scenario.showSamples },
          'separator',
          { label: 'Save', shortcut: shortcutOf('save'), run: () => void scenario.save() },
          { label: 'Save as…', shortcut: shortcutOf('saveAs'), run: () => void scenario.saveAs() },
        ]}
      />
      <MenuButton
        label="Export"
        // What leaves the app must be what the model says now: charts not yet seen draw their latest figures.
        onOpen={bringChartsUpToDate}
        entries={[
          { label: 'Results as JSON', unavailable, run: () => void props.files.exportAs('json') },
          { label: 'Results as CSV (opens in Excel)', unavailable, run: () => void props.files.exportAs('csv') },
          { label: 'Scenario and results as an Excel workbook', unavailable, run: () => void props.files.exportAs('xlsx') },
          { label: 'Excel workbook with formulas', unavailable, run: () => void props.files.exportAs('formulas') },
          'separator',
          { label: 'Print board pack…', run: () => window.print() },
        ]}
      />
    </>
  );
}
