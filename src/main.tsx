import { render } from 'solid-js/web';

function App() {
  return <main><h1>Upstream</h1><p>Loading…</p></main>;
}

render(() => <App />, document.getElementById('root')!);
