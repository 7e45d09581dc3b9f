export { pytorchZipReader } from './zip-reader.js'
export { pytorchLegacyReader, looksLikeLegacyTorch } from './legacy-reader.js'
