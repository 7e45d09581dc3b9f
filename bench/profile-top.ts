/**
 * The functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli/index.js --json PATH > /dev/null
 *   npx tsx bench/profile-top.ts /tmp/prof/*.cpuprofile [N]
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const [file, top = '25'] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const self = new Map<string, number>()
let total = 0
profile.samples.forEach((id, i) => {
  const node = byId.get(id)
  if (!node) return
  const { functionName, url, lineNumber } = node.callFrame
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`
  const delta = profile.timeDeltas[i] / 1000
  self.set(key, (self.get(key) ?? 0) + delta)
  total += delta
})
console.log(`total ${total.toFixed(0)} ms sampled`)
for (const [key, msSelf] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${msSelf.toFixed(1).padStart(8)} ms  ${((msSelf / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
}
