import { For, Show, createUniqueId } from 'solid-js';

/** A titled list of plain sentences, numbered when the order matters. */
export function TextList(props: { title: string; items: readonly string[]; ordered?: boolean }) {
  const id = createUniqueId();
  const items = () => <For each={props.items}>{(item) => <li>{item}</li>}</For>;
  return (
    <section class="card text-list" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      <Show when={props.ordered} fallback={<ul>{items()}</ul>}>
        <ol>{items()}</ol>
      </Show>
    </section>
  );
}
