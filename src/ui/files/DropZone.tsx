// Drop a scenario file anywhere on the window to open it; while a file is
// dragged over the window an overlay says what dropping it will do.
import { createSignal, onCleanup, Show } from 'solid-js';

export interface DropZoneProps {
  onFile: (file: File) => void;
  /** Said when more than one file is dropped. */
  onTooMany: () => void;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone(props: DropZoneProps) {
  const [dragging, setDragging] = createSignal(false);
  /** dragenter and dragleave fire for every element crossed: the drag has left the window when they balance. */
  let depth = 0;

  /** Only drags that carry files: a dragged grid cell or text is none of this. */
  function listen(type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', listener: (event: DragEvent) => void): void {
    const onlyFiles = (event: DragEvent) => carriesFiles(event) && listener(event);
    window.addEventListener(type, onlyFiles);
    onCleanup(() => window.removeEventListener(type, onlyFiles));
  }

  listen('dragenter', (event) => {
    event.preventDefault();
    depth += 1;
    setDragging(true);
  });
  listen('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  listen('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) setDragging(false);
  });
  listen('drop', (event) => {
    depth = 0;
    setDragging(false);
    // A part of the page with its own drop area (an import) has taken the file.
    if (event.defaultPrevented) return;
    event.preventDefault();
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length === 1) props.onFile(files[0]);
    else if (files.length > 1) props.onTooMany();
  });

  return (
    <Show when={dragging()}>
      <div class="drop-zone" role="status">
        <p class="drop-zone__message">Drop a scenario file (.upstream.json) to open it</p>
      </div>
    </Show>
  );
}
