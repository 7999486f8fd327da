import { describe, expect, it } from 'vitest'
import { opensNewTab, outsideLink } from '../../src/core/links.ts'

const NEW = { target: '_blank', rel: 'noopener noreferrer' }

describe('outsideLink (how every outside link opens)', () => {
  it('opens web pages in a new tab, embedded or not', () => {
    expect(outsideLink('https://example.com/book', false)).toEqual(NEW)
    expect(outsideLink('HTTPS://example.com', true)).toEqual(NEW)
  })

  it('when embedded, opens mailto: and tel: in a new browsing context, so the frame never navigates to a URL the host page may block', () => {
    for (const href of ['mailto:help@example.com?subject=x', 'tel:+15550100', 'MAILTO:a@b.example', 'Tel:+1']) expect(outsideLink(href, true)).toEqual(NEW)
  })

  it('outside a frame, mailto: and tel: open in place (the mail or phone program), and anything else gets nothing', () => {
    expect(outsideLink('mailto:help@example.com', false)).toEqual({})
    expect(outsideLink('tel:+15550100', false)).toEqual({})
    expect(outsideLink('#/help', true)).toEqual({})
    expect(outsideLink('javascript:alert(1)', true)).toEqual({})
  })

  it('tells screen readers "opens in a new tab" for web pages only', () => {
    expect(opensNewTab('https://example.com')).toBe(true)
    expect(opensNewTab('mailto:a@b.example')).toBe(false)
  })
})
