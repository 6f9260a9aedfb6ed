// Population variants (MODEL.md §17): other projections beside each band's
// principal population, added, renamed and removed across every band at
// once. Renaming or removing the variant the scenario runs on
// (meta.populationVariant) carries that along in the same step, and so do
// the uncertainty ranges on a variant's figures.
import { idProblem, PRINCIPAL_VARIANT } from '../../model';
import { setAtPath, type ScenarioDraft } from '../store/draft';
import { renameKeys } from './renameIds';
import { entriesOf, variantIds, variantsOf } from './sheets';
import { moveRangePaths } from './structure';

type Entry = Record<string, unknown>;

/** Why `name` cannot be a new variant's id, in plain words; undefined when it can. */
export function variantNameProblem(draft: ScenarioDraft, name: string): string | undefined {
  if (name === '') return 'Type a name for the variant, such as high.';
  if (name === PRINCIPAL_VARIANT) return `"${PRINCIPAL_VARIANT}" is the name of each band's own population; call the variant something else, such as high.`;
  if (variantIds(draft).includes(name)) return `There is already a variant called "${name}"; choose another name.`;
  // A variant's id follows the file's rule for every id (MODEL.md §9).
  const problem = idProblem(name);
  return problem && `The variant name ${problem}.`;
}

/** Each band's variants changed by `change`; a band left with none loses the group. */
function withBandVariants(draft: ScenarioDraft, change: (variants: Entry, band: Entry) => Entry): ScenarioDraft {
  const ageBands = entriesOf(draft, 'ageBands').map((band) => {
    const variants = change(variantsOf(band), band);
    return Object.keys(variants).length === 0 ? setAtPath(band, ['variants'], undefined) : { ...band, variants };
  });
  return setAtPath(draft, ['ageBands'], ageBands);
}

/** Variant `id` on every band, starting as a copy of the band's principal population (checked by variantNameProblem). */
export function addVariant(draft: ScenarioDraft, id: string): ScenarioDraft {
  return withBandVariants(draft, (variants, band) => ({ ...variants, [id]: Array.isArray(band.population) ? [...band.population] : [] }));
}

const VARIANT_PATH = /^(ageBands\/\d+\/variants\/)([^/]+)(\/.*)?$/;

/** Variant `from` called `to` on every band, in the scenario's choice of projection and in the uncertainty ranges. */
export function renameVariant(draft: ScenarioDraft, from: string, to: string): ScenarioDraft {
  const renames = new Map([[from, to]]);
  let next = withBandVariants(draft, (variants) => renameKeys(variants, renames) as Entry);
  if (draft.meta?.populationVariant === from) next = setAtPath(next, ['meta', 'populationVariant'], to);
  return moveRangePaths(next, (parts) => {
    const match = VARIANT_PATH.exec(parts.join('/'));
    return match && match[2] === from ? `${match[1]}${to}${match[3] ?? ''}`.split('/') : parts;
  });
}

/** Variant `id` gone from every band with its ranges; a scenario that ran on it runs on the principal projection. */
export function removeVariant(draft: ScenarioDraft, id: string): ScenarioDraft {
  let next = withBandVariants(draft, (variants) => Object.fromEntries(Object.entries(variants).filter(([key]) => key !== id)));
  if (draft.meta?.populationVariant === id) next = setAtPath(next, ['meta', 'populationVariant'], undefined);
  return moveRangePaths(next, (parts) => (VARIANT_PATH.exec(parts.join('/'))?.[2] === id ? null : parts));
}
