export { pytorchZipReader } from './zip-reader.js'
export { pytorchLegacyReader } from './legacy-reader.js'
export { looksLikeLegacyTorch } from './sniff.js'
