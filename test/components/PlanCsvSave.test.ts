// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import PlanCsvSave from '../../src/components/PlanCsvSave.vue'
import { derivePlan, numberedActions } from '../../src/core/plan.ts'
import { planCsv } from '../../src/core/plan-csv.ts'
import { en } from '../../src/i18n/messages.ts'

import { FIXTURE_ANSWERS, fixtureBank } from '../support/fixture-bank.ts'
import { parseCsv } from '../support/csv.ts'

const PLAN_CSV_HEADER = en.results.csv.header

const bank = fixtureBank('report')
const plan = derivePlan(bank, FIXTURE_ANSWERS)

afterEach(() => vi.restoreAllMocks())

describe('PlanCsvSave', () => {
  it('is a described button that downloads the plan as CSV through an object URL and <a download>, without a new window', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:plan'
    })
    const clicks: { href: string; download: string; target: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, target: this.target })
    })
    const open = vi.spyOn(window, 'open')
    const wrapper = mount(PlanCsvSave, { props: { plan, insurance: null, businessName: 'Zoë’s Bakery' }, attachTo: document.body })
    const button = wrapper.get('button')
    expect(button.text()).toBe('Download the plan as CSV')
    expect(button.attributes('type')).toBe('button')
    const note = wrapper.get(`#${button.attributes('aria-describedby') ?? ''}`)
    expect(note.text()).toMatch(/opens in Excel, Numbers or Google Sheets/)

    await button.trigger('click')
    expect(clicks).toEqual([{ href: 'blob:plan', download: expect.stringMatching(/^cyber-readiness-plan-zoe-s-bakery-\d{4}-\d{2}-\d{2}\.csv$/), target: '' }])
    expect(wrapper.emitted('saved')).toEqual([[clicks[0]?.download]])
    expect(open).not.toHaveBeenCalled()
    expect(document.querySelector('a[download]')).toBeNull()

    const blob = blobs[0] as Blob
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text).toBe(planCsv(plan, en.results))
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...PLAN_CSV_HEADER])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(numberedActions(plan).map((p, i) => [String(i + 1), i < 5 ? 'yes' : 'no', p.action.do]))
    wrapper.unmount()
  })
})
