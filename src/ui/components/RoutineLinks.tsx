import { For } from 'solid-js';
import type { Routine } from '../../engine/content/content-types';

/** A list of routines, each a link to its page with its purpose underneath. */
export function RoutineLinks(props: { routines: readonly Routine[] }) {
  return (
    <ul class="link-list">
      <For each={props.routines}>
        {(routine) => (
          <li>
            <a href={`/routine/${routine.id}`}>{routine.name}</a>
            <p class="muted">{routine.purpose}</p>
          </li>
        )}
      </For>
    </ul>
  );
}
