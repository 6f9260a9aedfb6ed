// Work that is about to leave the screen (a file, a sample or a new scenario
// is opening) is kept in the library first when it has changes not saved to
// a file, so a reload after the open cannot lose it (Undo alone would).
import { keepUnsavedWork } from '../../files/libraryEntries';
import type { ScenarioDraft } from '../store/draft';
import type { FileTracker } from './fileTracker';

export type KeptWork = { ok: true; news: string } | { ok: false; reason: string };

const clock = (at: Date) => at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * A restored draft counts as unsaved: it may hold changes made before the
 * reload that no file has.
 */
const hasUnsavedWork = (tracker: FileTracker) => tracker.hasUnsavedChanges() || tracker.state().event === 'restored';

/**
 * Keeps `draft` in the library when it has unsaved work, before `opening`
 * ("victoria.upstream.json", "the sample “County”") replaces it. The news
 * says where it went; a failure means the open must not go ahead.
 */
export async function keepBeforeOpening(tracker: FileTracker, draft: ScenarioDraft, opening: string): Promise<KeptWork> {
  if (!hasUnsavedWork(tracker)) return { ok: true, news: '' };
  const because = `Unsaved work from ${clock(new Date())}, kept before opening ${opening}`;
  const kept = await keepUnsavedWork(draft, because);
  if (!kept.ok) return { ok: false, reason: `${kept.reason} Nothing was opened: the scenario on screen is as it was.` };
  return { ok: true, news: ` The scenario you had is in the library: “${because}”.` };
}
