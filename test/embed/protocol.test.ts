import { describe, expect, it } from 'vitest'
import { envelope, parseAppMessage, parseHostMessage } from '../../src/embed/protocol.ts'

const msg = (fields: Record<string, unknown>): Record<string, unknown> => ({ ns: 'cyber-readiness', v: 1, ...fields })

describe('protocol', () => {
  it('wraps payloads in the namespaced, versioned envelope', () => {
    expect(envelope({ type: 'hello' })).toEqual({ ns: 'cyber-readiness', v: 1, type: 'hello' })
    expect(envelope({ type: 'completed', score: 40, tier: 'At risk' })).toEqual({ ns: 'cyber-readiness', v: 1, type: 'completed', score: 40, tier: 'At risk' })
  })

  it.each([
    [msg({ type: 'height', height: 812.5 }), { type: 'height', height: 812.5 }],
    [msg({ type: 'escape', key: 'Escape' }), { type: 'escape' }],
    [msg({ type: 'ready' }), { type: 'ready' }],
    [msg({ type: 'started' }), { type: 'started' }],
    [msg({ type: 'section-completed', section: 'api-exposure' }), { type: 'section-completed', section: 'api-exposure' }],
    [msg({ type: 'completed', score: 0, tier: 'At risk' }), { type: 'completed', score: 0, tier: 'At risk' }],
    [msg({ type: 'completed', score: null, tier: null }), { type: 'completed', score: null, tier: null }],
    [msg({ type: 'report-downloaded' }), { type: 'report-downloaded' }],
    [msg({ type: 'cta-clicked', action: 'book' }), { type: 'cta-clicked', action: 'book' }],
    [msg({ type: 'lead-submitted' }), { type: 'lead-submitted' }],
  ])('accepts the app message %j', (data, payload) => {
    expect(parseAppMessage(data)).toEqual(payload)
  })

  it('passes only the known fields of a message: extra data (such as answers) never gets through', () => {
    const data = msg({ type: 'completed', score: 55, tier: 'Developing', answers: { 'api-profile': 'portal' }, extra: 1 })
    expect(parseAppMessage(data)).toEqual({ type: 'completed', score: 55, tier: 'Developing' })
    expect(parseAppMessage(msg({ type: 'started', answers: { a: 'b' } }))).toEqual({ type: 'started' })
    // The lead's event says that it was sent, never who sent it.
    expect(parseAppMessage(msg({ type: 'lead-submitted', contact: { name: 'Jo', email: 'jo@shop.example' }, email: 'jo@shop.example' }))).toEqual({ type: 'lead-submitted' })
  })

  it.each([
    ['another namespace', { ns: 'other', v: 1, type: 'ready' }],
    ['another version', { ns: 'cyber-readiness', v: 2, type: 'ready' }],
    ['a version as text', { ns: 'cyber-readiness', v: '1', type: 'ready' }],
    ['an unknown type', msg({ type: 'answers' })],
    ['the host hello', msg({ type: 'hello' })],
    ['a negative height', msg({ type: 'height', height: -1 })],
    ['a huge height', msg({ type: 'height', height: 5e6 })],
    ['a height as text', msg({ type: 'height', height: '100' })],
    ['a NaN height', msg({ type: 'height', height: Number.NaN })],
    ['a section with markup', msg({ type: 'section-completed', section: '<b>x</b>' })],
    ['a score over 100', msg({ type: 'completed', score: 101, tier: 'x' })],
    ['a fractional score', msg({ type: 'completed', score: 50.5, tier: 'x' })],
    ['a tier with a newline', msg({ type: 'completed', score: 50, tier: 'a\nb' })],
    ['a missing tier', msg({ type: 'completed', score: 50 })],
    ['an unknown action', msg({ type: 'cta-clicked', action: 'call' })],
    ['a string', 'cyber-readiness:ready'],
    ['null', null],
  ])('refuses %s', (_name, data) => {
    expect(parseAppMessage(data)).toBeNull()
  })

  it('accepts only a versioned hello from the host', () => {
    expect(parseHostMessage(msg({ type: 'hello' }))).toEqual({ type: 'hello' })
    expect(parseHostMessage(msg({ type: 'hello', branding: { name: 'Evil' } }))).toEqual({ type: 'hello' })
    for (const bad of [msg({ type: 'ready' }), { ns: 'cyber-readiness', v: 2, type: 'hello' }, { type: 'hello' }, 'hello', undefined]) expect(parseHostMessage(bad)).toBeNull()
  })
})
