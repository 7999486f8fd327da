import { describe, expect, it } from 'vitest'
import { gzipSync } from 'node:zlib'
import { joinBank, splitBank } from '../../src/core/bank/split.ts'
import { realBank } from './real-bank.ts'

describe('splitting the shipped bank', () => {
  const bank = realBank()
  const { skeleton, texts, actions, insurance, detection, emergency } = splitBank(bank)

  it('puts every word back: skeleton + section texts + actions = the validated bank', () => {
    expect(joinBank({ skeleton, texts, actions, insurance, detection, emergency })).toEqual(bank)
  })

  it('leaves the words, most of the weight, out of the skeleton', () => {
    const size = (value: unknown): number => gzipSync(JSON.stringify(value)).length
    const words = Object.values(texts).reduce((sum, t) => sum + size(t), 0) + size(actions)
    expect(size(skeleton)).toBeLessThan(words / 3)
  })
})
