import { ConfigError } from '../../core/errors.js'

/**
 * A path that names a remote object or folder, as written on the command line or in an input:
 * `s3://bucket/key`, `gs://bucket/name`, `hf://[datasets/]org/model[@revision]/path`, `https://…`.
 */
export type RemotePath =
  | { scheme: 's3' | 'gs'; bucket: string; key: string }
  | { scheme: 'hf'; repoType: 'model' | 'dataset' | 'space'; repo: string; revision: string; revisionGiven: boolean; path: string }
  | { scheme: 'https'; url: string }

const REMOTE = /^(s3|gs|hf|https?):\/\//i

/** Whether a path names a remote location (anything else is a workspace path). */
export function isRemotePath(path: string): boolean {
  return REMOTE.test(path)
}

/** Parses a remote path; throws a ConfigError saying the expected form. */
export function parseRemotePath(text: string): RemotePath {
  const scheme = REMOTE.exec(text)?.[1].toLowerCase()
  const rest = text.replace(REMOTE, '')
  if (scheme === 'http' || scheme === 'https') return { scheme: 'https', url: text }
  if (scheme === 's3' || scheme === 'gs') {
    const slash = rest.indexOf('/')
    const bucket = slash < 0 ? rest : rest.slice(0, slash)
    if (bucket === '') throw new ConfigError(`'${text}' names no bucket: write ${scheme}://BUCKET/KEY or ${scheme}://BUCKET/PREFIX/.`)
    return { scheme, bucket, key: slash < 0 ? '' : rest.slice(slash + 1) }
  }
  if (scheme === 'hf') return parseHubPath(text, rest)
  throw new ConfigError(`'${text}' is not a remote path: use s3://, gs://, hf:// or https://.`)
}

/** `hf://org/model@rev/dir/file`, `hf://datasets/org/data/file` (huggingface_hub's HfFileSystem form). */
function parseHubPath(text: string, rest: string): RemotePath {
  const segments = rest.split('/')
  let repoType: 'model' | 'dataset' | 'space' = 'model'
  if (segments[0] === 'datasets' || segments[0] === 'spaces') repoType = segments.shift() === 'datasets' ? 'dataset' : 'space'
  if (segments.length < 2 || segments[0] === '' || segments[1] === '') {
    throw new ConfigError(`'${text}' names no repository: write hf://ORG/MODEL[@REVISION][/PATH] (e.g. hf://openai-community/gpt2@main/model.safetensors).`)
  }
  const [name, revision] = splitRevision(segments[1])
  return {
    scheme: 'hf',
    repoType,
    repo: `${segments[0]}/${name}`,
    revision: revision ?? 'main',
    revisionGiven: revision !== undefined,
    path: segments.slice(2).join('/').replace(/\/$/, '')
  }
}

/** `gpt2@refs%2Fpr%2F1` → gpt2 and `refs/pr/1`. */
function splitRevision(segment: string): [string, string | undefined] {
  const at = segment.indexOf('@')
  return at < 0 ? [segment, undefined] : [segment.slice(0, at), decodeURIComponent(segment.slice(at + 1))]
}
