/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
export declare function isInside(root: string, path: string): boolean;
/**
 * Directories that hold version-control internals, dependencies or caches, never a user's own
 * checkpoint, though they can be full of files named like one (`*.bin` in `node_modules`, test
 * models in a `.venv`'s site-packages). The CLI's walk does not enter them unless named; the
 * action's default `path` globs exclude them (action.yml; a test keeps the two in step).
 */
export declare const NOT_SEARCHED_DIRS: readonly string[];
