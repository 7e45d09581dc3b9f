import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * keras/ reads Keras files through hdf5/'s walker; hdf5/ knows nothing of Keras. An import from
 * hdf5/ into keras/ (or any other reader) would make the two one module again.
 */
const FORMATS = join(import.meta.dirname, '..', '..', '..', 'src', 'formats')

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1])
}

describe('formats/hdf5', () => {
  it('imports nothing from the readers built on it (keras/) nor from any other format folder', () => {
    const files = readdirSync(join(FORMATS, 'hdf5')).filter((name) => name.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(10)
    const outward = files.flatMap((name) =>
      importsOf(join(FORMATS, 'hdf5', name))
        .filter((specifier) => specifier.startsWith('../') && !specifier.startsWith('../../'))
        .map((specifier) => `${name} → ${specifier}`)
    )
    expect(outward).toEqual([])
  })

  it("is what keras/ reads HDF5 through: its entry module, not the walker's parts", () => {
    const keras = readdirSync(join(FORMATS, 'keras')).filter((name) => name.endsWith('.ts'))
    const intoHdf5 = keras.flatMap((name) => importsOf(join(FORMATS, 'keras', name)).filter((specifier) => specifier.startsWith('../hdf5/')))
    expect(new Set(intoHdf5)).toEqual(new Set(['../hdf5/index.js', '../hdf5/signature.js']))
  })
})
