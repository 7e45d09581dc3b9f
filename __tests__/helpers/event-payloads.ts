/** Webhook payloads as GitHub sends them to a workflow (trimmed to real fields), for the end-to-end tests. */

const REPO = 'octo/models'

export const repository = { id: 1, name: 'models', full_name: REPO, owner: { login: 'octo', type: 'Organization' }, private: false, default_branch: 'main' }

/** The shape of a `pull_request` webhook payload (synchronize), trimmed to real fields. */
export function pullRequestPayload(number: number, baseSha: string, headSha: string, headRepo = REPO): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Grow the model',
      user: { login: 'contributor', type: 'User' },
      base: { ref: 'main', sha: baseSha, label: 'octo:main', repo: repository },
      head: { ref: 'feature', sha: headSha, label: `${headRepo.split('/')[0]}:feature`, repo: { ...repository, full_name: headRepo } }
    },
    repository,
    sender: { login: 'contributor', type: 'User' }
  }
}

/**
 * The `workflow_run` payload (action `completed`) of a pull-request run: for a fork's pull request
 * GitHub leaves `pull_requests` empty, so the PR is found by the head commit.
 */
export function workflowRunPayload(
  runId: number,
  headSha: string,
  options: { headRepo?: string; pullRequests?: { number: number; headSha: string }[] } = {}
): unknown {
  const headRepo = options.headRepo ?? 'fork/models'
  return {
    action: 'completed',
    workflow_run: {
      id: runId,
      name: 'Model size',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_branch: 'feature',
      head_sha: headSha,
      html_url: `https://github.com/${REPO}/actions/runs/${runId}`,
      head_repository: { ...repository, full_name: headRepo },
      repository,
      pull_requests: (options.pullRequests ?? []).map((pull) => ({
        number: pull.number,
        head: { sha: pull.headSha, ref: 'feature' },
        base: { sha: 'b'.repeat(40), ref: 'main' }
      }))
    },
    repository,
    sender: { login: 'contributor', type: 'User' }
  }
}

/** The `push` webhook payload of a commit to `branch`, trimmed to real fields. */
export function pushPayload(branch: string, before: string, after: string, timestamp: string): unknown {
  return {
    ref: `refs/heads/${branch}`,
    before,
    after,
    repository,
    head_commit: { id: after, timestamp, message: 'Export the model' },
    sender: { login: 'maintainer', type: 'User' }
  }
}
