// The first visit, on the sample: one line on what it shows and three things
// to try, with the note that the browser keeps a copy as the last line
// rather than the first thing a new user reads.
import { Show } from 'solid-js';

export interface WelcomeProps {
  /** The sample's notes: their first paragraph says what it shows. */
  notes: string;
  /** The note on copies kept in this browser, or null once read. */
  storageNote: string | null;
  onDismiss: () => void;
}

/** The notes' first paragraph without its "What it shows:" lead-in. */
export function whatItShows(notes: string): string {
  return (notes.split(/\n\s*\n/)[0] ?? '').replace(/^What it shows:\s*/i, '').trim();
}

export function Welcome(props: WelcomeProps) {
  return (
    <section class="welcome" role="note" aria-label="Welcome">
      <p class="welcome__shows">
        <strong>This sample shows</strong> {whatItShows(props.notes)}
      </p>
      <ol class="welcome__tries">
        <li>
          <strong>Change a cost:</strong> on the Services tab, type a new unit cost and watch the headline and charts follow.
        </li>
        <li>
          <strong>Show a board:</strong> Board view, at the top right, puts the figures on a projector with sliders on the main levers.
        </li>
        <li>
          <strong>Start your own:</strong> Library, then “Start a new scenario”, or File, then Open, for a scenario file.
        </li>
      </ol>
      <Show when={props.storageNote}>
        {(note) => <p class="welcome__storage">Upstream keeps your latest changes in this browser automatically. {note()}</p>}
      </Show>
      <button type="button" class="welcome__dismiss" onClick={() => props.onDismiss()}>
        Got it
      </button>
    </section>
  );
}
