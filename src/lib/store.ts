/** The probe data store: the one reader and writer of `data/` (layout in src/domain/data.ts). */
export { appendResults, type AppendOptions } from './store/append.ts';
export { compact } from './store/compact.ts';
export { checkData } from './store/check.ts';
export { latestResults, readComponentData, type ComponentData } from './store/read.ts';
