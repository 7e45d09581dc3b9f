import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ArtifactService } from './artifact-service.js'

/** A request the action made, as the server saw it. */
export interface RecordedRequest {
  method: string
  /** Path and query, e.g. `/repos/octo/models/issues/7/comments?per_page=100&page=1`. */
  url: string
  authorization?: string
  body?: unknown
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

/** What the fake GitHub holds and how it behaves; tests change it between runs. */
export interface GitHubState {
  /** The login `GET /user` returns; undefined: 403 as for the Actions GITHUB_TOKEN. */
  tokenUser?: string
  /** The login new comments are written by. */
  commentAuthor: string
  /** Comments per issue number. */
  comments: Map<number, FakeComment[]>
  /** Status and message for `POST .../comments` (e.g. 403 for a fork PR's read-only token). */
  createFails?: { status: number; message: string }
  /**
   * Successful runs per branch, newest first, with their artifacts (the zip archive bytes);
   * `headRepository` (default octo/models) is another for a fork's pull-request run.
   */
  runs: Map<string, { id: number; headRepository?: string; artifacts: { id: number; name: string; zip: Uint8Array }[] }[]>
  /** Status for every `/actions/` endpoint (e.g. 403 without `actions: read`). */
  actionsFail?: number
  /** The jobs of a run (`GET …/actions/runs/{run_id}/jobs`), by run id. */
  jobs: Map<number, { name: string; status: string; conclusion: string | null }[]>
  /** Pull requests by number: `GET …/commits/{sha}/pulls` lists those whose head is the commit. */
  pulls: Map<number, { headSha: string; headRepository: string; state?: string }>
}

/**
 * A local HTTP server on 127.0.0.1 that plays the parts of the GitHub REST API the action uses,
 * with the documented methods, paths and status codes, and records every request:
 * - `GET /user` (200, or 403 "Resource not accessible by integration" for an app token)
 * - `GET /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page&page`
 * - `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` → 201
 * - `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` → 200
 * - `DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}` → 204
 * - `GET /repos/{owner}/{repo}/actions/runs?branch&status&per_page`
 * - `GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts?name`
 * - `GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip` → 302 to the archive
 * - `GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs`
 * - `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls`
 * and, through `artifacts`, the artifact backend of `@actions/artifact` (ArtifactService). Runs
 * given in `state.runs` and artifacts uploaded through the backend are listed alike.
 */
export class GitHubApiServer {
  readonly requests: RecordedRequest[] = []
  readonly state: GitHubState = { commentAuthor: 'github-actions[bot]', comments: new Map(), runs: new Map(), jobs: new Map(), pulls: new Map() }
  readonly artifacts = new ArtifactService(() => this.url)
  private server?: Server
  private nextCommentId = 9001

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request, response)
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** The requests as `METHOD /path?query`, without the host. */
  calls(): string[] {
    return this.requests.map((request) => `${request.method} ${request.url}`)
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const text = raw.toString('utf8')
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const isJson = /json/.test(request.headers['content-type'] ?? '')
    this.requests.push({
      method: request.method ?? 'GET',
      url: url.pathname + url.search,
      authorization: request.headers.authorization,
      body: text && isJson ? JSON.parse(text) : undefined
    })
    if (this.artifacts.handle(request.method ?? 'GET', url, request.headers, raw, response)) return
    const json = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(body))
    }
    const route = `${request.method} ${url.pathname}`
    let match: RegExpExecArray | null

    if (route === 'GET /user') {
      if (this.state.tokenUser) return json(200, { login: this.state.tokenUser, id: 1, type: 'User' })
      return json(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403'
      })
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(route))) {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const all = this.state.comments.get(Number(match[1])) ?? []
      return json(200, all.slice((page - 1) * perPage, page * perPage))
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(route))) {
      if (this.state.createFails)
        return json(this.state.createFails.status, { message: this.state.createFails.message, status: String(this.state.createFails.status) })
      const body = (JSON.parse(text) as { body: string }).body
      const comment: FakeComment = { id: this.nextCommentId++, body, user: { login: this.state.commentAuthor, type: 'Bot' } }
      const list = this.state.comments.get(Number(match[1])) ?? []
      list.push(comment)
      this.state.comments.set(Number(match[1]), list)
      return json(201, { ...comment, html_url: `https://github.com/octo/models/pull/${match[1]}#issuecomment-${comment.id}` })
    }
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(route))) {
      const id = Number(match[1])
      const comment = [...this.state.comments.values()].flat().find((candidate) => candidate.id === id)
      if (!comment) return json(404, { message: 'Not Found' })
      comment.body = (JSON.parse(text) as { body: string }).body
      return json(200, comment)
    }
    if ((match = /^DELETE \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(route))) {
      const id = Number(match[1])
      for (const list of this.state.comments.values()) {
        const index = list.findIndex((candidate) => candidate.id === id)
        if (index >= 0) {
          list.splice(index, 1)
          response.writeHead(204)
          return void response.end()
        }
      }
      return json(404, { message: 'Not Found' })
    }
    if (url.pathname.includes('/actions/') && this.state.actionsFail) {
      return json(this.state.actionsFail, { message: 'Resource not accessible by integration' })
    }
    if (route.match(/^GET \/repos\/[^/]+\/[^/]+\/actions\/runs$/)) {
      const runs = this.state.runs.get(url.searchParams.get('branch') ?? '') ?? []
      const workflowRuns = runs.map((run) => ({
        id: run.id,
        head_branch: url.searchParams.get('branch'),
        head_sha: 'a'.repeat(40),
        status: 'completed',
        conclusion: 'success',
        html_url: `https://github.com/octo/models/actions/runs/${run.id}`,
        head_repository: { full_name: run.headRepository ?? 'octo/models' }
      }))
      return json(200, { total_count: workflowRuns.length, workflow_runs: workflowRuns })
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(route))) {
      const runId = Number(match[1])
      const run = [...this.state.runs.values()].flat().find((candidate) => candidate.id === runId)
      const name = url.searchParams.get('name')
      const artifacts = [
        ...(run?.artifacts ?? []),
        ...this.artifacts.ofRun(runId).map((artifact) => ({ id: artifact.id, name: artifact.name, zip: artifact.zip! }))
      ]
        .filter((artifact) => !name || artifact.name === name)
        .map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          size_in_bytes: artifact.zip.length,
          expired: false,
          archive_download_url: `${this.url}/repos/octo/models/actions/artifacts/${artifact.id}/zip`
        }))
      return json(200, { total_count: artifacts.length, artifacts })
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(route))) {
      response.writeHead(302, { location: `${this.url}/blob-storage/${match[1]}.zip` })
      return void response.end()
    }
    if ((match = /^GET \/blob-storage\/(\d+)\.zip$/.exec(route))) {
      const artifact = [...[...this.state.runs.values()].flat().flatMap((run) => run.artifacts), ...this.artifacts.artifacts].find(
        (candidate) => candidate.id === Number(match![1]) && candidate.zip
      )
      if (!artifact?.zip) return json(404, { message: 'Not Found' })
      response.writeHead(200, { 'content-type': 'application/zip' })
      return void response.end(Buffer.from(artifact.zip))
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/jobs$/.exec(route))) {
      const jobs = (this.state.jobs.get(Number(match[1])) ?? []).map((job, index) => ({
        id: Number(match![1]) * 100 + index,
        run_id: Number(match![1]),
        ...job
      }))
      return json(200, { total_count: jobs.length, jobs })
    }
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/.exec(route))) {
      const pulls = [...this.state.pulls]
        .filter(([, pull]) => pull.headSha === match![1])
        .map(([number, pull]) => ({
          number,
          state: pull.state ?? 'open',
          head: { sha: pull.headSha, repo: { full_name: pull.headRepository } },
          base: { repo: { full_name: 'octo/models' } }
        }))
      return json(200, pulls)
    }
    return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }
}
