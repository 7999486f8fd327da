/** An in-memory Storage whose methods can be made to throw. */
export function memoryStorage(fail: { get?: boolean; set?: boolean } = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    get length() {
      return data.size
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem(key) {
      if (fail.get) throw new DOMException('denied', 'SecurityError')
      return data.get(key) ?? null
    },
    setItem(key, value) {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError')
      data.set(key, value)
    },
    removeItem: (key) => void data.delete(key),
    clear: () => data.clear(),
  }
}


/**
 * What "start over" leaves under the app's key: only the clear marker (a time, no answers, no
 * position, no business name), so another open tab does not write its older answers back.
 */
export function isClearMarker(raw: string | undefined): boolean {
  if (raw === undefined) return false
  const { answers, answeredAt, position, businessName, clearedAt } = JSON.parse(raw) as Record<string, unknown>
  return JSON.stringify(answers) === '{}' && JSON.stringify(answeredAt) === '{}' && position === null && businessName === undefined && typeof clearedAt === 'number' && clearedAt > 0
}
