/**
 * Reads `questions/bank.json`: version, title, tiers, the detection model (bands, assumptions,
 * benchmarks) and where to report an attack in each country.
 */
import type { DetectionBand, DetectionBenchmark, DetectionModel, EmergencyContact, EmergencyCountry, Tier } from './types.ts'
import { duplicates, type FileReader, type Json, type Obj } from './reader.ts'

export interface BankMeta {
  readonly version: number
  readonly title: string
  readonly tiers: readonly Tier[]
  readonly detection: DetectionModel
  readonly emergency: readonly EmergencyCountry[]
}

/** Stands in when bank.json itself could not be read (its problems are already reported). */
export const EMPTY_META: BankMeta = { version: 0, title: '', tiers: [], detection: { bands: [], assumptions: [], benchmarks: [] }, emergency: [] }

function readTiers(r: FileReader, meta: Obj): Tier[] {
  const tiers = r.array(meta, 'tiers', '', 2).flatMap((raw, i): Tier[] => {
    const field = `tiers[${i}]`
    const obj = r.object(raw, field)
    if (obj === undefined) return []
    r.known(obj, field, ['id', 'label', 'min', 'summary'])
    return [{ id: r.id(obj, 'id', field), label: r.text(obj, 'label', field), min: r.number(obj, 'min', field, 0, 100), summary: r.text(obj, 'summary', field) }]
  })
  if (tiers.length > 0 && !tiers.some((t) => t.min === 0)) r.fail('tiers', 'one tier must have min 0, so every score has a tier')
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1]
    if (previous !== undefined && tier.min <= previous.min) r.fail(`tiers[${i}].min`, 'tiers must be listed with strictly increasing min')
  })
  duplicates(tiers.map((t) => t.id)).forEach((id) => r.fail('tiers', `duplicate tier id "${id}"`))
  return tiers
}


/** A list of objects, each read by `read` with its field path. */
function list<T>(r: FileReader, obj: Obj, key: string, field: string, min: number, read: (o: Obj, f: string) => T): T[] {
  const path = field === '' ? key : `${field}.${key}`
  return r.array(obj, key, field, min).flatMap((raw: Json, i) => {
    const f = `${path}[${i}]`
    const o = r.object(raw, f)
    return o === undefined ? [] : [read(o, f)]
  })
}

function readDetection(r: FileReader, meta: Obj): DetectionModel {
  const d = meta.detection === undefined ? (r.fail('detection', 'is missing'), undefined) : r.object(meta.detection, 'detection')
  if (d === undefined) return EMPTY_META.detection
  r.known(d, 'detection', ['bands', 'assumptions', 'benchmarks'])
  const bands = list(r, d, 'bands', 'detection', 2, (o, f): DetectionBand => {
    r.known(o, f, ['id', 'label', 'days'])
    return { id: r.id(o, 'id', f), label: r.text(o, 'label', f), days: r.number(o, 'days', f, 0, 3650, true) }
  })
  bands.forEach((band, i) => {
    const previous = bands[i - 1]
    if (previous !== undefined && band.days <= previous.days) r.fail(`detection.bands[${i}].days`, 'bands must be listed with strictly increasing days')
  })
  duplicates(bands.map((b) => b.id)).forEach((id) => r.fail('detection.bands', `duplicate band id "${id}"`))
  const assumptions = r.array(d, 'assumptions', 'detection', 1).flatMap((a, i) => {
    if (typeof a === 'string' && a.trim() !== '') return [a.trim()]
    r.fail(`detection.assumptions[${i}]`, 'must be non-empty text')
    return []
  })
  const benchmarks = list(r, d, 'benchmarks', 'detection', 1, (o, f): DetectionBenchmark => {
    r.known(o, f, ['label', 'days', 'metric', 'source'])
    return { label: r.text(o, 'label', f), days: r.number(o, 'days', f, 0, 3650, true), metric: r.text(o, 'metric', f), source: r.url(o, 'source', f) }
  })
  return { bands, assumptions, benchmarks }
}

function readEmergency(r: FileReader, meta: Obj): EmergencyCountry[] {
  const countries = list(r, meta, 'emergency', '', 1, (o, f): EmergencyCountry => {
    r.known(o, f, ['code', 'name', 'contacts'])
    const code = r.text(o, 'code', f)
    if (code !== '' && !/^[A-Z]{2}$/.test(code)) r.fail(`${f}.code`, `must be a two-letter country code such as US (got "${code}")`)
    const contacts = list(r, o, 'contacts', f, 1, (c, cf): EmergencyContact => {
      r.known(c, cf, ['name', 'what', 'url', 'phone'])
      const phone = r.text(c, 'phone', cf, true)
      return { name: r.text(c, 'name', cf), what: r.text(c, 'what', cf), url: r.url(c, 'url', cf), ...(phone === '' ? {} : { phone }) }
    })
    return { code, name: r.text(o, 'name', f), contacts }
  })
  duplicates(countries.map((c) => c.code)).forEach((code) => r.fail('emergency', `duplicate country "${code}"`))
  return countries
}

/** Reads bank.json's fields (its `languages` are read by `readLanguages`, translation.ts); problems are recorded on the reader. */
export function readMeta(r: FileReader, meta: Obj): BankMeta {
  r.known(meta, '', ['version', 'title', 'languages', 'tiers', 'detection', 'emergency'])
  const version = r.number(meta, 'version', '', 1, Number.MAX_SAFE_INTEGER)
  if (!Number.isInteger(version)) r.fail('version', 'must be a whole number')
  return { version, title: r.text(meta, 'title', ''), tiers: readTiers(r, meta), detection: readDetection(r, meta), emergency: readEmergency(r, meta) }
}
