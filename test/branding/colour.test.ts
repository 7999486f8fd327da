import { describe, expect, it } from 'vitest'
import { accentSoft, contrast, darkenToContrast, luminance, mix, parseHex, themeProperties } from '../../src/branding/colour.ts'

describe('branding colours', () => {
  it('parses #rrggbb only', () => {
    expect(parseHex('#1D4ed8')).toEqual([0x1d, 0x4e, 0xd8])
    for (const bad of ['#fff', '1d4ed8', '#1d4ed8 ', 'blue', null]) expect(parseHex(bad)).toBeNull()
  })

  it('computes WCAG 2 luminance and contrast', () => {
    expect(luminance('#000000')).toBe(0)
    expect(luminance('#ffffff')).toBe(1)
    expect(contrast('#000000', '#ffffff')).toBe(21)
    expect(contrast('#ffffff', '#000000')).toBe(21)
    // Reference values from the WebAIM contrast checker.
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrast('#1d4ed8', '#ffffff')).toBeCloseTo(6.7, 1)
  })

  it('mixes colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080')
    expect(mix('#1d4ed8', '#ffffff', 0)).toBe('#1d4ed8')
    expect(accentSoft('#000000')).toBe('#e6e6e6')
  })

  it('darkens just enough to reach the target, or says it cannot', () => {
    expect(darkenToContrast('#1d4ed8', ['#ffffff'])).toBe('#1d4ed8')
    const darker = darkenToContrast('#ffcc00', ['#ffffff', '#f4f6f9'])
    expect(darker).not.toBeNull()
    expect(contrast(darker ?? '', '#f4f6f9')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(darker ?? '', '#f4f6f9')).toBeLessThan(4.7)
    expect(darkenToContrast('#333333', ['#222222'])).toBeNull()
  })

  it('turns colours into the stylesheet custom properties', () => {
    expect(themeProperties({ accent: '#0f766e', text: '#111111', background: '#ffffff' })).toEqual({
      '--color-accent': '#0f766e',
      '--color-accent-soft': accentSoft('#0f766e'),
      '--color-text': '#111111',
      '--color-bg': '#ffffff',
    })
  })
})
