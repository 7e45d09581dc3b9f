import * as core from '@actions/core'

/** The action's run(): filled in by the GitHub Action issue. */
export async function run(): Promise<void> {
  try {
    core.info('model-size-budget action')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
