import type { CheckpointReader } from '../types.js'
import { dcpSniffer } from './sniff.js'
export const dcpReader: CheckpointReader = { ...dcpSniffer, read: async (path) => { throw new Error(`not yet: ${path}`) } }
