import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The artifact backend as `@actions/artifact` 6 talks to it, recorded from its source
 * (node_modules/@actions/artifact/lib/internal): the results service's Twirp `ArtifactService`
 * (JSON, proto field names: `POST /twirp/github.actions.results.api.v1.ArtifactService/{Method}`,
 * `Authorization: Bearer ACTIONS_RUNTIME_TOKEN`), and the Azure block-blob upload that
 * `BlockBlobClient.uploadStream` makes to the signed URL (`PUT ?comp=block&blockid=…` per 8 MiB
 * block, then `PUT ?comp=blocklist` with an XML list). Downloads are served at `/blob-storage/{id}.zip`
 * as `application/zip`, which the client unzips.
 *
 * The runtime token is a JWT (the client only decodes it): its `scp` claim holds
 * `Actions.Results:{workflowRunBackendId}:{workflowJobRunBackendId}`. Here the run backend id is
 * `run-{GITHUB_RUN_ID}`, so REST calls by run id find the same artifacts.
 */
export interface StoredArtifact {
  id: number
  runId: number
  job: string
  name: string
  /** The archive once finalized (undefined while the upload is open). */
  zip?: Uint8Array
  createdAt: string
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export class ArtifactService {
  readonly artifacts: StoredArtifact[] = []
  private nextId = 50_001
  private readonly blocks = new Map<number, Map<string, Buffer>>()

  constructor(private readonly baseUrl: () => string) {}

  /** A runtime token as the runner issues it for one job of run `runId` (unsigned: the client never verifies it). */
  static runtimeToken(runId: number, job = 'job-1'): string {
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const claims = { scp: `Actions.GenericRead:0 Actions.Results:run-${runId}:${job} Actions.UploadArtifacts:0`, exp: 4_102_444_800 }
    return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`
  }

  /** The finalized artifacts of a run, for the REST listing. */
  ofRun(runId: number): StoredArtifact[] {
    return this.artifacts.filter((artifact) => artifact.runId === runId && artifact.zip)
  }

  /** Handles the request when it is the artifact backend's; false when it is not. */
  handle(method: string, url: URL, headers: IncomingMessage['headers'], body: Buffer, response: ServerResponse): boolean {
    if (method === 'POST' && url.pathname.startsWith(SERVICE)) {
      this.twirp(url.pathname.slice(SERVICE.length), headers.authorization, body, response)
      return true
    }
    const upload = /^\/upload-blob\/account\/artifacts\/(\d+)\.zip$/.exec(url.pathname)
    if (method === 'PUT' && upload) {
      this.blob(Number(upload[1]), url, body, response)
      return true
    }
    return false
  }

  private twirp(rpc: string, authorization: string | undefined, body: Buffer, response: ServerResponse): void {
    const reply = (status: number, value: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(value))
    }
    const ids = backendIds(authorization)
    if (!ids) return reply(401, { code: 'unauthenticated', msg: 'invalid runtime token' })
    const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>
    if (request.workflow_run_backend_id !== undefined && request.workflow_run_backend_id !== ids.run) {
      return reply(403, { code: 'permission_denied', msg: 'backend ids do not match the token' })
    }
    const runId = Number(ids.run.slice('run-'.length))
    const name = request.name as string | undefined
    switch (rpc) {
      case 'CreateArtifact': {
        if (this.artifacts.some((artifact) => artifact.runId === runId && artifact.name === name)) {
          return reply(409, { code: 'already_exists', msg: `an artifact with this name already exists on the workflow run` })
        }
        const artifact: StoredArtifact = { id: this.nextId++, runId, job: ids.job, name: name!, createdAt: new Date().toISOString() }
        this.artifacts.push(artifact)
        return reply(200, { ok: true, signed_upload_url: `${this.baseUrl()}/upload-blob/account/artifacts/${artifact.id}.zip?sig=upload-signature` })
      }
      case 'FinalizeArtifact': {
        const artifact = this.artifacts.find((candidate) => candidate.runId === runId && candidate.name === name && !candidate.zip)
        const blob = artifact && this.blocks.get(artifact.id)?.get('committed')
        if (!artifact || !blob) return reply(404, { code: 'not_found', msg: 'no upload to finalize' })
        if (Number(request.size) !== blob.length) return reply(400, { code: 'invalid_argument', msg: `size ${String(request.size)} is not ${blob.length}` })
        artifact.zip = new Uint8Array(blob)
        return reply(200, { ok: true, artifact_id: String(artifact.id) })
      }
      case 'ListArtifacts': {
        const nameFilter = request.name_filter as string | undefined
        const idFilter = request.id_filter === undefined ? undefined : Number(request.id_filter)
        const artifacts = this.ofRun(runId)
          .filter((artifact) => (nameFilter === undefined || artifact.name === nameFilter) && (idFilter === undefined || artifact.id === idFilter))
          .map((artifact) => ({
            workflow_run_backend_id: ids.run,
            workflow_job_run_backend_id: artifact.job,
            database_id: String(artifact.id),
            name: artifact.name,
            size: String(artifact.zip!.length),
            created_at: artifact.createdAt
          }))
        return reply(200, { artifacts })
      }
      case 'GetSignedArtifactURL': {
        const artifact = this.ofRun(runId).find((candidate) => candidate.name === name)
        if (!artifact) return reply(404, { code: 'not_found', msg: 'artifact not found' })
        return reply(200, { signed_url: `${this.baseUrl()}/blob-storage/${artifact.id}.zip?sig=download-signature` })
      }
      default:
        return reply(404, { code: 'bad_route', msg: `no handler for ${rpc}` })
    }
  }

  /** Azure Put Block / Put Block List, enough for BlockBlobClient.uploadStream. */
  private blob(id: number, url: URL, body: Buffer, response: ServerResponse): void {
    const done = (): void => {
      response.writeHead(201, {
        etag: `"0x${id.toString(16)}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': String(id),
        'x-ms-version': '2025-01-05'
      })
      response.end()
    }
    if (url.searchParams.get('sig') !== 'upload-signature') {
      response.writeHead(403)
      return void response.end()
    }
    const blocks = this.blocks.get(id) ?? new Map<string, Buffer>()
    this.blocks.set(id, blocks)
    if (url.searchParams.get('comp') === 'block') {
      blocks.set(url.searchParams.get('blockid')!, body)
      return done()
    }
    if (url.searchParams.get('comp') === 'blocklist') {
      const order = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((match) => match[1])
      blocks.set('committed', Buffer.concat(order.map((blockId) => blocks.get(blockId) ?? Buffer.alloc(0))))
      return done()
    }
    response.writeHead(400)
    response.end()
  }
}

/** The backend ids from a `Bearer` runtime token's `scp` claim, as the client derives them. */
function backendIds(authorization: string | undefined): { run: string; job: string } | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  const payload = token?.split('.')[1]
  if (!payload) return undefined
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: string }
  const scope = claims.scp?.split(' ').find((part) => part.startsWith('Actions.Results:'))
  const [, run, job] = scope?.split(':') ?? []
  return run?.startsWith('run-') && job ? { run, job } : undefined
}
