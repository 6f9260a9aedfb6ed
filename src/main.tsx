import { render } from 'solid-js/web';
import county from '../samples/county.upstream.json';
import { App } from './ui/App';
import type { ScenarioDraft } from './ui/store/draft';

render(() => <App initial={county as ScenarioDraft} />, document.getElementById('root')!);
