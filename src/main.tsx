import { render } from 'solid-js/web';

render(() => <main><h1>Flarewise</h1></main>, document.getElementById('root')!);
