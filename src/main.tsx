// Start-up: the automatic copy from this browser (or the first sample) is
// loaded before anything is drawn, so the app opens on the user's own work.
import { render } from 'solid-js/web';
import { App } from './ui/App';
import { loadStartingPoint } from './ui/files';

const start = await loadStartingPoint();
render(() => <App start={start} />, document.getElementById('root')!);
